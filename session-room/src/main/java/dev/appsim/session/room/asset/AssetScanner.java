package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the file references inside an asset, by its format ({@link AssetFormat#of}). Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * for (AssetReference ref : AssetScanner.create().scan(Path.of("chair.gltf"))) {
 *   System.out.println(ref.location() + " -> " + ref.raw());   // /images/0/uri -> wood grain.png
 * }
 * }</pre>
 *
 * <p>References come in document order; embedded {@code data:} URIs are not references; formats
 * other than glTF, GLB, OBJ and MTL have none.
 */
public final class AssetScanner {
  private final Gltf gltf;
  private final Glb glb;
  private final TextAsset obj;
  private final TextAsset mtl;

  private AssetScanner(AssetLimits limits) {
    this.gltf = new Gltf(limits);
    this.glb = new Glb(limits);
    this.obj = new TextAsset(AssetFormat.OBJ, limits);
    this.mtl = new TextAsset(AssetFormat.MTL, limits);
  }

  /** A scanner with {@link AssetLimits#defaults()}. */
  public static AssetScanner create() {
    return create(AssetLimits.defaults());
  }

  /** A scanner that refuses assets over {@code limits} with {@link AssetFormatException}. */
  public static AssetScanner create(AssetLimits limits) {
    return new AssetScanner(requireNonNull(limits, "limits is null"));
  }

  /**
   * The references in {@code file}.
   *
   * @throws AssetFormatException if the asset is malformed or over a limit
   * @throws IOException if the file cannot be read
   */
  public List<AssetReference> scan(Path file) throws IOException {
    requireNonNull(file, "file is null");
    Path name = file.getFileName();
    switch (AssetFormat.of(name == null ? "" : name.toString())) {
      case GLTF:
        return gltf.scan(file);
      case GLB:
        return glb.scan(file);
      case OBJ:
        return obj.scan(file);
      case MTL:
        return mtl.scan(file);
      default:
        return List.of();
    }
  }
}
