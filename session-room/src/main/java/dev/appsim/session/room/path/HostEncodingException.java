package dev.appsim.session.room.path;

import dev.appsim.session.room.error.RoomException;

/**
 * This Java cannot use a file name: it converts file names with {@code sun.jnu.encoding}, which
 * Java 17 takes from the locale and which under the POSIX/C locale is ASCII, so {@code Stühle.obj}
 * can be neither opened nor listed faithfully. Raised instead of reporting the file as missing, so
 * that a model never silently leaves a room; the fix is a UTF-8 locale (the {@code session}
 * launcher sets one). {@link #location()} is the raw path or the file concerned.
 */
public class HostEncodingException extends RoomException {
  private static final long serialVersionUID = 1L;

  /**
   * @param location the raw path or file, its {@link #location()}
   * @param message which name cannot be represented, and the fix
   */
  public HostEncodingException(String location, String message) {
    super(location, message);
  }
}
