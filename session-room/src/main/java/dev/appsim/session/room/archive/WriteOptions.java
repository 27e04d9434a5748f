package dev.appsim.session.room.archive;

/**
 * Settings of {@link RoomZipWriter}. None of them changes the bytes written except
 * {@code level}.
 *
 * @param threads deflate worker threads, 1 to 256; default: available processors
 * @param level deflate level 1 to 9; default 6
 * @param spillThreshold compressed bytes one prepared entry may hold in memory before it spills
 *     to a temporary file beside the output, 64 KiB to 1 GiB; default 4 MiB. Peak memory is about
 *     {@code 2 * threads * spillThreshold}.
 */
public record WriteOptions(int threads, int level, int spillThreshold) {

  /** Default deflate level, as Info-ZIP's {@code zip -6}. */
  public static final int DEFAULT_LEVEL = 6;
  /** Default in-memory size of one prepared entry. */
  public static final int DEFAULT_SPILL_THRESHOLD = 4 << 20;

  public WriteOptions {
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

  /** Defaults: one thread per processor, level 6, 4 MiB spill threshold. */
  public static WriteOptions defaults() {
    return new WriteOptions(
        Math.max(1, Math.min(256, Runtime.getRuntime().availableProcessors())),
        DEFAULT_LEVEL,
        DEFAULT_SPILL_THRESHOLD);
  }

  /** A copy with another thread count. */
  public WriteOptions withThreads(int newThreads) {
    return new WriteOptions(newThreads, level, spillThreshold);
  }

  /** A copy with another deflate level. */
  public WriteOptions withLevel(int newLevel) {
    return new WriteOptions(threads, newLevel, spillThreshold);
  }

  /** A copy with another spill threshold. */
  public WriteOptions withSpillThreshold(int newSpillThreshold) {
    return new WriteOptions(threads, level, newSpillThreshold);
  }
}
