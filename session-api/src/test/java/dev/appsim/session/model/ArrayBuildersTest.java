package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import org.junit.jupiter.api.Test;

class ArrayBuildersTest {
  @Test
  void floatBuilderAppendsABufferInBulkAndGrows() {
    FloatArray.Builder b = FloatArray.builder(1).add(1f);
    FloatBuffer more = FloatBuffer.wrap(new float[] {2f, 3f, 4f});
    b.addAll(more);
    assertEquals(0, more.remaining());
    assertEquals(FloatArray.of(1f, 2f, 3f, 4f), b.build());
  }

  @Test
  void floatBuilderDecodesLittleEndianBytes() {
    ByteBuffer bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f).putFloat(-2f).flip();
    assertEquals(FloatArray.of(1.5f, -2f),
        FloatArray.builder(2).addAll(bytes.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer()).build());
  }

  @Test
  void intBuilderAppendsABufferInBulkAndGrows() {
    IntArray.Builder b = IntArray.builder(0);
    b.addAll(IntBuffer.wrap(new int[] {7, 8, 9}, 1, 2)).add(10);
    assertEquals(IntArray.of(8, 9, 10), b.build());
  }

  @Test
  void copyOfNamesANullBuffer() {
    assertEquals("buffer is null", assertThrows(NullPointerException.class, () -> IntArray.copyOf(null)).getMessage());
    assertEquals("buffer is null",
        assertThrows(NullPointerException.class, () -> IntArray.builder(0).addAll(null)).getMessage());
  }
}
