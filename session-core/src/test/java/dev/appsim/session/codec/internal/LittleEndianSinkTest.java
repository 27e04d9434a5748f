package dev.appsim.session.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.IntArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class LittleEndianSinkTest {
  private static byte[] floats(float... values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) {
      b.putFloat(v);
    }
    return b.array();
  }

  @Test
  void decodesValuesSplitAcrossChunksOfEveryOddSize() {
    float[] values = new float[2000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i * 0.5f - 7;
    }
    byte[] bytes = floats(values);
    for (int chunk : new int[] {1, 3, 5, 4099}) {
      LittleEndianSink sink = new LittleEndianSink(true, 0, Long.MAX_VALUE, () -> {});
      for (int off = 0; off < bytes.length; off += chunk) {
        sink.write(bytes, off, Math.min(chunk, bytes.length - off));
      }
      assertEquals(true, sink.aligned());
      assertEquals(FloatArray.of(values), sink.floatValues(), "chunk " + chunk);
    }
  }

  @Test
  void decodesIntsAndReportsALeftOverByte() {
    LittleEndianSink sink = new LittleEndianSink(false, 2, 10, () -> {});
    sink.write(new byte[] {1, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 9}, 0, 9);
    assertEquals(false, sink.aligned());
    assertEquals(9, sink.bytes());
    assertEquals(IntArray.of(1, Integer.MAX_VALUE), sink.intValues());
  }

  @Test
  void callsOverBudgetBeforeStoringMoreValuesThanAllowed() {
    LittleEndianSink sink = new LittleEndianSink(true, 0, 2, () -> {
      throw new IllegalStateException("over");
    });
    assertEquals("over", assertThrows(IllegalStateException.class, () -> sink.write(floats(1, 2, 3), 0, 12)).getMessage());
  }
}
