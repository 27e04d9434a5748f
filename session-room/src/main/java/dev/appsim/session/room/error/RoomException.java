package dev.appsim.session.room.error;

import dev.appsim.session.model.SessionException;
import org.jspecify.annotations.Nullable;

/**
 * A room could not be packaged, opened, verified or unpacked. Subclasses say why, so a tool can
 * map them to distinct outcomes; {@link #location()} names the archive entry or file involved.
 */
public class RoomException extends SessionException {
  private static final long serialVersionUID = 1L;

  /**
   * @param location where the problem is: an entry name, a raw path or a file, or empty
   * @param message what went wrong, one sentence
   * @param cause the underlying failure, or {@code null}
   */
  public RoomException(String location, String message, @Nullable Throwable cause) {
    super(location, message, cause);
  }

  /**
   * As {@link #RoomException(String, String, Throwable)}, without a cause.
   *
   * @param location where the problem is: an entry name, a raw path or a file, or empty
   * @param message what went wrong, one sentence
   */
  public RoomException(String location, String message) {
    this(location, message, null);
  }
}
