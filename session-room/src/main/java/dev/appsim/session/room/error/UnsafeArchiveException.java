package dev.appsim.session.room.error;

import org.jspecify.annotations.Nullable;

/**
 * An archive is malformed or hostile: an entry escapes the target folder, a name is duplicated,
 * a size lies, a limit is exceeded, a method is not allowed. Nothing was written outside the target.
 */
public class UnsafeArchiveException extends RoomException {
  private static final long serialVersionUID = 1L;

  /**
   * @param entry the offending entry name ({@code room.json} for the manifest), its {@link #location()}
   * @param message what is unsafe, one sentence
   * @param cause the underlying failure, or {@code null}
   */
  public UnsafeArchiveException(String entry, String message, @Nullable Throwable cause) {
    super(entry, message, cause);
  }

  /**
   * As {@link #UnsafeArchiveException(String, String, Throwable)}, without a cause.
   *
   * @param entry the offending entry name ({@code room.json} for the manifest), its {@link #location()}
   * @param message what is unsafe, one sentence
   */
  public UnsafeArchiveException(String entry, String message) {
    this(entry, message, null);
  }
}
