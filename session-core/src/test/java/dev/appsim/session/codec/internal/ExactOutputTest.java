package dev.appsim.session.codec.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExactOutputTest {
  @Test
  void countsWithoutKeeping() {
    ExactOutput counting = ExactOutput.counting();
    counting.write(new byte[10], 2, 5);
    counting.write(7);
    assertEquals(6, counting.count());
    assertEquals("the encoding wrote 6 bytes where its counting pass found none kept",
        assertThrows(IllegalStateException.class, counting::bytes).getMessage());
  }

  @Test
  void handsOutTheArrayItFilledWithoutACopy() {
    ExactOutput out = ExactOutput.ofSize(4);
    out.write(new byte[] {9, 1, 2, 3}, 1, 3);
    out.write(4);
    byte[] bytes = out.bytes();
    assertArrayEquals(new byte[] {1, 2, 3, 4}, bytes);
    assertSame(bytes, out.bytes());
  }

  @Test
  void refusesMoreThanCounted() {
    ExactOutput out = ExactOutput.ofSize(2);
    assertEquals("the encoding wrote more than the 2 bytes its counting pass found",
        assertThrows(IllegalStateException.class, () -> out.write(new byte[3], 0, 3)).getMessage());
  }

  @Test
  void refusesFewerThanCounted() {
    ExactOutput out = ExactOutput.ofSize(3);
    out.write(1);
    assertEquals("the encoding wrote 1 bytes where its counting pass found 3",
        assertThrows(IllegalStateException.class, out::bytes).getMessage());
  }

  @Test
  void refusesASizeNoArrayHolds() {
    assertEquals("cannot hold 2147483648 bytes in one array",
        assertThrows(IllegalArgumentException.class, () -> ExactOutput.ofSize(1L << 31)).getMessage());
  }
}
