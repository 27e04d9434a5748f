package dev.appsim.session.view.internal;

import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec3;
import org.jspecify.annotations.Nullable;

/**
 * A 3x4 affine map in double precision: a linear part (rows {@code m[0..2]}, {@code m[4..6]},
 * {@code m[8..10]}) and a translation ({@code m[3]}, {@code m[7]}, {@code m[11]}). Composing
 * parent and child transforms this way keeps the shear that a rotated child of a non-uniformly
 * scaled parent gets, as glTF viewers do.
 */
final class Affine {
  /** The identity map. */
  public static final Affine IDENTITY = new Affine(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0});

  private final double[] m;

  private Affine(double[] m) {
    this.m = m;
  }

  /** Translation, then rotation, then scale applied to a point: {@code T * R * S}. */
  public static Affine of(Transform t) {
    return trs(t.position(), t.rotation(), t.scale());
  }

  /** A pose as a map from its local frame to the world (no scale). */
  public static Affine of(Pose pose) {
    return trs(pose.position(), pose.rotation(), new Vec3(1, 1, 1));
  }

  private static Affine trs(Vec3 p, Quaternion q, Vec3 s) {
    double[] r = rotation(q);
    return new Affine(new double[] {
        r[0] * s.x(), r[1] * s.y(), r[2] * s.z(), p.x(),
        r[3] * s.x(), r[4] * s.y(), r[5] * s.z(), p.y(),
        r[6] * s.x(), r[7] * s.y(), r[8] * s.z(), p.z()});
  }

  /**
   * The row-major rotation matrix of {@code q} after normalising it: sessions allow a norm off by
   * up to 1e-3, which would otherwise scale everything by as much.
   */
  static double[] rotation(Quaternion q) {
    double[] n = normalised(q);
    double x = n[0];
    double y = n[1];
    double z = n[2];
    double w = n[3];
    return new double[] {
        1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),
        2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),
        2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)};
  }

  /** {@code q} scaled to unit norm, as {x, y, z, w}; the model guarantees a norm near 1. */
  public static double[] normalised(Quaternion q) {
    double norm = Math.sqrt(q.x() * q.x() + q.y() * q.y() + q.z() * q.z() + q.w() * q.w());
    return new double[] {q.x() / norm, q.y() / norm, q.z() / norm, q.w() / norm};
  }

  /** {@code this * child}: first {@code child}, then this. */
  public Affine then(Affine child) {
    double[] a = m;
    double[] b = child.m;
    double[] c = new double[12];
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 4; col++) {
        double v = a[row * 4] * b[col] + a[row * 4 + 1] * b[4 + col] + a[row * 4 + 2] * b[8 + col];
        c[row * 4 + col] = col == 3 ? v + a[row * 4 + 3] : v;
      }
    }
    return new Affine(c);
  }

  /** The image of the point (x, y, z) as {x, y, z}. */
  public double[] apply(double x, double y, double z) {
    return new double[] {
        m[0] * x + m[1] * y + m[2] * z + m[3],
        m[4] * x + m[5] * y + m[6] * z + m[7],
        m[8] * x + m[9] * y + m[10] * z + m[11]};
  }

  /** The image of the direction (x, y, z), without translation, as {x, y, z}. */
  public double[] direction(double x, double y, double z) {
    return new double[] {
        m[0] * x + m[1] * y + m[2] * z,
        m[4] * x + m[5] * y + m[6] * z,
        m[8] * x + m[9] * y + m[10] * z};
  }

  /** Where the local origin lands. */
  public double[] origin() {
    return new double[] {m[3], m[7], m[11]};
  }

  /**
   * The local -Z axis (where lights, cameras and heads look) in the world, normalised, or null when
   * the scale collapses it or the numbers overflow.
   */
  public double @Nullable [] forward() {
    double[] d = direction(0, 0, -1);
    return Vectors.normalisedOrNull(d[0], d[1], d[2]);
  }

  /** {@code true} if every entry is finite, so points map to finite points. */
  public boolean isFinite() {
    for (double v : m) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
