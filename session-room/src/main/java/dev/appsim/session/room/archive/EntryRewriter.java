package dev.appsim.session.room.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Writes replacement content for an entry being extracted, typically a rewritten copy. */
@FunctionalInterface
public interface EntryRewriter {
  /**
   * Writes the new content.
   *
   * @param original the entry's verified content; whatever is left unread is drained afterwards
   *     so size and CRC-32 are still checked
   * @param out the file being created; the extractor closes it
   * @throws IOException if reading the original or writing the copy fails; the extraction fails
   *     with it and leaves no target behind
   */
  void rewrite(InputStream original, OutputStream out) throws IOException;
}
