package dev.appsim.session.room.path;

import dev.appsim.session.room.error.RoomException;

/**
 * A raw path string cannot be parsed: it is empty, holds a control character, is drive-relative,
 * uses an unsupported URI scheme or a malformed percent-encoding. {@link #location()} is the raw
 * string (at most 200 characters).
 */
public class PathSyntaxException extends RoomException {
  private static final long serialVersionUID = 1L;

  /**
   * @param raw the path as written; its first 200 characters are its {@link #location()}
   * @param message what is wrong with it, one sentence
   */
  public PathSyntaxException(String raw, String message) {
    super(RawPath.abbreviate(raw), message);
  }
}
