package dev.appsim.session.room.archive;

/**
 * Limits applied when opening an untrusted archive. Defaults follow SAFETY.md; raise them with
 * {@link #toBuilder()} for rooms known to be large.
 *
 * <pre>{@code
 * ArchiveLimits limits = ArchiveLimits.defaults().toBuilder().maxTotalSize(16L << 30).build();
 * }</pre>
 *
 * @param maxEntries entries in the central directory; default 10,000
 * @param maxEntrySize uncompressed bytes of one entry; default 1 GiB
 * @param maxTotalSize uncompressed bytes of all entries; default 4 GiB
 * @param maxRatio highest uncompressed/compressed ratio of an entry larger than
 *     {@code ratioThreshold}; default 100
 * @param ratioThreshold entries up to this uncompressed size are exempt from the ratio check;
 *     default 1 MiB
 * @param maxNameBytes UTF-8 bytes of an entry name; default 1,024
 * @param maxSegmentBytes UTF-8 bytes of one {@code /}-separated segment; default 255
 * @param maxDepth segments of a name; default 32
 */
public record ArchiveLimits(
    int maxEntries,
    long maxEntrySize,
    long maxTotalSize,
    int maxRatio,
    long ratioThreshold,
    int maxNameBytes,
    int maxSegmentBytes,
    int maxDepth) {

  private static final ArchiveLimits DEFAULTS =
      new ArchiveLimits(10_000, 1L << 30, 4L << 30, 100, 1L << 20, 1024, 255, 32);

  public ArchiveLimits {
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

  /** The documented defaults. */
  public static ArchiveLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link ArchiveLimits}; unset values keep the values it started from. */
  public static final class Builder {
    private int maxEntries;
    private long maxEntrySize;
    private long maxTotalSize;
    private int maxRatio;
    private long ratioThreshold;
    private int maxNameBytes;
    private int maxSegmentBytes;
    private int maxDepth;

    private Builder(ArchiveLimits from) {
      maxEntries = from.maxEntries;
      maxEntrySize = from.maxEntrySize;
      maxTotalSize = from.maxTotalSize;
      maxRatio = from.maxRatio;
      ratioThreshold = from.ratioThreshold;
      maxNameBytes = from.maxNameBytes;
      maxSegmentBytes = from.maxSegmentBytes;
      maxDepth = from.maxDepth;
    }

    public Builder maxEntries(int value) {
      maxEntries = value;
      return this;
    }

    public Builder maxEntrySize(long value) {
      maxEntrySize = value;
      return this;
    }

    public Builder maxTotalSize(long value) {
      maxTotalSize = value;
      return this;
    }

    public Builder maxRatio(int value) {
      maxRatio = value;
      return this;
    }

    public Builder ratioThreshold(long value) {
      ratioThreshold = value;
      return this;
    }

    public Builder maxNameBytes(int value) {
      maxNameBytes = value;
      return this;
    }

    public Builder maxSegmentBytes(int value) {
      maxSegmentBytes = value;
      return this;
    }

    public Builder maxDepth(int value) {
      maxDepth = value;
      return this;
    }

    /** Validates and builds; IAE names the first value out of range. */
    public ArchiveLimits build() {
      return new ArchiveLimits(
          maxEntries, maxEntrySize, maxTotalSize, maxRatio, ratioThreshold,
          maxNameBytes, maxSegmentBytes, maxDepth);
    }
  }
}
