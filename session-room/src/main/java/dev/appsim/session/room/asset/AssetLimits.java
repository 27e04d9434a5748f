package dev.appsim.session.room.asset;

import java.util.Objects;

/**
 * Bounds on the work and memory spent reading an untrusted asset. Immutable; every limit has a
 * documented default, and {@link #toBuilder()} or a {@code withX} copy method changes single ones:
 *
 * <pre>{@code
 * AssetLimits big = AssetLimits.defaults().toBuilder().maxGltfBytes(1L << 30).build();
 * }</pre>
 *
 * <p>A final class with a builder rather than a record, so that a limit added later changes no
 * constructor signature.
 */
public final class AssetLimits {
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;
  private static final AssetLimits DEFAULTS = new Builder().build();

  private final long maxGltfBytes;
  private final long maxGlbJsonBytes;
  private final int maxLineBytes;
  private final int maxJsonDepth;
  private final int maxUriLength;
  private final int maxReferences;

  private AssetLimits(Builder b) {
    this.maxGltfBytes = b.maxGltfBytes;
    this.maxGlbJsonBytes = b.maxGlbJsonBytes;
    this.maxLineBytes = b.maxLineBytes;
    this.maxJsonDepth = b.maxJsonDepth;
    this.maxUriLength = b.maxUriLength;
    this.maxReferences = b.maxReferences;
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
   * references (alternative readings included) holds more than {@link #maxReferences()}.
   */
  void checkReferenceCount(long count, String where) {
    if (count > maxReferences) {
      throw new AssetFormatException(where, "the asset holds more than " + maxReferences
          + " references (AssetLimits.maxReferences)");
    }
  }

  /** {@return the defaults listed on each accessor} */
  public static AssetLimits defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from these values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the largest {@code .gltf} file read (it is held in memory); default 256 MiB} */
  public long maxGltfBytes() {
    return maxGltfBytes;
  }

  /**
   * {@return the largest GLB JSON chunk read (held in memory; the BIN chunk is streamed); default
   * 64 MiB}
   */
  public long maxGlbJsonBytes() {
    return maxGlbJsonBytes;
  }

  /**
   * {@return the longest line of an {@code .obj} or {@code .mtl} file; default 1 MiB. Those files
   * are streamed line by line, so their total size is not bounded}
   */
  public int maxLineBytes() {
    return maxLineBytes;
  }

  /** {@return the deepest nesting of glTF JSON; default 64} */
  public int maxJsonDepth() {
    return maxJsonDepth;
  }

  /**
   * {@return the longest glTF URI string read (embedded {@code data:} URIs are skipped without
   * being read, whatever their size); default 64 KiB}
   */
  public int maxUriLength() {
    return maxUriLength;
  }

  /**
   * {@return the most references one asset may hold, each of an OBJ statement's names counted;
   * default 100,000. The references of an asset are held in memory, and a streamed OBJ or MTL
   * file has no size limit, so this bounds what scanning one costs}
   */
  public int maxReferences() {
    return maxReferences;
  }

  /**
   * A copy with another {@link #maxGltfBytes()}.
   *
   * @param value the new limit
   * @return the copy
   * @throws IllegalArgumentException if the value is out of range
   */
  public AssetLimits withMaxGltfBytes(long value) {
    return toBuilder().maxGltfBytes(value).build();
  }

  /**
   * A copy with another {@link #maxGlbJsonBytes()}.
   *
   * @param value the new limit
   * @return the copy
   * @throws IllegalArgumentException if the value is out of range
   */
  public AssetLimits withMaxGlbJsonBytes(long value) {
    return toBuilder().maxGlbJsonBytes(value).build();
  }

  /**
   * A copy with another {@link #maxLineBytes()}.
   *
   * @param value the new limit
   * @return the copy
   * @throws IllegalArgumentException if the value is out of range
   */
  public AssetLimits withMaxLineBytes(int value) {
    return toBuilder().maxLineBytes(value).build();
  }

  /**
   * A copy with another {@link #maxJsonDepth()}.
   *
   * @param value the new limit
   * @return the copy
   * @throws IllegalArgumentException if the value is out of range
   */
  public AssetLimits withMaxJsonDepth(int value) {
    return toBuilder().maxJsonDepth(value).build();
  }

  /**
   * A copy with another {@link #maxUriLength()}.
   *
   * @param value the new limit
   * @return the copy
   * @throws IllegalArgumentException if the value is out of range
   */
  public AssetLimits withMaxUriLength(int value) {
    return toBuilder().maxUriLength(value).build();
  }

  /**
   * A copy with another {@link #maxReferences()}.
   *
   * @param value the new limit
   * @return the copy
   * @throws IllegalArgumentException if the value is out of range
   */
  public AssetLimits withMaxReferences(int value) {
    return toBuilder().maxReferences(value).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssetLimits other
        && maxGltfBytes == other.maxGltfBytes
        && maxGlbJsonBytes == other.maxGlbJsonBytes
        && maxLineBytes == other.maxLineBytes
        && maxJsonDepth == other.maxJsonDepth
        && maxUriLength == other.maxUriLength
        && maxReferences == other.maxReferences;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxGltfBytes, maxGlbJsonBytes, maxLineBytes, maxJsonDepth, maxUriLength, maxReferences);
  }

  @Override
  public String toString() {
    return "AssetLimits[maxGltfBytes=" + maxGltfBytes
        + ", maxGlbJsonBytes=" + maxGlbJsonBytes
        + ", maxLineBytes=" + maxLineBytes
        + ", maxJsonDepth=" + maxJsonDepth
        + ", maxUriLength=" + maxUriLength
        + ", maxReferences=" + maxReferences + "]";
  }

  /** Builds {@link AssetLimits}; {@link #build()} checks that every limit is positive and in range. */
  public static final class Builder {
    private long maxGltfBytes = 256L << 20;
    private long maxGlbJsonBytes = 64L << 20;
    private int maxLineBytes = 1 << 20;
    private int maxJsonDepth = 64;
    private int maxUriLength = 64 << 10;
    private int maxReferences = 100_000;

    private Builder() {}

    private Builder(AssetLimits from) {
      this.maxGltfBytes = from.maxGltfBytes;
      this.maxGlbJsonBytes = from.maxGlbJsonBytes;
      this.maxLineBytes = from.maxLineBytes;
      this.maxJsonDepth = from.maxJsonDepth;
      this.maxUriLength = from.maxUriLength;
      this.maxReferences = from.maxReferences;
    }

    /**
     * Sets {@link AssetLimits#maxGltfBytes()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxGltfBytes(long value) {
      this.maxGltfBytes = value;
      return this;
    }

    /**
     * Sets {@link AssetLimits#maxGlbJsonBytes()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxGlbJsonBytes(long value) {
      this.maxGlbJsonBytes = value;
      return this;
    }

    /**
     * Sets {@link AssetLimits#maxLineBytes()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxLineBytes(int value) {
      this.maxLineBytes = value;
      return this;
    }

    /**
     * Sets {@link AssetLimits#maxJsonDepth()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxJsonDepth(int value) {
      this.maxJsonDepth = value;
      return this;
    }

    /**
     * Sets {@link AssetLimits#maxUriLength()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxUriLength(int value) {
      this.maxUriLength = value;
      return this;
    }

    /**
     * Sets {@link AssetLimits#maxReferences()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxReferences(int value) {
      this.maxReferences = value;
      return this;
    }

    /**
     * The options.
     *
     * @return the built options
     * @throws IllegalArgumentException if a value is out of range
     */
    public AssetLimits build() {
      return new AssetLimits(this);
    }
  }
}
