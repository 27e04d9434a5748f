package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.SessionDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ill-formed UTF-8 is refused at its offset in both encodings, never decoded into another
 * character (issue 10, item 8): Jackson reads the overlong {@code C0 AF} as {@code /}, and its
 * Smile decoder does not even check continuation bytes.
 */
class MalformedTextTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();
  private static final String HEAD = "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
      + "\"metadata\":{\"name\":\"n\"},\"scene\":{\"nodes\":[]},\"x\":\"";

  private static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** A stream handing out one byte per read, so every sequence is split across reads. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  @Nested
  class Json {
    private byte[] sessionWith(String hex) {
      return concat(HEAD.getBytes(StandardCharsets.US_ASCII), bytes(hex), "\"}".getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C0 AF       | byte 0xC0 starts an overlong encoding (a character below U+0080 in two bytes)",
        "C1 BF       | byte 0xC1 starts an overlong encoding (a character below U+0080 in two bytes)",
        "E0 80 AF    | bytes 0xE0 0x80 start an overlong encoding (a character below U+0800 in three bytes)",
        "F0 80 80 AF | bytes 0xF0 0x80 start an overlong encoding (a character below U+10000 in four bytes)",
        "ED A0 80    | bytes 0xED 0xA0 start an encoded surrogate (U+D800 to U+DFFF), which UTF-8 does not allow",
        "ED BF BF    | bytes 0xED 0xBF start an encoded surrogate (U+D800 to U+DFFF), which UTF-8 does not allow",
        "F4 90 80 80 | bytes 0xF4 0x90 start a code point above U+10FFFF, the largest in Unicode",
        "F5 80 80 80 | byte 0xF5 starts a code point above U+10FFFF, the largest in Unicode",
        "F8 88 80 80 80 | byte 0xF8 never occurs in UTF-8",
        "FF          | byte 0xFF never occurs in UTF-8",
        "80          | byte 0x80 is a continuation byte without a lead byte before it",
        "41 BF       | byte 0xBF is a continuation byte without a lead byte before it",
        "E4 B8 41    | byte 0x41 in the sequence that byte 0xE4 starts is not a continuation byte (0x80 to 0xBF)",
    })
    void refusesIllFormedUtf8AtItsOffset(String hex, String problem) throws IOException {
      byte[] input = sessionWith(hex);
      int at = HEAD.length() + (hex.startsWith("41") ? 1 : 0);
      String expected = "/x (line 1, column " + (at + 1) + "): invalid UTF-8 at byte " + at + ": " + problem;
      SessionFormatException fromBytes = assertThrows(SessionFormatException.class, () -> CODEC.read(input));
      assertEquals(expected, fromBytes.getMessage());
      assertEquals(at, fromBytes.byteOffset());
      SessionFormatException fromStream = assertThrows(SessionFormatException.class, () -> CODEC.read(trickle(input)));
      assertEquals(expected, fromStream.getMessage());
    }

    @Test
    void refusesATruncatedSequenceAtTheEndOfTheInput() {
      byte[] input = concat(HEAD.getBytes(StandardCharsets.US_ASCII), "a\"} ".getBytes(StandardCharsets.US_ASCII),
          bytes("E4 B8"));
      int at = HEAD.length() + 4;
      assertEquals("/ (line 1, column " + (at + 1) + "): invalid UTF-8 at byte " + at
              + ": the input ends inside the UTF-8 sequence that byte 0xE4 starts",
          assertThrows(SessionFormatException.class, () -> CODEC.read(input)).getMessage());
    }

    @Test
    void refusesAnOverlongSlashInAMemberNameOnItsLine() {
      byte[] input = concat(("{\"format\":\"appsim.session\",\n\"a").getBytes(StandardCharsets.US_ASCII), bytes("C0 AF"),
          "b\":1}".getBytes(StandardCharsets.US_ASCII));
      SessionFormatException e = assertThrows(SessionFormatException.class, () -> CODEC.read(input));
      assertEquals(2, e.line());
      assertEquals(3, e.column());
      assertEquals("invalid UTF-8 at byte 30: byte 0xC0 starts an overlong encoding (a character below U+0080 in"
          + " two bytes)", e.reason());
    }

    @Test
    void readsEveryWellFormedBoundaryCharacter() throws IOException {
      // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF
      String hex = "C2 80 DF BF E0 A0 80 ED 9F BF EE 80 80 EF BF BF F0 90 80 80 F4 8F BF BF";
      String expected = new String(bytes(hex), StandardCharsets.UTF_8);
      assertEquals(expected, CODEC.read(sessionWith(hex)).extensions().asMap().get("x"));
      assertEquals(expected, CODEC.read(trickle(sessionWith(hex))).extensions().asMap().get("x"));
    }
  }

  @Nested
  class Smile {
    // The tail of a session holding member x with a raw value, as the given bytes.
    private byte[] sessionWithX(int... value) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SmileBytes.session(out).name("x").raw(value).end();
      return out.toByteArray();
    }

    private final int valueAt = sessionWithX().length - 1;

    private SessionFormatException refused(byte[] input) {
      return assertThrows(SessionFormatException.class, () -> CODEC.read(input));
    }

    @Test
    void refusesAnOverlongSlashInATinyUnicodeString() {
      // 0x80: tiny Unicode string of 2 bytes
      SessionFormatException e = refused(sessionWithX(0x80, 0xC0, 0xAF));
      assertEquals("invalid UTF-8 at byte " + (valueAt + 1) + ": byte 0xC0 starts an overlong encoding"
          + " (a character below U+0080 in two bytes)", e.reason());
      assertEquals(valueAt + 1, e.byteOffset());
      assertEquals(-1, e.line());
    }

    @Test
    void refusesAMissingContinuationByteThatJacksonWouldIgnore() {
      // Jackson decodes C3 41 as U+00C1 without looking at the continuation bits.
      assertEquals("invalid UTF-8 at byte " + (valueAt + 1) + ": byte 0x41 in the sequence that byte 0xC3 starts"
          + " is not a continuation byte (0x80 to 0xBF)", refused(sessionWithX(0x80, 0xC3, 0x41)).reason());
    }

    @Test
    void refusesAStringEndingInsideASequence() {
      // 0x81: 3 bytes, of which E4 B8 starts a character that needs one more
      assertEquals("invalid UTF-8 at byte " + (valueAt + 2) + ": the Smile string of 3 bytes at byte " + valueAt
          + " ends inside the UTF-8 sequence that byte 0xE4 starts", refused(sessionWithX(0x81, 0x41, 0xE4, 0xB8)).reason());
    }

    @Test
    void refusesAnEncodedSurrogateInALongUnicodeString() {
      assertEquals("invalid UTF-8 at byte " + (valueAt + 2) + ": bytes 0xED 0xA0 start an encoded surrogate"
              + " (U+D800 to U+DFFF), which UTF-8 does not allow",
          refused(sessionWithX(0xE4, 0x41, 0xED, 0xA0, 0x80, 0xFC)).reason());
    }

    @Test
    void refusesANonAsciiByteInAnAsciiString() {
      // Jackson turns the signed byte 0xC3 of a tiny ASCII string into U+FFC3.
      assertEquals("invalid text at byte " + (valueAt + 2) + ": byte 0xC3 in a Smile ASCII string (type byte 0x41"
              + " at byte " + valueAt + "), which may hold only bytes below 0x80",
          refused(sessionWithX(0x41, 0x61, 0xC3)).reason());
      assertEquals("invalid text at byte " + (valueAt + 1) + ": byte 0xC3 in a Smile ASCII string (type byte 0xE0"
              + " at byte " + valueAt + "), which may hold only bytes below 0x80",
          refused(sessionWithX(0xE0, 0xC3, 0x80, 0xFC)).reason());
    }

    @Test
    void refusesAnOverlongByteInAShortUnicodeName() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SmileBytes smile = SmileBytes.session(out);
      int nameAt = out.size();
      // 0xC0: short Unicode name of 2 bytes
      smile.raw(0xC0, 0xC0, 0xAF).text("v").end();
      assertEquals("invalid UTF-8 at byte " + (nameAt + 1) + ": byte 0xC0 starts an overlong encoding"
          + " (a character below U+0080 in two bytes)", refused(out.toByteArray()).reason());
    }

    @Test
    void refusesAnOverlongByteInALongName() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SmileBytes smile = SmileBytes.session(out);
      int nameAt = out.size();
      smile.raw(0x34, 0x61, 0xE0, 0x80, 0xAF, 0xFC).text("v").end();
      assertEquals("invalid UTF-8 at byte " + (nameAt + 2) + ": bytes 0xE0 0x80 start an overlong encoding"
          + " (a character below U+0800 in three bytes)", refused(out.toByteArray()).reason());
    }

    @Test
    void refusesIntegersWiderThanTheirType() {
      // 0x24: a 32-bit zigzag VInt; five bytes can carry 34 bits, Jackson drops the top two.
      assertEquals("the Smile 32-bit integer at byte " + valueAt + " holds a number of more than 32 bits, which"
          + " Jackson would silently truncate", refused(sessionWithX(0x24, 0x7F, 0x7F, 0x7F, 0x7F, 0xBF)).reason());
      // 0x25: a 64-bit zigzag VInt of 11 bytes.
      assertEquals("the Smile 64-bit integer at byte " + valueAt + " holds a number of more than 64 bits, which"
          + " Jackson would silently truncate",
          refused(sessionWithX(0x25, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0xBF)).reason());
    }

    // 0x2A: a big decimal of unscaled value 1: zigzag scale, length 1, 7-bit encoded 0x01.
    private byte[] decimalOne(long scale) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SmileBytes.session(out).name("x").raw(0x2A).vint((scale << 1) ^ (scale >> 63)).raw(0x81, 0x00, 0x01).end();
      return out.toByteArray();
    }

    @Test
    void refusesABigDecimalScaleWiderThan31Bits() {
      // Written as Smile by Jackson, 1e2000000000 came back as 1E+32.
      assertEquals("the Smile big decimal's scale or length at byte " + valueAt + " holds a number of more than 31"
          + " bits, which Jackson would silently truncate", refused(decimalOne(-2_000_000_000L)).reason());
    }

    @Test
    void refusesABigDecimalScaleBeyondTheBoundAsAViolation() {
      dev.appsim.session.model.SessionValidationException e = assertThrows(
          dev.appsim.session.model.SessionValidationException.class, () -> CODEC.read(decimalOne(-1_050_000_000L)));
      assertEquals("/x: number 1E+1050000000 has an exponent too large to keep exactly in JSON and Smile: its last digit"
          + " must stand for a power of ten from 10^-999999999 to 10^999999999 (byte " + valueAt + ")", e.getMessage());
    }

    @Test
    void readsABigDecimalAtTheBound() {
      assertEquals(new java.math.BigDecimal("1E+999999999"),
          CODEC.read(decimalOne(-999_999_999L)).extensions().asMap().get("x"));
    }

    @Test
    void readsWellFormedUnicodeInEveryStringForm() throws IOException {
      String text = "a\u00e9\u20ac\ud83d\ude00/";
      SessionDocument doc = SessionDocument.builder()
          .extensions(dev.appsim.session.model.Extensions.EMPTY.with(text, text + "x".repeat(100)).with("s", text))
          .build();
      byte[] smile = CODEC.toBytes(doc, SessionFormat.SMILE);
      assertEquals(doc, CODEC.read(smile));
      assertEquals(doc, CODEC.read(trickle(smile)));
    }
  }
}
