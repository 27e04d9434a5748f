package dev.appsim.session.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.codec.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.dataformat.smile.SmileFactory;

class BinaryLengthsTest {
  private static final SmileFactory SMILE = JacksonFactories.smile(ReadLimits.defaults());

  // Jackson names a binary value's token by the offset of its type byte, as the checker does:
  // the lengths are found for every value, however far apart, read through a 64 KiB buffer.
  @Test
  void everyBinaryValueIsFoundAtTheParsersTokenOffset() {
    int[] sizes = {0, 4, 12, 70_000, 8, 200_000, 1};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = SMILE.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      for (int i = 0; i < sizes.length; i++) {
        g.writeName("a" + i);
        g.writeBinary(new byte[sizes[i]]);
        g.writeName("s" + i);
        g.writeString("text between the values " + i);
      }
      g.writeEndObject();
    }
    byte[] bytes = out.toByteArray();
    CheckedInput in = CheckedInput.smile(new ByteArrayInputStream(bytes), 10, bytes.length);
    List<Long> found = new ArrayList<>();
    try (JsonParser p = SMILE.createParser(ObjectReadContext.empty(), in)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.VALUE_EMBEDDED_OBJECT) {
          found.add(in.binaryLengths().at(p.currentTokenLocation().getByteOffset()));
          p.getBinaryValue();
        }
      }
    }
    assertEquals(List.of(0L, 4L, 12L, 70_000L, 8L, 200_000L, 1L), found);
  }

  @Test
  void aLengthTheRestOfTheInputCannotHoldIsNotGiven() {
    BinaryLengths lengths = new BinaryLengths(1000);
    lengths.record(100, 900);
    lengths.record(200, 801); // a forged length: 800 bytes are left after offset 200
    assertEquals(900, lengths.at(100));
    assertEquals(-1, lengths.at(200));
    assertEquals(-1, lengths.at(300));
  }

  @Test
  void keepsTheLastThirtyTwo() {
    BinaryLengths lengths = new BinaryLengths(Long.MAX_VALUE);
    for (int i = 0; i < 40; i++) {
      lengths.record(i * 10L, i);
    }
    assertEquals(-1, lengths.at(70));
    assertEquals(8, lengths.at(80));
    assertEquals(39, lengths.at(390));
  }

  @Test
  void streamsOfUnknownSizeKeepNone() {
    assertEquals(null, CheckedInput.smile(new ByteArrayInputStream(new byte[0]), 10).binaryLengths());
  }
}
