package dev.appsim.session.cli;

import dev.appsim.session.codec.SessionFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file holds, decided from its first bytes, never from its name. */
enum InputKind {
  /** A {@code .session} file, JSON or Smile (or something the codec will refuse with a located error). */
  SESSION,
  /** A zip archive, taken to be a room: {@code PK\3\4}. */
  ROOM;

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  static InputKind of(Path file) throws IOException {
    byte[] head = new byte[ZIP_MAGIC.length];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n < ZIP_MAGIC.length) {
      return SESSION;
    }
    for (int i = 0; i < ZIP_MAGIC.length; i++) {
      if (head[i] != ZIP_MAGIC[i]) {
        return SESSION;
      }
    }
    return ROOM;
  }

  /**
   * The encoding of a session file from its first bytes.
   *
   * @throws dev.appsim.session.codec.SessionFormatException if it is neither JSON nor Smile
   */
  static SessionFormat sessionEncoding(Path file) throws IOException {
    byte[] head = new byte[SessionFormat.DETECTION_BYTES];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    return SessionFormat.detect(head, n);
  }
}
