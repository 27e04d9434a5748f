package dev.appsim.session.cli;

import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.view.ConfidenceEncoding;
import dev.appsim.session.view.ExportOptions;
import dev.appsim.session.view.GltfExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code session export}: the geometry cache and scene of a session or room as glTF 2.0. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write the geometry cache of a .session or .room as glTF 2.0 for any glTF viewer: one mesh per"
          + " mesh block (positions, normals, confidence), planes as their boundary polygons with the"
          + " semantics in extras, and every scene node with its transform (lights as KHR_lights_punctual).",
      "<out> ending in .glb gives one binary file; .gltf gives JSON plus a .bin of the same name beside it."
          + " An external geometry cache is read from the room, or found as 'package' would find it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  session export living-room.room living-room.glb",
      "  session export scene.session scan.gltf"
    })
final class ExportCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "<in>", description = "A .session or .room file.")
  Path input;

  @Parameters(index = "1", paramLabel = "<out.glb|out.gltf>", description = "The glTF to write (replaced atomically).")
  Path output;

  @Option(names = "--confidence", paramLabel = "both|color|attribute|none", defaultValue = "both",
      description = "Per-vertex confidence as COLOR_0 (a red-yellow-green ramp), as the _CONFIDENCE attribute,"
          + " both (default) or neither.")
  String confidence;

  @Option(names = "--allow-missing", description = "Export without the geometry cache when its sidecar cannot be found.")
  boolean allowMissing;

  @Mixin ResolverMixin resolver;

  @Override
  String subject() {
    return input.toString();
  }

  @Override
  public Integer call() throws Exception {
    String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean gltf = name.endsWith(".gltf");
    if (!gltf && !name.endsWith(".glb")) {
      throw usage("<out> '" + output + "' must end with .glb or .gltf");
    }
    ExportOptions options = ExportOptions.builder().confidence(encoding()).build();
    Outputs.requireNotInput(this, input, output);
    Path bin = gltf ? output.resolveSibling(output.getFileName().toString().replaceFirst("(?i)\\.gltf$", ".bin")) : null;
    if (bin != null) {
      Outputs.requireNotInput(this, input, bin);
    }
    SceneInput scene = SceneInput.loadFor(this, input, resolver.options(context()), allowMissing, "export", "exporting");
    if (scene == null) {
      return ExitCode.MISSING_DEPENDENCIES;
    }
    GltfExport.write(scene.doc(), scene.cache(), options, output);
    GeometryCache cache = scene.cache() != null ? scene.cache()
        : scene.doc().geometryCache() instanceof GeometryCache inline ? inline : null;
    String what = cache == null ? "no geometry cache"
        : cache.meshBlocks().size() + " mesh blocks, " + cache.vertexCount() + " vertices, " + cache.planes().size()
            + " planes";
    String size = ProgressBar.size(Files.size(output))
        + (bin != null && Files.exists(bin) ? " + " + bin + " " + ProgressBar.size(Files.size(bin)) : "");
    out().println("Exported " + input + " to " + output + " (" + scene.doc().scene().size() + " nodes, " + what + "; "
        + size + ")");
    out().flush();
    return ExitCode.OK;
  }

  private ConfidenceEncoding encoding() {
    return switch (confidence.toLowerCase(Locale.ROOT)) {
      case "both" -> ConfidenceEncoding.COLOR_AND_ATTRIBUTE;
      case "color" -> ConfidenceEncoding.COLOR;
      case "attribute" -> ConfidenceEncoding.ATTRIBUTE;
      case "none" -> ConfidenceEncoding.NONE;
      default -> throw usage("--confidence '" + confidence + "' must be one of both, color, attribute, none");
    };
  }
}
