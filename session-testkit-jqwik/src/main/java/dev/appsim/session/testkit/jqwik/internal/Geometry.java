package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec2;
import dev.appsim.session.model.Vec3;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Numbers, vectors, rotations and poses; plain values shrink toward 0 and the identity. */
public final class Geometry {
  private static final double HALF_SQRT2 = 0.7071067811865476;

  private Geometry() {}

  /** Finite doubles: metres with three decimals, or in nasty mode the extremes and {@code -0.0}. */
  public static Arbitrary<Double> coordinates(boolean nasty) {
    Arbitrary<Double> plain = Arbitraries.doubles().between(-100, 100).ofScale(3);
    if (!nasty) {
      return plain;
    }
    Arbitrary<Double> extreme = Arbitraries.of(-0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, -1e300, 0.1, 1.0 / 3, 9007199254740993.0);
    return Arbitraries.frequencyOf(
        Tuple.of(3, plain),
        Tuple.of(2, extreme),
        Tuple.of(1, Arbitraries.doubles().between(-Double.MAX_VALUE, Double.MAX_VALUE)));
  }

  /** Non-negative finite doubles such as intensities; nasty adds 0 and {@code Double.MAX_VALUE}. */
  public static Arbitrary<Double> nonNegative(boolean nasty) {
    return coordinates(nasty).map(Math::abs);
  }

  /** Strictly positive finite doubles such as ranges and plane extents. */
  public static Arbitrary<Double> positive(boolean nasty) {
    return nonNegative(nasty).map(d -> d == 0 ? (nasty ? Double.MIN_VALUE : 1.0) : d);
  }

  /** Values in [0, 1] such as confidences, two decimals. */
  public static Arbitrary<Double> unitInterval(boolean nasty) {
    Arbitrary<Double> plain = Arbitraries.doubles().between(0, 1).ofScale(2);
    return nasty ? Arbitraries.oneOf(plain, Arbitraries.of(0.0, 1.0, Double.MIN_VALUE, Math.nextDown(1.0))) : plain;
  }

  /** Values in [min, max] with two decimals; nasty adds the bounds. */
  public static Arbitrary<Double> between(double min, double max, boolean nasty) {
    Arbitrary<Double> plain = Arbitraries.doubles().between(min, max).ofScale(2);
    return nasty ? Arbitraries.oneOf(plain, Arbitraries.of(min, max)) : plain;
  }

  public static Arbitrary<Vec3> vec3(boolean nasty) {
    Arbitrary<Double> c = coordinates(nasty);
    return Combinators.combine(c, c, c).as(Vec3::new);
  }

  public static Arbitrary<Vec2> vec2(boolean nasty) {
    Arbitrary<Double> c = coordinates(nasty);
    return Combinators.combine(c, c).as(Vec2::new);
  }

  /** Non-zero per-axis scales; shrinks toward (1, 1, 1). */
  public static Arbitrary<Vec3> scales(boolean nasty) {
    Arbitrary<Double> plain = Arbitraries.doubles().between(0.01, 10).ofScale(2);
    Arbitrary<Double> axis = nasty
        ? Arbitraries.oneOf(plain, plain.map(d -> -d), Arbitraries.of(Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300))
        : Arbitraries.oneOf(Arbitraries.just(1.0), plain);
    return Combinators.combine(axis, axis, axis).as(Vec3::new);
  }

  /**
   * Unit quaternions: the identity, quarter turns about an axis, or a normalised random 4-vector;
   * nasty adds {@code -0.0} components and the double cover {@code (0, 0, 0, -1)}.
   */
  public static Arbitrary<Quaternion> rotations(boolean nasty) {
    Arbitrary<Quaternion> simple = Arbitraries.of(
        Quaternion.IDENTITY,
        new Quaternion(0, HALF_SQRT2, 0, HALF_SQRT2),
        new Quaternion(HALF_SQRT2, 0, 0, HALF_SQRT2),
        new Quaternion(0, 0, HALF_SQRT2, HALF_SQRT2),
        new Quaternion(0, 1, 0, 0));
    Arbitrary<Double> c = Arbitraries.doubles().between(-1, 1).ofScale(4);
    Arbitrary<Quaternion> random = Combinators.combine(c, c, c, c).as(Geometry::normalised);
    if (!nasty) {
      return Arbitraries.oneOf(simple, random);
    }
    Arbitrary<Quaternion> odd = Arbitraries.of(new Quaternion(-0.0, -0.0, -0.0, 1), new Quaternion(0, 0, 0, -1),
        new Quaternion(0.5, -0.5, 0.5, -0.5), new Quaternion(1e-300, 0, 0, 1));
    return Arbitraries.oneOf(simple, random, odd);
  }

  private static Quaternion normalised(double x, double y, double z, double w) {
    double norm = Math.sqrt(x * x + y * y + z * z + w * w);
    if (norm < 1e-3) {
      return Quaternion.IDENTITY;
    }
    return new Quaternion(x / norm, y / norm, z / norm, w / norm);
  }

  /** Transforms; half of them the identity so that small cases stay readable. */
  public static Arbitrary<Transform> transforms(boolean nasty, Arbitrary<Extensions> extensions) {
    Arbitrary<Transform> any = Combinators.combine(vec3(nasty), rotations(nasty), scales(nasty), extensions)
        .as(Transform::new);
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Transform.IDENTITY)),
        Tuple.of(2, any));
  }

  public static Arbitrary<Pose> poses(boolean nasty, Arbitrary<Extensions> extensions) {
    return Combinators.combine(vec3(nasty), rotations(nasty), extensions).as(Pose::new);
  }

  /** Linear RGB, each component >= 0. */
  public static Arbitrary<Rgb> colors(boolean nasty) {
    Arbitrary<Double> c = nasty ? nonNegative(true) : Arbitraries.doubles().between(0, 1).ofScale(2);
    return Combinators.combine(c, c, c).as(Rgb::new);
  }

  /** Boxes with {@code min <= max} on every axis. */
  public static Arbitrary<Bounds> bounds(boolean nasty, Arbitrary<Extensions> extensions) {
    return Combinators.combine(vec3(nasty), vec3(nasty), extensions).as((a, b, ext) -> new Bounds(
        new Vec3(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.min(a.z(), b.z())),
        new Vec3(Math.max(a.x(), b.x()), Math.max(a.y(), b.y()), Math.max(a.z(), b.z())), ext));
  }
}
