package dev.appsim.session.room.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict percent-decoding as UTF-8, shared by the path parser ({@code file:} URIs) and the asset
 * scanners (glTF URIs), so both read {@code %20} and {@code %C3%A9} the same way.
 */
public final class PercentDecoding {
  private PercentDecoding() {}

  /** Why a text does not decode: a bad escape at {@link #index()}, or bytes that are not UTF-8. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int index;

    MalformedException(int index) {
      super(index < 0 ? "percent-encoded bytes are not valid UTF-8"
          : "malformed percent-encoding at index " + index + "; expected %XX", null, false, false);
      this.index = index;
    }

    /** Index of the {@code %} that starts a malformed escape, or -1 for invalid UTF-8. */
    public int index() {
      return index;
    }
  }

  /** {@code text} with every {@code %XX} decoded; other characters are kept as they are. */
  public static String decode(String text) throws MalformedException {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
        int lo = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw new MalformedException(i);
        }
        bytes.write(hi * 16 + lo);
        i += 3;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedException(-1);
    }
  }
}
