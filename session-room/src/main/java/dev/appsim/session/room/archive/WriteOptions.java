package dev.appsim.session.room.archive;

import java.util.Objects;

/**
 * Settings of {@link RoomZipWriter}. None of them changes the bytes written except
 * {@code level}. Immutable; a final class with a builder rather than a record, so that a setting
 * added later changes no constructor signature:
 *
 * <pre>{@code
 * WriteOptions fast = WriteOptions.builder().threads(2).level(1).build();
 * }</pre>
 */
public final class WriteOptions {
  /**
   * Default deflate level. Level 5, not zip's 6: on numeric text (OBJ, glTF and session JSON)
   * zlib's level 6 takes about 1.6 times as long as level 5 for under 1.5 % fewer bytes, and
   * stored media do not care; level 4 is faster again but up to 5 % bigger on text.
   */
  public static final int DEFAULT_LEVEL = 5;
  /**
   * Default in-memory size of one prepared entry: 2 MiB, so that the {@code 2 * threads} entries
   * prepared ahead at 2 threads hold at most 8 MiB and the write path fits a 32 MiB heap.
   */
  public static final int DEFAULT_SPILL_THRESHOLD = 2 << 20;

  private final int threads;
  private final int level;
  private final int spillThreshold;

  private WriteOptions(Builder b) {
    this.threads = b.threads;
    this.level = b.level;
    this.spillThreshold = b.spillThreshold;
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads (" + threads + ") must be in 1..256");
    }
    if (level < 1 || level > 9) {
      throw new IllegalArgumentException("level (" + level + ") must be in 1..9");
    }
    if (spillThreshold < (64 << 10) || spillThreshold > (1 << 30)) {
      throw new IllegalArgumentException(
          "spillThreshold (" + spillThreshold + ") must be in 65536..1073741824");
    }
  }

  /** {@return the defaults: one thread per processor, level {@value #DEFAULT_LEVEL}, 2 MiB spill threshold} */
  public static WriteOptions defaults() {
    return builder().build();
  }

  /** {@return a builder starting from {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from these values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the deflate worker threads, 1 to 256; default: available processors} */
  public int threads() {
    return threads;
  }

  /** {@return the deflate level, 1 to 9; default {@value #DEFAULT_LEVEL}} */
  public int level() {
    return level;
  }

  /**
   * {@return the compressed bytes one prepared entry may hold in memory before it spills to a
   * temporary file beside the output, 64 KiB to 1 GiB; default 2 MiB. Peak memory is about {@code
   * 2 * threads * spillThreshold} plus about 1.5 MiB per thread (README "Memory")}
   */
  public int spillThreshold() {
    return spillThreshold;
  }

  /**
   * A copy with another thread count.
   *
   * @param newThreads deflate worker threads, 1 to 256
   * @return the copy
   */
  public WriteOptions withThreads(int newThreads) {
    return toBuilder().threads(newThreads).build();
  }

  /**
   * A copy with another deflate level.
   *
   * @param newLevel deflate level 1 to 9
   * @return the copy
   */
  public WriteOptions withLevel(int newLevel) {
    return toBuilder().level(newLevel).build();
  }

  /**
   * A copy with another spill threshold.
   *
   * @param newSpillThreshold bytes, 64 KiB to 1 GiB
   * @return the copy
   */
  public WriteOptions withSpillThreshold(int newSpillThreshold) {
    return toBuilder().spillThreshold(newSpillThreshold).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WriteOptions other
        && threads == other.threads
        && level == other.level
        && spillThreshold == other.spillThreshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(threads, level, spillThreshold);
  }

  @Override
  public String toString() {
    return "WriteOptions[threads=" + threads
        + ", level=" + level
        + ", spillThreshold=" + spillThreshold + "]";
  }

  /** Builds {@link WriteOptions}; {@link #build()} checks the values. */
  public static final class Builder {
    private int threads = Math.max(1, Math.min(256, Runtime.getRuntime().availableProcessors()));
    private int level = DEFAULT_LEVEL;
    private int spillThreshold = DEFAULT_SPILL_THRESHOLD;

    private Builder() {}

    private Builder(WriteOptions from) {
      this.threads = from.threads;
      this.level = from.level;
      this.spillThreshold = from.spillThreshold;
    }

    /**
     * Sets {@link WriteOptions#threads()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder threads(int value) {
      this.threads = value;
      return this;
    }

    /**
     * Sets {@link WriteOptions#level()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder level(int value) {
      this.level = value;
      return this;
    }

    /**
     * Sets {@link WriteOptions#spillThreshold()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder spillThreshold(int value) {
      this.spillThreshold = value;
      return this;
    }

    /**
     * The options.
     *
     * @return the built options
     * @throws IllegalArgumentException if a value is out of range
     */
    public WriteOptions build() {
      return new WriteOptions(this);
    }
  }
}
