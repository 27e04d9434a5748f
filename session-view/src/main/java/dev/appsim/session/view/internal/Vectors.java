package dev.appsim.session.view.internal;

import org.jspecify.annotations.Nullable;

/** Small vector helpers on {x, y, z} arrays that stay finite for the model's extreme values. */
public final class Vectors {
  private Vectors() {}

  /**
   * (x, y, z) scaled to unit length, or null if it is zero or not finite. Scales by the largest
   * component first so that {@code Float.MAX_VALUE} components do not overflow and subnormal ones
   * do not underflow to zero.
   */
  public static double @Nullable [] normalisedOrNull(double x, double y, double z) {
    double big = Math.max(Math.abs(x), Math.max(Math.abs(y), Math.abs(z)));
    if (!(big > 0) || !Double.isFinite(big)) {
      return null;
    }
    double sx = x / big;
    double sy = y / big;
    double sz = z / big;
    double length = Math.sqrt(sx * sx + sy * sy + sz * sz);
    return new double[] {sx / length, sy / length, sz / length};
  }

  /** Any unit vector perpendicular to the unit vector {@code d}. */
  public static double[] perpendicular(double[] d) {
    // Cross with the axis least aligned with d, so the result never degenerates.
    double ax = Math.abs(d[0]);
    double ay = Math.abs(d[1]);
    double az = Math.abs(d[2]);
    double[] axis = ax <= ay && ax <= az ? new double[] {1, 0, 0} : ay <= az ? new double[] {0, 1, 0} : new double[] {0, 0, 1};
    double[] c = cross(d, axis);
    double[] n = normalisedOrNull(c[0], c[1], c[2]);
    return n == null ? new double[] {1, 0, 0} : n;
  }

  public static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  /** {@code true} if all three components are finite. */
  public static boolean isFinite(double[] v) {
    return Double.isFinite(v[0]) && Double.isFinite(v[1]) && Double.isFinite(v[2]);
  }
}
