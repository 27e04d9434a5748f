package dev.appsim.session.cli;

import dev.appsim.session.room.DependencyDiscoverer;
import dev.appsim.session.room.DependencyGraph;
import dev.appsim.session.room.PackageOptions;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code session deps}: every file a session needs, found or not, and how each was looked for. */
@Command(
    name = "deps",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Show the dependency graph of a session: the files it references, the files those reference"
          + " (glTF buffers and images, OBJ materials, MTL texture maps, the geometry cache), each resolved"
          + " as 'package' would, and for every missing one what was tried and what would fix it."
          + " Only discovers: nothing is hashed or rewritten.",
      "Exit status 0 when everything resolves, 4 when something is missing or ambiguous."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  session deps living-room.session --remap 'C:\\Users\\ana\\MagicLeap=/home/bo/ml'",
      "  session deps living-room.session --json | jq -r '.references[] | select(.status != \"found\") | .raw'"
    })
final class DepsCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "<in.session>", description = "The session to inspect.")
  Path session;

  @Mixin ResolverMixin resolver;

  @Option(names = "--json", description = "Print the graph as JSON (shape in docs/cli.md).")
  boolean json;

  @Override
  String subject() {
    return session.toString();
  }

  @Override
  public Integer call() throws Exception {
    DependencyGraph graph = new DependencyDiscoverer(PackageOptions.builder()
        .resolver(resolver.options(context())).build()).discover(session);
    DependencyTree tree = new DependencyTree(graph);
    if (json) {
      out().print(Json.text(tree.toJson()));
    } else {
      tree.print(out());
    }
    out().flush();
    if (!graph.notices().isEmpty()) {
      int n = graph.notices().size();
      note("warning: " + n + (n == 1 ? " thing" : " things") + " in the assets could not be followed, so files"
          + " they name may be missing from the graph (listed under 'not followed')");
    }
    if (!graph.isComplete()) {
      int n = graph.unresolved().size();
      note(n + (n == 1 ? " reference" : " references") + " could not be resolved; add --remap FROM=TO,"
          + " --search-path DIR or --env NAME=VALUE (see the attempts listed)");
      return ExitCode.MISSING_DEPENDENCIES;
    }
    return ExitCode.OK;
  }
}
