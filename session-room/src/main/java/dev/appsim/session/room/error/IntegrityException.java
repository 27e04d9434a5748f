package dev.appsim.session.room.error;

/**
 * An entry's bytes disagree with what the manifest or the zip directory promises (size, SHA-256,
 * CRC-32), or the manifest and the archive list different entries.
 */
public class IntegrityException extends RoomException {
  private static final long serialVersionUID = 1L;

  /**
   * @param entry the entry whose content or listing disagrees, its {@link #location()}
   * @param message what disagrees, with the expected and actual values
   */
  public IntegrityException(String entry, String message) {
    super(entry, message, null);
  }
}
