package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Known values of the rotation helpers, and the convention they state. */
class QuaternionTest {
  private static final double EPS = 1e-9;
  private static final Vec3 FORWARD = new Vec3(0, 0, -1);

  @Test
  void yawOfNinetyIsTheFormatExamplesSofa() {
    assertQuaternion(new Quaternion(0, 0.7071068, 0, 0.7071068), Quaternion.ofEulerDegrees(0, 90, 0), 1e-7);
  }

  @Test
  void pitchOfMinusThirtyIsTheFormatExamplesCamera() {
    assertQuaternion(new Quaternion(-0.2588, 0, 0, 0.9659), Quaternion.ofEulerDegrees(-30, 0, 0), 1e-4);
    assertVec(new Vec3(-30, 0, 0), new Quaternion(-0.25881905, 0, 0, 0.96592583).toEulerDegrees(), 1e-6);
  }

  @Test
  void anglesAreIntrinsicYawThenPitchThenRoll() {
    // Y first, then X: with X first the z component would be +0.5.
    assertQuaternion(new Quaternion(0.5, 0.5, -0.5, 0.5), Quaternion.ofEulerDegrees(90, 90, 0), EPS);
    Quaternion y = Quaternion.ofAxisAngle(new Vec3(0, 1, 0), 40);
    Quaternion x = Quaternion.ofAxisAngle(new Vec3(1, 0, 0), 25);
    Quaternion z = Quaternion.ofAxisAngle(new Vec3(0, 0, 1), -70);
    assertQuaternion(y.multiply(x).multiply(z), Quaternion.ofEulerDegrees(25, 40, -70), EPS);
  }

  @Test
  void positiveYawTurnsForwardToTheLeftAndPositivePitchTiltsItUp() {
    assertVec(new Vec3(-1, 0, 0), Quaternion.ofEulerDegrees(0, 90, 0).rotate(FORWARD), EPS);
    assertVec(new Vec3(0, 0.5, -Math.sqrt(3) / 2), Quaternion.ofEulerDegrees(30, 0, 0).rotate(FORWARD), EPS);
    assertVec(new Vec3(-1, 0, 0), Quaternion.ofEulerDegrees(0, 0, 90).rotate(new Vec3(0, 1, 0)), EPS);
  }

  @Test
  void readsBackThePanelAngles() {
    assertVec(new Vec3(10, -120, 45), Quaternion.ofEulerDegrees(10, -120, 45).toEulerDegrees(), 1e-9);
    assertEquals(new Vec3(0, 0, 0), Quaternion.IDENTITY.toEulerDegrees());
    assertEquals(new Vec3(0, 180, 0), new Quaternion(0, 1, 0, 0).toEulerDegrees());
  }

  @Test
  void lookingStraightUpOrDownKeepsYawAndRollCombinedInYaw() {
    assertVec(new Vec3(90, 10, 0), Quaternion.ofEulerDegrees(90, 30, 20).toEulerDegrees(), 1e-6);
    assertVec(new Vec3(-90, 50, 0), Quaternion.ofEulerDegrees(-90, 30, 20).toEulerDegrees(), 1e-6);
  }

  @Test
  void readsTheToleratedNonUnitQuaternionsAsTheirUnitRotation() {
    Quaternion unit = Quaternion.ofEulerDegrees(20, 30, 40);
    double k = 1.0009;
    Quaternion scaled = new Quaternion(unit.x() * k, unit.y() * k, unit.z() * k, unit.w() * k);
    assertVec(unit.toEulerDegrees(), scaled.toEulerDegrees(), 1e-9);
    assertVec(unit.rotate(FORWARD), scaled.rotate(FORWARD), 1e-9);
  }

  @Test
  void axisAngleOfAnyAxisLength() {
    Quaternion q = Quaternion.ofAxisAngle(new Vec3(0, 0, 5), 90);
    assertQuaternion(new Quaternion(0, 0, Math.sqrt(0.5), Math.sqrt(0.5)), q, EPS);
    assertEquals(90, q.angleDegrees(), EPS);
    assertVec(new Vec3(0, 0, 1), q.axis(), EPS);
  }

  @Test
  void angleIsAtMostHalfATurnWhicheverSignTheQuaternionHas() {
    Quaternion q = Quaternion.ofAxisAngle(new Vec3(0, 1, 0), 270);
    assertEquals(90, q.angleDegrees(), EPS);
    assertVec(new Vec3(0, -1, 0), q.axis(), EPS);
    assertEquals(0, Quaternion.IDENTITY.angleDegrees());
    assertEquals(new Vec3(1, 0, 0), Quaternion.IDENTITY.axis());
  }

  @Test
  void rejectsAnAxisWithoutDirection() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Quaternion.ofAxisAngle(Vec3.ZERO, 45));
    assertEquals("axis (0.0, 0.0, 0.0) has no direction; give a non-zero, finite axis", e.getMessage());
    IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
        () -> Quaternion.ofAxisAngle(new Vec3(Double.MAX_VALUE, Double.MAX_VALUE, 0), 45));
    assertEquals("axis (1.7976931348623157E308, 1.7976931348623157E308, 0.0) has no direction; give a non-zero,"
        + " finite axis", huge.getMessage());
  }

  @Test
  void rejectsAnAngleThatIsNotFinite() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Quaternion.ofEulerDegrees(0, Double.NaN, 0));
    assertEquals("angle NaN is not a finite number of degrees", e.getMessage());
    IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
        () -> Quaternion.ofAxisAngle(new Vec3(1, 0, 0), Double.POSITIVE_INFINITY));
    assertEquals("angle Infinity is not a finite number of degrees", inf.getMessage());
  }

  static void assertQuaternion(Quaternion expected, Quaternion actual, double eps) {
    // q and -q are the same rotation.
    double sign = Math.signum(expected.x() * actual.x() + expected.y() * actual.y() + expected.z() * actual.z()
        + expected.w() * actual.w());
    for (int i = 0; i < 4; i++) {
      assertEquals(expected.get(i), sign * actual.get(i), eps, "component " + i + " of " + actual);
    }
  }

  static void assertVec(Vec3 expected, Vec3 actual, double eps) {
    for (int i = 0; i < 3; i++) {
      assertEquals(expected.get(i), actual.get(i), eps, "component " + i + " of " + actual);
    }
  }
}
