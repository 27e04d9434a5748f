package dev.appsim.session.view.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void pixelsHaveOneDecimalAndNoNegativeZero() {
    assertEquals("0", Numbers.px(0));
    assertEquals("0", Numbers.px(-0.0));
    assertEquals("0", Numbers.px(-0.04));
    assertEquals("12", Numbers.px(12.04));
    assertEquals("12.4", Numbers.px(12.35));
    assertEquals("-3.5", Numbers.px(-3.5));
    assertEquals("960", Numbers.px(960));
  }

  @Test
  void pixelsAreClampedAndNaNIsZero() {
    assertEquals("10000000", Numbers.px(1e300));
    assertEquals("-10000000", Numbers.px(Double.NEGATIVE_INFINITY));
    assertEquals("0", Numbers.px(Double.NaN));
  }

  @Test
  void niceLengthsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(new Numbers.Nice(5, -1), Numbers.Nice.atLeast(0.3));
    assertEquals(new Numbers.Nice(1, 0), Numbers.Nice.atLeast(1));
    assertEquals(new Numbers.Nice(2, 0), Numbers.Nice.atLeast(1.01));
    assertEquals(new Numbers.Nice(2, 0), Numbers.Nice.atMost(3.7));
    assertEquals(new Numbers.Nice(5, 0), Numbers.Nice.atMost(5));
    assertEquals(new Numbers.Nice(5, -1), Numbers.Nice.atMost(0.99));
  }

  @Test
  void metresReadTheSameInEveryLocale() {
    assertEquals("0.5 m", new Numbers.Nice(5, -1).metres());
    assertEquals("200 m", new Numbers.Nice(2, 2).metres());
    assertEquals("1e-9 m", new Numbers.Nice(1, -9).metres());
    assertEquals("2e+300 m", new Numbers.Nice(2, 300).metres());
  }
}
