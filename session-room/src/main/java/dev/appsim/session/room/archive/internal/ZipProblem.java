package dev.appsim.session.room.archive.internal;

/**
 * A structural problem found while reading ZIP records, before it is known which entry (if any)
 * it belongs to; {@link CentralDirectoryCheck} turns it into an {@code UnsafeArchiveException}
 * with the archive's name and the entry's. Checked, so no parser path can forget to name it.
 */
final class ZipProblem extends Exception {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, as the tail of a sentence naming the archive or entry */
  public ZipProblem(String message) {
    super(message, null, false, false);
  }
}
