package dev.appsim.session.model;

import static dev.appsim.session.model.QuaternionTest.assertQuaternion;
import static dev.appsim.session.model.QuaternionTest.assertVec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants of the rotation helpers: round trips within tolerance, composition, lengths. */
class QuaternionProperties {
  private static final double EPS = 1e-7;

  @Property
  void panelAnglesRoundTripAwayFromGimbalLock(
      @ForAll @DoubleRange(min = -89, max = 89) double x,
      @ForAll @DoubleRange(min = -179.9, max = 179.9) double y,
      @ForAll @DoubleRange(min = -179.9, max = 179.9) double z) {
    assertVec(new Vec3(x, y, z), Quaternion.ofEulerDegrees(x, y, z).toEulerDegrees(), 1e-6);
  }

  @Property
  void everyRotationRoundTripsThroughItsAngles(@ForAll("rotations") Quaternion q) {
    Vec3 angles = q.toEulerDegrees();
    assertQuaternion(q, Quaternion.ofEulerDegrees(angles.x(), angles.y(), angles.z()), 1e-6);
  }

  @Property
  void anglesStayInTheirStatedRanges(@ForAll("rotations") Quaternion q) {
    Vec3 angles = q.toEulerDegrees();
    assertInRange(angles.x(), -90, 90);
    assertInRange(angles.y(), -180, 180);
    assertInRange(angles.z(), -180, 180);
  }

  @Property
  void axisAngleRoundTrips(@ForAll("rotations") Quaternion q) {
    assertQuaternion(q, Quaternion.ofAxisAngle(q.axis(), q.angleDegrees()), EPS);
  }

  @Property
  void multiplyAppliesTheRightOperandFirst(@ForAll("rotations") Quaternion a, @ForAll("rotations") Quaternion b,
      @ForAll("vectors") Vec3 v) {
    assertVec(a.rotate(b.rotate(v)), a.multiply(b).rotate(v), EPS);
  }

  @Property
  void rotatingKeepsLengths(@ForAll("rotations") Quaternion q, @ForAll("vectors") Vec3 v) {
    Vec3 r = q.rotate(v);
    assertEquals(length(v), length(r), EPS);
  }

  @Property
  void factoriesGiveUnitQuaternions(@ForAll @DoubleRange(min = -720, max = 720) double x,
      @ForAll @DoubleRange(min = -720, max = 720) double y, @ForAll @DoubleRange(min = -720, max = 720) double z) {
    Quaternion q = Quaternion.ofEulerDegrees(x, y, z);
    assertEquals(1, Math.sqrt(q.x() * q.x() + q.y() * q.y() + q.z() * q.z() + q.w() * q.w()), 1e-12);
  }

  @Provide
  Arbitrary<Quaternion> rotations() {
    Arbitrary<Double> c = Arbitraries.doubles().between(-1, 1);
    return Combinators.combine(c, c, c, c).as((x, y, z, w) -> new double[] {x, y, z, w})
        .filter(q -> norm(q) > 1e-3)
        .map(q -> {
          double n = norm(q);
          return new Quaternion(q[0] / n, q[1] / n, q[2] / n, q[3] / n);
        });
  }

  @Provide
  Arbitrary<Vec3> vectors() {
    Arbitrary<Double> c = Arbitraries.doubles().between(-10, 10);
    return Combinators.combine(c, c, c).as(Vec3::new);
  }

  private static double norm(double[] q) {
    return Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
  }

  private static double length(Vec3 v) {
    return Math.sqrt(v.x() * v.x() + v.y() * v.y() + v.z() * v.z());
  }

  private static void assertInRange(double value, double min, double max) {
    if (value < min || value > max || value == -180) {
      throw new AssertionError(value + " is outside [" + min + ", " + max + "] (or is -180)");
    }
  }
}
