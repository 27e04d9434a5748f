package dev.appsim.session.cli;

import dev.appsim.session.room.path.PathSyntaxException;
import dev.appsim.session.room.path.ResolverOptions;
import dev.appsim.session.room.path.SimulatorInstalls;
import dev.appsim.session.room.path.SimulatorRemap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that say where a session's files are on this machine, shared by package, deps and
 * info. Local paths given here, and relative variable values leading a path, are relative to the
 * current directory.
 */
final class ResolverMixin {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--remap", paramLabel = "FROM=TO",
      description = "Look for paths starting with FROM (as saved, e.g. 'C:\\Users\\ana\\ML') below the local folder TO."
          + " Repeatable; the first matching prefix wins. Quote FROM so the shell keeps backslashes.")
  List<String> remaps = new ArrayList<>();

  @Option(names = "--search-path", paramLabel = "DIR",
      description = "Also find files by their trailing path components anywhere below DIR (up to 16 levels"
          + " and 100000 files deep; the most trailing components matching wins, a tie is reported as"
          + " ambiguous). Repeatable.")
  List<Path> searchPaths = new ArrayList<>();

  @Option(names = "--env", paramLabel = "NAME=VALUE",
      description = "Value of $NAME, $${NAME} and %%NAME%% in saved paths, over the process environment."
          + " A relative value at the start of a path is taken relative to the current directory, like one"
          + " from the environment. Repeatable.")
  Map<String, String> env = new LinkedHashMap<>();

  @Option(names = "--no-simulator-remap",
      description = "Do not look for a path into another user's simulator install"
          + " (.../MagicLeap/tools/zi/<version>VirtualDevice/...) in your own install of that version.")
  boolean noSimulatorRemap;

  /**
   * The resolver settings: the process environment with the overrides, then remaps and search
   * paths; the home folder ({@code ~}, and the simulator installs) is {@code $HOME}, or {@code
   * %USERPROFILE%} on Windows, as the environment says.
   */
  ResolverOptions options(CliContext context) {
    Map<String, String> environment = new HashMap<>(context.environment());
    environment.putAll(env);
    // One rule for both sources: a relative value leading a path is relative to where the user stands.
    ResolverOptions.Builder builder = ResolverOptions.builder().environment(environment)
        .variableBase(Path.of("").toAbsolutePath())
        .home(SimulatorInstalls.ofUser(context.environment()).home().toAbsolutePath())
        .simulatorRemap(noSimulatorRemap ? SimulatorRemap.OFF : SimulatorRemap.LOCAL_INSTALL);
    for (String remap : remaps) {
      int eq = remap.indexOf('=');
      if (eq <= 0 || eq == remap.length() - 1) {
        throw usage("--remap '" + remap + "' must have the form FROM=TO with both parts non-empty");
      }
      String from = remap.substring(0, eq);
      String to = remap.substring(eq + 1);
      try {
        builder.addRemap(from, absolute(to));
      } catch (PathSyntaxException | IllegalArgumentException e) {
        throw usage("--remap '" + remap + "': " + e.getMessage());
      }
    }
    for (Path folder : searchPaths) {
      builder.addSearchPath(folder.toAbsolutePath().normalize());
    }
    return builder.build();
  }

  /**
   * The options as the user gave them, as shell words to repeat in a suggested command: {@code
   * --remap 'C:\Users\ana=/home/bo' --env ML_ZI_ROOT=zi}, each word single-quoted when the shell
   * would otherwise change it. Empty when none were given.
   */
  String asArguments() {
    StringBuilder words = new StringBuilder();
    remaps.forEach(r -> words.append(" --remap ").append(ShellWords.quote(r)));
    searchPaths.forEach(p -> words.append(" --search-path ").append(ShellWords.quote(p.toString())));
    env.forEach((name, value) -> words.append(" --env ").append(ShellWords.quote(name + "=" + value)));
    if (noSimulatorRemap) {
      words.append(" --no-simulator-remap");
    }
    return words.toString();
  }

  private static Path absolute(String path) {
    return Path.of(path).toAbsolutePath().normalize();
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }
}
