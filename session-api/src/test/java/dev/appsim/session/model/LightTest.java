package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LightTest {
  @Test
  void rejectsInnerConeWiderThanOuter() {
    assertEquals(List.of("/innerConeDeg: inner cone 40.0 is wider than outer cone 35.0"),
        Violations.of(() -> Light.spot(Rgb.WHITE, 600, 8, 40, 35)));
  }

  @Test
  void rejectsConesOutsideZeroToNinety() {
    assertEquals(List.of("/innerConeDeg: 0.0 is outside (0, 90]", "/outerConeDeg: 91.0 is outside (0, 90]"),
        Violations.of(() -> Light.spot(Rgb.WHITE, 600, 8, 0, 91)));
  }

  @Test
  void rejectsNegativeIntensityAndNonPositiveRange() {
    assertEquals(List.of("/intensity: -1.0 must be >= 0", "/range: 0.0 must be > 0"),
        Violations.of(() -> new Light(LightType.POINT, Rgb.WHITE, -1, 0.0, null, null, false, Extensions.EMPTY)));
  }

  @Test
  void reportsInvertedConesAlongsideOtherViolations() {
    assertEquals(List.of("/intensity: -1.0 must be >= 0", "/innerConeDeg: inner cone 50.0 is wider than outer cone 30.0"),
        Violations.of(() -> Light.spot(Rgb.WHITE, -1, 8, 50, 30)));
  }

  @Test
  void editsReturnChangedCopies() {
    Light lamp = Light.spot(new Rgb(1, 0.95, 0.8), 600, 8, 20, 35);
    assertEquals(300, lamp.withIntensity(300).intensity());
    assertEquals(600, lamp.intensity());
  }
}
