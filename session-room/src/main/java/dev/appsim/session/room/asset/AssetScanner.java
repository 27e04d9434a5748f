package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the file references inside an asset, by the format its file name's extension names.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * for (AssetReference ref : AssetScanner.create().scan(Path.of("chair.gltf"))) {
 *   System.out.println(ref.location() + " -> " + ref.raw());   // /images/0/uri -> wood grain.png
 * }
 * try (InputStream in = room.openEntry("assets/chair.gltf")) {          // no file needed
 *   AssetScan scan = AssetScanner.create().inspect("assets/chair.gltf", in);
 * }
 * }</pre>
 *
 * <p>Formats followed: glTF 1.0 and 2.0 ({@code .gltf}) and GLB ({@code .glb}, versions 1 and 2):
 * every {@code uri} outside {@code extras}; OBJ: {@code mtllib}; MTL: texture maps. References come
 * in document order; embedded {@code data:} URIs are not references; other files have none.
 */
public final class AssetScanner {
  private final FormatHandlers handlers;

  private AssetScanner(AssetLimits limits) {
    this.handlers = new FormatHandlers(limits);
  }

  /** {@return a scanner with {@link AssetLimits#defaults()}} */
  public static AssetScanner create() {
    return create(AssetLimits.defaults());
  }

  /**
   * {@return a scanner that refuses assets over {@code limits} with {@link AssetFormatException}}
   *
   * @param limits bounds on glTF and GLB JSON size, JSON nesting, line and URI length, and reference count
   */
  public static AssetScanner create(AssetLimits limits) {
    return new AssetScanner(requireNonNull(limits, "limits is null"));
  }

  /**
   * {@return whether files of this name are read for references (by extension, ignoring case); others are leaves}
   *
   * @param fileName a file name or path; only the extension of its last segment counts
   */
  public static boolean followsReferencesIn(String fileName) {
    return FormatHandlers.DEFAULT.forName(requireNonNull(fileName, "fileName is null")) != null;
  }

  /**
   * Whether {@code data:} URIs in files of this name embed their content (glTF and GLB buffers and
   * images); elsewhere such a string is an ordinary file name.
   *
   * @param fileName a file name or path; only the extension of its last segment counts
   * @return {@code true} for glTF and GLB names
   */
  public static boolean embedsDataUris(String fileName) {
    FormatHandler handler = FormatHandlers.DEFAULT.forName(requireNonNull(fileName, "fileName is null"));
    return handler != null && handler.embedsDataUris();
  }

  /**
   * The references in {@code file}.
   *
   * @param file the asset; a file whose format is not followed has none
   * @return the references, in document order
   * @throws AssetFormatException if the asset is malformed or over a limit
   * @throws IOException if the file cannot be read
   */
  public List<AssetReference> scan(Path file) throws IOException {
    return inspect(file).references();
  }

  /**
   * The references in an asset read from {@code in}, whose format {@code fileName} names;
   * {@code in} is read to the end of what the format needs and not closed.
   *
   * @param fileName names the format (by extension) and the asset in locations
   * @param in the asset's content
   * @return the references, in document order
   * @throws AssetFormatException if the asset is malformed or over a limit
   * @throws IOException if reading fails
   */
  public List<AssetReference> scan(String fileName, InputStream in) throws IOException {
    return inspect(fileName, in).references();
  }

  /**
   * {@return the references in {@code file} and what could not be followed}
   *
   * @param file the asset; a file whose format is not followed gives {@link AssetScan#EMPTY}
   * @throws AssetFormatException if the asset is malformed or over a limit
   * @throws IOException if the file cannot be read
   */
  public AssetScan inspect(Path file) throws IOException {
    requireNonNull(file, "file is null");
    Path name = file.getFileName();
    FormatHandler handler = handlers.forName(name == null ? "" : name.toString());
    return handler == null ? AssetScan.EMPTY : handler.scan(file);
  }

  /**
   * {@return what {@link #inspect(Path)} finds, with where each reference sits in the file}
   *
   * <p>{@link AssetRewriter#edits(AssetLayout, java.util.Map)} turns it into a rewritten copy's
   * edits without parsing the file again.
   *
   * @param file the asset; a file whose format is not followed has no references and gets no edits
   * @throws AssetFormatException if the asset is malformed or over a limit
   * @throws IOException if the file cannot be read
   */
  public AssetLayout locate(Path file) throws IOException {
    requireNonNull(file, "file is null");
    Path name = file.getFileName();
    FormatHandler handler = handlers.forName(name == null ? "" : name.toString());
    return handler == null ? AssetLayout.leaf(file.toString()) : handler.locate(file);
  }

  /**
   * As {@link #inspect(Path)}, for an asset read from {@code in}; {@code fileName} names it in
   * locations. {@code in} is read to the end of what the format needs and not closed.
   *
   * @param fileName names the format (by extension) and the asset in locations
   * @param in the asset's content
   * @return the references and what could not be followed
   * @throws AssetFormatException if the asset is malformed or over a limit
   * @throws IOException if reading fails
   */
  public AssetScan inspect(String fileName, InputStream in) throws IOException {
    requireNonNull(fileName, "fileName is null");
    requireNonNull(in, "in is null");
    FormatHandler handler = handlers.forName(fileName);
    return handler == null ? AssetScan.EMPTY : handler.scan(fileName, in);
  }
}
