package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Numbers whose exponent Smile cannot hold are refused instead of changed (issue 10, item 8):
 * {@code 1e2000000000} became {@code 1E+32} in a Smile copy, and {@code 1e2147483648} leaked
 * "NumberFormatException: Exponent overflow".
 */
class BigExponentTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();
  private static final String HEAD = "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
      + "\"metadata\":{\"name\":\"n\"},\"scene\":{\"nodes\":[]},\"x\":";

  private static byte[] withX(String number) {
    return (HEAD + number + "}").getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e2000000000", "1e2147483648", "-1.5E-1000000000", "2e99999999999999999999",
      "1e-713170000000000000000000", "1.5e-999999999"})
  void refusesAnExponentBeyondTheBoundNamingTheNumber(String number) {
    assertEquals("/x: number " + number + " has an exponent too large to keep exactly in JSON and Smile: its last"
            + " digit must stand for a power of ten from 10^-999999999 to 10^999999999 (line 1, column 99)",
        assertThrows(SessionValidationException.class, () -> CODEC.read(withX(number))).getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1E-999999999", "12.5e999999998", "1e0000000000000000000000000000005"})
  void keepsAnExponentWithinTheBoundInBothEncodings(String number) {
    SessionDocument doc = CODEC.read(withX(number));
    assertEquals(new BigDecimal(number), doc.extensions().asMap().get("x"));
    for (SessionFormat format : SessionFormat.values()) {
      assertEquals(doc, CODEC.read(CODEC.toBytes(doc, format)), format.toString());
    }
  }

  @Test
  void aNumberLongerThanTheStringLimitIsRefusedByTheNumberLimit() {
    // Jackson checks a number's length when it ends, so 17 Mi digits first broke maxStringLength.
    byte[] input = withX("1" + "0".repeat(17 << 20));
    assertEquals("/x (line 1, column 99): a number is longer than 100 characters (ReadLimits.maxNumberLength)",
        assertThrows(SessionFormatException.class, () -> CODEC.read(input)).getMessage());
  }
}
