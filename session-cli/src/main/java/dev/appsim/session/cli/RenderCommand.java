package dev.appsim.session.cli;

import dev.appsim.session.view.FloorPlan;
import dev.appsim.session.view.RenderOptions;
import dev.appsim.session.view.View;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code session render}: the floor plan of a session or room as SVG. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Draw a .session or .room as a floor plan, like the simulator's birds-eye mini map: the geometry"
          + " cache bounds and grid, planes by semantic, mesh block footprints, every node with its name,"
          + " light ranges and spot cones, anchors, camera, head, controller and hands, a legend and a scale bar.",
      "The SVG is deterministic (same input, same bytes) and opens in any browser. An external geometry"
          + " cache is read from the room, or found as 'package' would find it (--remap, --search-path, --env)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  session render living-room.room living-room.svg",
      "  session render scene.session front.svg --view front"
    })
final class RenderCommand extends CliCommand {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,6})x(\\d{1,6})");

  @Parameters(index = "0", paramLabel = "<in>", description = "A .session or .room file.")
  Path input;

  @Parameters(index = "1", paramLabel = "<out.svg>", description = "The SVG to write (replaced atomically).")
  Path output;

  @Option(names = "--view", paramLabel = "top|front|side", defaultValue = "top",
      description = "Look from above (default), from the front (+Z) or from the side (+X).")
  View view;

  @Option(names = "--size", paramLabel = "WIDTHxHEIGHT", defaultValue = "960x720",
      description = "Picture size in pixels, from 360x240 to 16384x16384; default ${DEFAULT-VALUE}.")
  String size;

  @Option(names = "--allow-missing", description = "Draw without the geometry cache when its sidecar cannot be found.")
  boolean allowMissing;

  @Mixin ResolverMixin resolver;

  @Override
  String subject() {
    return input.toString();
  }

  @Override
  public Integer call() throws Exception {
    RenderOptions options = options();
    Outputs.requireNotInput(this, input, output);
    SceneInput scene = SceneInput.loadFor(this, input, resolver.options(context()), allowMissing, "draw", "drawing");
    if (scene == null) {
      return ExitCode.MISSING_DEPENDENCIES;
    }
    FloorPlan.render(scene.doc(), scene.cache(), options, output);
    out().println("Rendered " + input + " to " + output + " (" + view.name().toLowerCase(Locale.ROOT) + " view, "
        + options.width() + "x" + options.height() + ", " + ProgressBar.size(Files.size(output)) + ")");
    out().flush();
    return ExitCode.OK;
  }

  private RenderOptions options() {
    Matcher m = SIZE.matcher(size);
    if (!m.matches()) {
      throw usage("--size '" + size + "' must be WIDTHxHEIGHT in pixels, e.g. 960x720");
    }
    try {
      return RenderOptions.builder().view(view).size(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).build();
    } catch (IllegalArgumentException e) {
      throw usage("--size '" + size + "': " + e.getMessage());
    }
  }
}
