package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SessionFormatTest {
  private static SessionFormat detect(byte... head) {
    return SessionFormat.detect(head, head.length);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void detectsSmileByItsHeader() {
    assertEquals(SessionFormat.SMILE, detect((byte) 0x3A, (byte) 0x29, (byte) 0x0A, (byte) 0x00));
  }

  @Test
  void detectsJsonAfterWhitespace() {
    assertEquals(SessionFormat.JSON, detect(utf8(" \r\n\t{}")));
    assertEquals(SessionFormat.JSON, detect(utf8("   ")));
    assertEquals(SessionFormat.JSON, detect());
  }

  @Test
  void refusesAUtf8ByteOrderMark() {
    SessionFormatException e = assertThrows(SessionFormatException.class, () -> detect(utf8("\uFEFF{}")));
    assertEquals("/ (line 1, column 1): a UTF-8 byte order mark (EF BB BF) starts the input;"
        + " a JSON session is UTF-8 without a byte order mark", e.getMessage());
  }

  @Test
  void refusesUtf16() {
    assertEquals("/ (line 1, column 1): a UTF-16 byte order mark starts the input;"
            + " a JSON session is UTF-8 without a byte order mark",
        assertThrows(SessionFormatException.class, () -> detect((byte) 0xFF, (byte) 0xFE, (byte) '{')).getMessage());
  }

  @Test
  void refusesUtf16AndUtf32WithoutAByteOrderMark() {
    // Jackson would read these as UTF-32LE and UTF-16LE (fuzz finding F1).
    assertEquals("/ (line 1, column 2): found byte 0x00 at byte 1; a JSON session is UTF-8 (UTF-16 and UTF-32 text are not accepted)",
        assertThrows(SessionFormatException.class,
            () -> detect((byte) '{', (byte) 0, (byte) 0, (byte) 0, (byte) 0xFF)).getMessage());
    assertEquals("/ (line 1, column 2): found byte 0x00 at byte 1; a JSON session is UTF-8 (UTF-16 and UTF-32 text are not accepted)",
        assertThrows(SessionFormatException.class, () -> detect((byte) '{', (byte) 0, (byte) '}', (byte) 0)).getMessage());
  }

  @Test
  void namesTheFirstUnexpectedByteWithItsPosition() {
    SessionFormatException e = assertThrows(SessionFormatException.class, () -> detect(utf8("\n  x")));
    assertEquals("/ (line 2, column 3): unrecognised input: found byte 0x78 ('x'),"
        + " expected '{' of a JSON session or the Smile header 3A 29 0A", e.getMessage());
    assertEquals(3, e.byteOffset());
  }

  @Test
  void refusesALengthOutsideTheArray() {
    assertEquals("length 5 is outside 0..1", assertThrows(IllegalArgumentException.class,
        () -> SessionFormat.detect(new byte[1], 5)).getMessage());
  }
}
