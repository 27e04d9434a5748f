package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.SessionDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Inputs found by fuzzing ({@link SessionReaderFuzzTest}, docs/fuzzing.md), minimised, each
 * guarding the fix of one finding. The inputs live in {@code SessionReaderFindingsTestInputs/};
 * once a finding is fixed its test is enabled and its input may join the fuzz seeds.
 */
class SessionReaderFindingsTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  private static byte[] input(String name) throws IOException {
    try (InputStream in = SessionReaderFindingsTest.class.getResourceAsStream(
        "SessionReaderFindingsTestInputs/" + name)) {
      if (in == null) {
        throw new IOException("missing test input " + name);
      }
      return in.readAllBytes();
    }
  }

  @Test
  void readRefusesJsonThatJacksonWouldDecodeAsUtf32() throws IOException {
    byte[] bytes = input("utf32-invalid-char.bin");
    SessionFormatException e = assertThrows(SessionFormatException.class, () -> CODEC.read(bytes));
    assertEquals("/ (line 1, column 2): found byte 0x00 at byte 1; a JSON session is UTF-8 (UTF-16 and UTF-32 text are not accepted)",
        e.getMessage());
  }

  @Test
  void streamReadRefusesJsonThatJacksonWouldDecodeAsUtf32() throws IOException {
    byte[] bytes = input("utf32-invalid-char.bin");
    SessionFormatException e = assertThrows(SessionFormatException.class,
        () -> CODEC.read(new ByteArrayInputStream(bytes)));
    assertEquals("/ (line 1, column 2): found byte 0x00 at byte 1; a JSON session is UTF-8 (UTF-16 and UTF-32 text are not accepted)",
        e.getMessage());
  }

  @Test
  void readRefusesUtf16SessionWithoutByteOrderMark() throws IOException {
    byte[] bytes = Files.readString(Path.of("..", "examples", "minimal", "minimal.session"))
        .getBytes(StandardCharsets.UTF_16LE);
    SessionFormatException e = assertThrows(SessionFormatException.class, () -> CODEC.read(bytes));
    assertEquals("/ (line 1, column 2): found byte 0x00 at byte 1; a JSON session is UTF-8 (UTF-16 and UTF-32 text are not accepted)",
        e.getMessage());
  }

  @Test
  void geometryCacheReadRefusesJsonThatJacksonWouldDecodeAsUtf32() throws IOException {
    byte[] bytes = input("utf32-invalid-char.bin");
    SessionFormatException e = assertThrows(SessionFormatException.class, () -> CODEC.readGeometryCache(bytes));
    assertEquals("/ (line 1, column 2): found byte 0x00 at byte 1; a JSON session is UTF-8 (UTF-16 and UTF-32 text are not accepted)",
        e.getMessage());
  }

  @Test
  void smileDecimalExtensionReadsBackEqualFromItsJsonCopy() throws IOException {
    SessionDocument doc = CODEC.read(input("smile-decimal-extension.smile"));
    assertEquals("Extensions{x-a=1.12}", doc.extensions().toString());
    assertEquals(doc, CODEC.read(CODEC.toBytes(doc, SessionFormat.JSON)));
  }

  // F6: a Smile big decimal is bounded in bytes, not digits; its 127-character JSON copy broke
  // ReadLimits.maxNumberLength, so the sidecar read from Smile could not be read from its own JSON.
  @Test
  void aSmileDecimalTooLongForJsonIsAViolation() throws IOException {
    byte[] bytes = input("smile-long-decimal-sidecar.smile");
    dev.appsim.session.model.SessionValidationException e = assertThrows(
        dev.appsim.session.model.SessionValidationException.class, () -> CODEC.readGeometryCache(bytes));
    assertEquals("/bnodsu/max: number -5863097978309732220731863005830164497170087122037855461493851492854912907076"
        + "648364855958106672245208893407271774730.6651758988 has 127 characters as JSON text, more than the 100 a"
        + " reader accepts (ReadLimits.maxNumberLength) (byte 187)", e.getMessage());
  }
}
