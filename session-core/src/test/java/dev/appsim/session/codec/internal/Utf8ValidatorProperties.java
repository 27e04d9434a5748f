package dev.appsim.session.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The validator agrees with the JDK's strict UTF-8 decoder on every byte string. */
class Utf8ValidatorProperties {
  @Provide
  Arbitrary<byte[]> bytes() {
    // Mostly bytes around the lead and continuation ranges, where the interesting cases are.
    Arbitrary<Byte> interesting = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0x80, 0xFF).map(i -> (byte) (int) i)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x00, 0x7F).map(i -> (byte) (int) i)));
    return interesting.array(byte[].class).ofMaxSize(8);
  }

  @Property(tries = 20_000)
  void acceptsExactlyWhatTheJdkDecoderAccepts(@ForAll("bytes") byte[] input) {
    assertEquals(jdkAccepts(input), validatorAccepts(input), () -> java.util.HexFormat.ofDelimiter(" ").formatHex(input));
  }

  @Property(tries = 2_000)
  void acceptsEveryEncodedString(@ForAll String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    // Lone surrogates encode as '?', which is fine; the JDK's encoder never writes ill-formed bytes.
    assertEquals(true, validatorAccepts(utf8));
  }

  private static boolean validatorAccepts(byte[] input) {
    Utf8Validator v = new Utf8Validator();
    for (byte b : input) {
      if (v.accept(b & 0xFF) == Utf8Validator.INVALID) {
        return false;
      }
    }
    return v.endProblem() == null;
  }

  private static boolean jdkAccepts(byte[] input) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
