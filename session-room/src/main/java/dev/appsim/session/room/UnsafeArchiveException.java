package dev.appsim.session.room;

import org.jspecify.annotations.Nullable;

/**
 * An archive is malformed or hostile: an entry escapes the target folder, a name is duplicated,
 * a size lies, a limit is exceeded, a method is not allowed. Nothing was written outside the target.
 */
public class UnsafeArchiveException extends RoomException {
  private static final long serialVersionUID = 1L;

  public UnsafeArchiveException(String entry, String message, @Nullable Throwable cause) {
    super(entry, message, cause);
  }

  public UnsafeArchiveException(String entry, String message) {
    this(entry, message, null);
  }
}
