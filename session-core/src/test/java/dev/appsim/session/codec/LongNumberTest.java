package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.codec.internal.JacksonFactories;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionValidationException;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * A number kept from an unknown member must be writable as JSON text that a reader with the same
 * limits accepts (fuzz finding F6), whichever encoding it came from.
 */
class LongNumberTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  @Test
  void refusesASmileBigIntegerWithMoreDigitsThanJsonAllows() {
    // 60 bytes pass Jackson's Smile length check (100 bytes) but make 145 decimal digits.
    BigInteger big = BigInteger.TWO.pow(479).subtract(BigInteger.ONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JacksonFactories.smile(ReadLimits.defaults()).createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("format", "appsim.session");
      g.writeStringProperty("formatVersion", "1.0");
      g.writeName("metadata");
      g.writeStartObject();
      g.writeStringProperty("name", "n");
      g.writeEndObject();
      g.writeName("scene");
      g.writeStartObject();
      g.writeName("nodes");
      g.writeStartArray();
      g.writeEndArray();
      g.writeEndObject();
      g.writeName("x");
      g.writeNumber(big);
      g.writeEndObject();
    }
    SessionValidationException e = assertThrows(SessionValidationException.class, () -> CODEC.read(out.toByteArray()));
    String digits = big.toString();
    assertEquals("/x: number " + digits + " has 145 characters as JSON text, more than the 100 a reader accepts"
        + " (ReadLimits.maxNumberLength)", e.getMessage().replaceAll(" \\(byte \\d+\\)$", ""));
  }

  @Test
  void refusesAJsonDecimalWhoseWrittenFormGrowsPastTheLimit() {
    // 98 digits and "e5": 100 characters in, "9.99...E+102" (104 characters) out.
    String number = "9".repeat(98) + "e5";
    byte[] input = ("{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"n\"},"
        + "\"scene\":{\"nodes\":[]},\"x\":" + number + "}").getBytes(StandardCharsets.UTF_8);
    SessionValidationException e = assertThrows(SessionValidationException.class, () -> CODEC.read(input));
    assertEquals("/x: number 9." + "9".repeat(97) + "E+102 has 104 characters as JSON text, more than the 100 a reader"
        + " accepts (ReadLimits.maxNumberLength) (line 1, column 99)", e.getMessage());
  }

  @Test
  void keepsTheLongestNumberThatFits() {
    String number = "9".repeat(100);
    byte[] input = ("{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"n\"},"
        + "\"scene\":{\"nodes\":[]},\"x\":" + number + "}").getBytes(StandardCharsets.UTF_8);
    SessionDocument doc = CODEC.read(input);
    assertEquals(new BigInteger(number), doc.extensions().asMap().get("x"));
    for (SessionFormat format : SessionFormat.values()) {
      assertEquals(doc, CODEC.read(CODEC.toBytes(doc, format)));
    }
  }
}
