package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Pins what the javadoc promises: NaNs of any bits are equal, the two zeros are not. */
class FloatArrayEqualityTest {
  @Test
  void nansOfDifferentBitsAreEqualAndHashAlike() {
    FloatArray a = FloatArray.of(Float.NaN);
    FloatArray b = FloatArray.of(Float.intBitsToFloat(0x7fc00001));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void negativeZeroDiffersFromZero() {
    assertNotEquals(FloatArray.of(0.0f), FloatArray.of(-0.0f));
  }
}
