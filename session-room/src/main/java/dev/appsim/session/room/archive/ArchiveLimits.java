package dev.appsim.session.room.archive;

import java.util.Objects;

/**
 * Limits applied when opening an untrusted archive. Defaults follow SAFETY.md; raise them with
 * {@link #toBuilder()} for rooms known to be large. Immutable; a final class with a builder
 * rather than a record, so that a limit added later changes no constructor signature.
 *
 * <pre>{@code
 * ArchiveLimits limits = ArchiveLimits.defaults().toBuilder().maxTotalSize(16L << 30).build();
 * }</pre>
 */
public final class ArchiveLimits {
  private static final ArchiveLimits DEFAULTS = new Builder().build();

  private final int maxEntries;
  private final long maxEntrySize;
  private final long maxTotalSize;
  private final int maxRatio;
  private final long ratioThreshold;
  private final int maxNameBytes;
  private final int maxSegmentBytes;
  private final int maxDepth;

  private ArchiveLimits(Builder b) {
    this.maxEntries = b.maxEntries;
    this.maxEntrySize = b.maxEntrySize;
    this.maxTotalSize = b.maxTotalSize;
    this.maxRatio = b.maxRatio;
    this.ratioThreshold = b.ratioThreshold;
    this.maxNameBytes = b.maxNameBytes;
    this.maxSegmentBytes = b.maxSegmentBytes;
    this.maxDepth = b.maxDepth;
    positive("maxEntries", maxEntries);
    positive("maxEntrySize", maxEntrySize);
    positive("maxTotalSize", maxTotalSize);
    positive("maxRatio", maxRatio);
    if (ratioThreshold < 0) {
      throw new IllegalArgumentException("ratioThreshold (" + ratioThreshold + ") must be zero or more");
    }
    positive("maxNameBytes", maxNameBytes);
    positive("maxSegmentBytes", maxSegmentBytes);
    positive("maxDepth", maxDepth);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " (" + value + ") must be positive");
    }
  }

  /** {@return the documented defaults} */
  public static ArchiveLimits defaults() {
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

  /** {@return the most entries in the central directory; default 10,000} */
  public int maxEntries() {
    return maxEntries;
  }

  /** {@return the most uncompressed bytes of one entry; default 1 GiB} */
  public long maxEntrySize() {
    return maxEntrySize;
  }

  /** {@return the most uncompressed bytes of all entries; default 4 GiB} */
  public long maxTotalSize() {
    return maxTotalSize;
  }

  /**
   * {@return the highest uncompressed/compressed ratio of an entry larger than {@link
   * #ratioThreshold()}; default 100}
   */
  public int maxRatio() {
    return maxRatio;
  }

  /**
   * {@return the uncompressed size up to which entries are exempt from the ratio check; default 1
   * MiB}
   */
  public long ratioThreshold() {
    return ratioThreshold;
  }

  /** {@return the most UTF-8 bytes of an entry name; default 1,024} */
  public int maxNameBytes() {
    return maxNameBytes;
  }

  /** {@return the most UTF-8 bytes of one {@code /}-separated segment; default 255} */
  public int maxSegmentBytes() {
    return maxSegmentBytes;
  }

  /** {@return the most segments of a name; default 32} */
  public int maxDepth() {
    return maxDepth;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArchiveLimits other
        && maxEntries == other.maxEntries
        && maxEntrySize == other.maxEntrySize
        && maxTotalSize == other.maxTotalSize
        && maxRatio == other.maxRatio
        && ratioThreshold == other.ratioThreshold
        && maxNameBytes == other.maxNameBytes
        && maxSegmentBytes == other.maxSegmentBytes
        && maxDepth == other.maxDepth;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxEntries, maxEntrySize, maxTotalSize, maxRatio, ratioThreshold, maxNameBytes, maxSegmentBytes, maxDepth);
  }

  @Override
  public String toString() {
    return "ArchiveLimits[maxEntries=" + maxEntries
        + ", maxEntrySize=" + maxEntrySize
        + ", maxTotalSize=" + maxTotalSize
        + ", maxRatio=" + maxRatio
        + ", ratioThreshold=" + ratioThreshold
        + ", maxNameBytes=" + maxNameBytes
        + ", maxSegmentBytes=" + maxSegmentBytes
        + ", maxDepth=" + maxDepth + "]";
  }

  /** Builds {@link ArchiveLimits}; unset values keep the values it started from. */
  public static final class Builder {
    private int maxEntries = 10_000;
    private long maxEntrySize = 1L << 30;
    private long maxTotalSize = 4L << 30;
    private int maxRatio = 100;
    private long ratioThreshold = 1L << 20;
    private int maxNameBytes = 1024;
    private int maxSegmentBytes = 255;
    private int maxDepth = 32;

    private Builder() {}

    private Builder(ArchiveLimits from) {
      this.maxEntries = from.maxEntries;
      this.maxEntrySize = from.maxEntrySize;
      this.maxTotalSize = from.maxTotalSize;
      this.maxRatio = from.maxRatio;
      this.ratioThreshold = from.ratioThreshold;
      this.maxNameBytes = from.maxNameBytes;
      this.maxSegmentBytes = from.maxSegmentBytes;
      this.maxDepth = from.maxDepth;
    }

    /**
     * Sets {@link ArchiveLimits#maxEntries()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxEntries(int value) {
      this.maxEntries = value;
      return this;
    }

    /**
     * Sets {@link ArchiveLimits#maxEntrySize()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxEntrySize(long value) {
      this.maxEntrySize = value;
      return this;
    }

    /**
     * Sets {@link ArchiveLimits#maxTotalSize()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxTotalSize(long value) {
      this.maxTotalSize = value;
      return this;
    }

    /**
     * Sets {@link ArchiveLimits#maxRatio()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxRatio(int value) {
      this.maxRatio = value;
      return this;
    }

    /**
     * Sets {@link ArchiveLimits#ratioThreshold()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder ratioThreshold(long value) {
      this.ratioThreshold = value;
      return this;
    }

    /**
     * Sets {@link ArchiveLimits#maxNameBytes()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxNameBytes(int value) {
      this.maxNameBytes = value;
      return this;
    }

    /**
     * Sets {@link ArchiveLimits#maxSegmentBytes()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxSegmentBytes(int value) {
      this.maxSegmentBytes = value;
      return this;
    }

    /**
     * Sets {@link ArchiveLimits#maxDepth()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder maxDepth(int value) {
      this.maxDepth = value;
      return this;
    }

    /**
     * The options.
     *
     * @return the built options
     * @throws IllegalArgumentException naming the first value out of range
     */
    public ArchiveLimits build() {
      return new ArchiveLimits(this);
    }
  }
}
