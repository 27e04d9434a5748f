package dev.appsim.session.room.archive;

/**
 * Receives progress from {@link RoomZipWriter} on the writing thread after each entry.
 *
 * <p>{@code bytesTotal} counts uncompressed bytes: exact sizes of file and byte sources, the
 * caller's estimate for stream sources until they are written; the last call has
 * {@code entriesDone == entriesTotal} and {@code bytesDone == bytesTotal}.
 */
@FunctionalInterface
public interface WriteProgressListener {
  /** A listener that ignores progress. */
  WriteProgressListener NONE = (entriesDone, entriesTotal, bytesDone, bytesTotal) -> {};

  /**
   * Called after each entry is written.
   *
   * @param entriesDone entries written so far, 1 to {@code entriesTotal}
   * @param entriesTotal entries the archive will hold
   * @param bytesDone uncompressed bytes written so far
   * @param bytesTotal uncompressed bytes expected in all (see the interface comment)
   */
  void progress(int entriesDone, int entriesTotal, long bytesDone, long bytesTotal);
}
