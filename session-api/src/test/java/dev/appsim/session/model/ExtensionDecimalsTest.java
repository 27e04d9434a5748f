package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Smile stores a decimal's scale in 31 bits: a larger one would come back as another number. */
class ExtensionDecimalsTest {
  @Test
  void refusesADecimalWhoseScaleSmileCannotHold() {
    assertEquals("/x: number 1E+1000000000 has scale -1000000000, outside the ±999999999 that JSON and Smile keep"
        + " exactly", assertThrows(IllegalArgumentException.class,
            () -> Extensions.of(Map.of("x", new BigDecimal("1e1000000000")))).getMessage());
    assertEquals("/x: number 1.5E-999999999 has scale 1000000000, outside the ±999999999 that JSON and Smile keep"
        + " exactly", assertThrows(IllegalArgumentException.class,
            () -> Extensions.of(Map.of("x", new BigDecimal("1.5e-999999999")))).getMessage());
  }

  @Test
  void keepsADecimalAtTheBound() {
    assertEquals(new BigDecimal("1E+999999999"), Extensions.of(Map.of("x", new BigDecimal("1e999999999"))).asMap().get("x"));
    assertEquals(new BigDecimal("1.5E-999999998"),
        Extensions.of(Map.of("x", new BigDecimal("1.5e-999999998"))).asMap().get("x"));
  }
}
