package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.SessionDocument;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Regression: numbers built as BigInteger or BigDecimal in unknown members must read back equal. */
class ExtensionNumbersTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  @ParameterizedTest
  @EnumSource(SessionFormat.class)
  void bigNumbersInUnknownMembersReadBackEqual(SessionFormat format) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("small", BigInteger.valueOf(5));
    members.put("huge", BigInteger.ONE.shiftLeft(70));
    members.put("shortest", new BigDecimal("1.0"));
    members.put("exact", new BigDecimal("1.00"));
    members.put("tiny", new BigDecimal("2.5E-7"));
    members.put("integral", new BigDecimal("110"));
    members.put("hugeIntegral", new BigDecimal(BigInteger.TEN.pow(30)));
    SessionDocument doc = SessionDocument.builder().extensions(Extensions.of(members)).build();
    assertEquals(doc, CODEC.read(CODEC.toBytes(doc, format)));
  }
}
