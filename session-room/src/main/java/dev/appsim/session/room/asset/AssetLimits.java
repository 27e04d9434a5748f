package dev.appsim.session.room.asset;

/**
 * Bounds on the work and memory spent reading an untrusted asset. Each has a documented default
 * and a {@code withX} copy method.
 *
 * @param maxGltfBytes largest {@code .gltf} file read (it is held in memory); default 256 MiB
 * @param maxGlbJsonBytes largest GLB JSON chunk read (held in memory; the BIN chunk is streamed);
 *     default 64 MiB
 * @param maxLineBytes longest line of an {@code .obj} or {@code .mtl} file; default 1 MiB. Those
 *     files are streamed line by line, so their total size is not bounded
 * @param maxJsonDepth deepest nesting of glTF JSON; default 64
 * @param maxUriLength longest glTF URI string read (embedded {@code data:} URIs are skipped
 *     without being read, whatever their size); default 64 KiB
 * @param maxReferences most references one asset may hold, each of an OBJ statement's names
 *     counted; default 100,000. The references of an asset are held in memory, and a streamed
 *     OBJ or MTL file has no size limit, so this bounds what scanning one costs
 */
public record AssetLimits(
    long maxGltfBytes, long maxGlbJsonBytes, int maxLineBytes, int maxJsonDepth, int maxUriLength,
    int maxReferences) {

  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  public AssetLimits {
    check("maxGltfBytes", maxGltfBytes, MAX_ARRAY);
    check("maxGlbJsonBytes", maxGlbJsonBytes, MAX_ARRAY);
    check("maxLineBytes", maxLineBytes, MAX_ARRAY);
    check("maxJsonDepth", maxJsonDepth, 10_000);
    check("maxUriLength", maxUriLength, MAX_ARRAY);
    check("maxReferences", maxReferences, MAX_ARRAY);
  }

  private static void check(String name, long value, long max) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(name + " (" + value + ") must be between 1 and " + max);
    }
  }

  /**
   * Fails with {@link AssetFormatException} at {@code where} when an asset holding {@code count}
   * references (alternative readings included) holds more than {@link #maxReferences}.
   */
  void checkReferenceCount(long count, String where) {
    if (count > maxReferences) {
      throw new AssetFormatException(where, "the asset holds more than " + maxReferences
          + " references (AssetLimits.maxReferences)");
    }
  }

  /** The defaults listed above. */
  public static AssetLimits defaults() {
    return new AssetLimits(256L << 20, 64L << 20, 1 << 20, 64, 64 << 10, 100_000);
  }

  public AssetLimits withMaxGltfBytes(long value) {
    return new AssetLimits(value, maxGlbJsonBytes, maxLineBytes, maxJsonDepth, maxUriLength, maxReferences);
  }

  public AssetLimits withMaxGlbJsonBytes(long value) {
    return new AssetLimits(maxGltfBytes, value, maxLineBytes, maxJsonDepth, maxUriLength, maxReferences);
  }

  public AssetLimits withMaxLineBytes(int value) {
    return new AssetLimits(maxGltfBytes, maxGlbJsonBytes, value, maxJsonDepth, maxUriLength, maxReferences);
  }

  public AssetLimits withMaxJsonDepth(int value) {
    return new AssetLimits(maxGltfBytes, maxGlbJsonBytes, maxLineBytes, value, maxUriLength, maxReferences);
  }

  public AssetLimits withMaxUriLength(int value) {
    return new AssetLimits(maxGltfBytes, maxGlbJsonBytes, maxLineBytes, maxJsonDepth, value, maxReferences);
  }

  public AssetLimits withMaxReferences(int value) {
    return new AssetLimits(maxGltfBytes, maxGlbJsonBytes, maxLineBytes, maxJsonDepth, maxUriLength, value);
  }
}
