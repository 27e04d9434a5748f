package dev.appsim.session.codec;

import static java.util.Objects.requireNonNull;

/**
 * The two encodings of a {@code .session} file. Both use the {@code .session} extension; a reader
 * tells them apart from the first bytes with {@link #detect(byte[], int)}, never from the name.
 */
public enum SessionFormat {
  /** UTF-8 JSON text without a byte order mark, in the canonical layout when written by us. */
  JSON,
  /** Jackson's binary JSON, starting with the header {@code 3A 29 0A} (":)\n"). */
  SMILE;

  /** Number of leading bytes that {@link #detect(byte[], int)} needs to decide, when available. */
  public static final int DETECTION_BYTES = 64;

  /**
   * Decides the format from the first bytes of the input.
   *
   * <ul>
   *   <li>{@code 3A 29 0A}: {@link #SMILE};
   *   <li>optional JSON whitespace, then <code>{</code>: {@link #JSON}; so is input holding only
   *       whitespace or nothing (the reader then reports the empty document);
   *   <li>a UTF-8 or UTF-16 byte order mark: refused, a JSON session is UTF-8 without a BOM
   *       (RFC 8259 section 8.1 forbids writing one and lets us refuse it);
   *   <li>a zero byte among the first four (UTF-16 or UTF-32 text): refused;
   *   <li>anything else: refused, naming the first byte.
   * </ul>
   *
   * @param head the first bytes of the input (the whole input if it is shorter)
   * @param length how many bytes of {@code head} are valid
   * @return the format the input is in
   * @throws IllegalArgumentException if {@code length} is outside {@code 0..head.length}
   * @throws SessionFormatException if the bytes start neither a JSON object nor a Smile document
   */
  public static SessionFormat detect(byte[] head, int length) {
    requireNonNull(head, "head is null");
    if (length < 0 || length > head.length) {
      throw new IllegalArgumentException("length " + length + " is outside 0.." + head.length);
    }
    if (startsWith(head, length, 0x3A, 0x29, 0x0A)) {
      return SMILE;
    }
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
      throw new SessionFormatException("", "a UTF-8 byte order mark (EF BB BF) starts the input;"
          + " a JSON session is UTF-8 without a byte order mark", 1, 1, 0, null);
    }
    if (startsWith(head, length, 0xFE, 0xFF) || startsWith(head, length, 0xFF, 0xFE)) {
      throw new SessionFormatException("", "a UTF-16 byte order mark starts the input;"
          + " a JSON session is UTF-8 without a byte order mark", 1, 1, 0, null);
    }
    // Jackson guesses UTF-16 or UTF-32 from zero bytes among the first four; a UTF-8 JSON
    // document cannot hold a zero byte there, so refusing it keeps every session UTF-8.
    for (int i = 0; i < Math.min(4, length); i++) {
      if (head[i] == 0) {
        throw new SessionFormatException("", "found byte 0x00 at byte " + i + "; a JSON session is UTF-8"
            + " (UTF-16 and UTF-32 text are not accepted)", 1, i + 1, i, null);
      }
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xFF;
      if (b == '\n') {
        line++;
        column = 1;
      } else if (b == ' ' || b == '\t' || b == '\r') {
        column++;
      } else if (b == '{') {
        return JSON;
      } else {
        throw new SessionFormatException("", String.format(
            "unrecognised input: found byte 0x%02X%s, expected '{' of a JSON session or the Smile header 3A 29 0A",
            b, printable(b)), line, column, i, null);
      }
    }
    return JSON;
  }

  private static boolean startsWith(byte[] head, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String printable(int b) {
    return b >= 0x21 && b < 0x7F ? " ('" + (char) b + "')" : "";
  }
}
