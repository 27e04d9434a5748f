package dev.appsim.session.view;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.io.AtomicFiles;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.view.internal.GltfDocument;
import dev.appsim.session.view.internal.GltfGeometry;
import dev.appsim.session.view.internal.GltfOutput;
import dev.appsim.session.view.internal.GltfScene;
import dev.appsim.session.view.internal.JsonText;
import dev.appsim.session.view.internal.Uris;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A session's geometry cache and scene as glTF 2.0, so any glTF viewer shows the scanned room.
 *
 * <pre>{@code
 * SessionDocument doc = Sessions.read(Path.of("living-room.session"));
 * GeometryCache scan = SessionCodec.defaults().readGeometryCache(Path.of("scans/living-room.geocache"));
 * GltfExport.write(doc, scan, ExportOptions.defaults(), Path.of("living-room.glb"));
 * }</pre>
 *
 * <p>What the file holds:
 * <ul>
 *   <li>one glTF node per session node, in file order (node {@code i} is session node {@code i}),
 *       with the same hierarchy and local translation, rotation and scale; {@code extras} carry the
 *       session id, kind, hidden flag, a model's asset path (plus {@code uri}, percent-encoded,
 *       when the path is relative and names a .gltf or .glb: core glTF cannot reference another
 *       glTF file, so a tool must load it) and an anchor's id;
 *   <li>directional, point and spot lights as {@code KHR_lights_punctual} lights (colour
 *       components above 1 are moved into the intensity, equal inner and outer cones get an inner
 *       angle one ulp smaller, as the extension requires); ambient lights only in {@code extras};
 *   <li>the scene camera, if the gizmos have one, as a perspective camera with
 *       {@link ExportOptions#cameraFieldOfViewDeg()};
 *   <li>a "Geometry cache" node with one mesh per mesh block in world coordinates: POSITION (with
 *       exact min and max), NORMAL normalised (a block with a zero normal exports without normals),
 *       confidence as {@code COLOR_0} and/or {@code _CONFIDENCE} ({@link ConfidenceEncoding}),
 *       indices as unsigned short or unsigned int; a block without triangles as points; a block
 *       without vertices only named in the node's {@code extras}. One mesh per plane, placed by
 *       its pose: its boundary triangulated by ear clipping (concave ones too), or its extent
 *       rectangle when it has no usable boundary; semantics and extent in {@code extras}.
 * </ul>
 *
 * <p>Streaming: lengths and bounds are computed first, in one pass per array; then the JSON goes
 * out and the binary data follows straight from the model's arrays through a 64 KiB buffer, so
 * memory does not grow with the mesh. The output is deterministic and passes the Khronos
 * glTF-Validator without errors or warnings. Thread-safe.
 */
public final class GltfExport {
  private static final String GENERATOR = "appsim-session session-view";

  private GltfExport() {}

  /**
   * Writes {@code file}, replacing it atomically: binary glTF when its name ends with
   * {@code .glb}; glTF JSON when it ends with {@code .gltf}, with the buffer in a {@code .bin} file
   * of the same base name beside it (written first, also atomically; none when there is no
   * geometry).
   *
   * @param doc the session to export
   * @param cache the geometry cache to export; null exports the session's inline cache, if any
   *     (an external sidecar must be read by the caller and passed here)
   * @param options how confidence is carried and the camera's field of view
   * @param file the {@code .glb} or {@code .gltf} file to write
   * @throws IllegalArgumentException if the name ends with neither extension
   * @throws ViewException if a GLB would exceed 4 GiB
   * @throws IOException if writing fails
   */
  public static void write(SessionDocument doc, @Nullable GeometryCache cache, ExportOptions options, Path file)
      throws IOException {
    requireNonNull(file, "file is null");
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".glb")) {
      GltfDocument gltf = assemble(doc, cache, options);
      String json = JsonText.compact(gltf.json(GENERATOR, sceneName(doc), null));
      AtomicFiles.write(file, out -> GltfOutput.writeGlb(gltf, json, out, file.toString()));
    } else if (lower.endsWith(".gltf")) {
      String base = name.toString().substring(0, name.toString().length() - ".gltf".length());
      Path bin = file.resolveSibling(base + ".bin");
      GltfDocument gltf = assemble(doc, cache, options);
      if (gltf.bufferLength() > 0) {
        AtomicFiles.write(bin, out -> GltfOutput.writeBin(gltf, out));
      }
      String json = JsonText.pretty(gltf.json(GENERATOR, sceneName(doc), Uris.encodePath(base + ".bin")));
      AtomicFiles.write(file, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    } else {
      throw new IllegalArgumentException("file name \"" + name + "\" must end with .glb or .gltf");
    }
  }

  /**
   * Writes binary glTF (GLB) to {@code out}, which is flushed, not closed.
   *
   * @param doc the session to export
   * @param cache the geometry cache to export, or null (see {@link #write})
   * @param options how confidence is carried and the camera's field of view
   * @param out where the GLB bytes go
   * @throws ViewException if the GLB would exceed 4 GiB
   * @throws IOException if writing fails
   */
  public static void writeGlb(SessionDocument doc, @Nullable GeometryCache cache, ExportOptions options,
      OutputStream out) throws IOException {
    requireNonNull(out, "out is null");
    GltfDocument gltf = assemble(doc, cache, options);
    GltfOutput.writeGlb(gltf, JsonText.compact(gltf.json(GENERATOR, sceneName(doc), null)), out, "");
  }

  private static GltfDocument assemble(SessionDocument doc, @Nullable GeometryCache cache, ExportOptions options) {
    requireNonNull(doc, "doc is null");
    requireNonNull(options, "options is null");
    GeometryCache exported = cache != null ? cache : doc.geometryCache() instanceof GeometryCache inline ? inline : null;
    GltfDocument gltf = new GltfDocument();
    new GltfScene(gltf).add(doc.scene());
    if (exported != null) {
      gltf.root(new GltfGeometry(gltf, options.confidence()).add(exported));
    }
    int camera = new GltfScene(gltf).addCamera(doc.gizmos(), options.cameraFieldOfViewDeg());
    if (camera >= 0) {
      gltf.root(camera);
    }
    return gltf;
  }

  private static String sceneName(SessionDocument doc) {
    return doc.metadata().name().isBlank() ? "Untitled session" : doc.metadata().name();
  }
}
