package dev.appsim.session.view.internal;

import java.util.Arrays;

/** The convex hull of a few 2D points (Andrew's monotone chain), for footprints and light cones. */
final class Hull2 {
  private Hull2() {}

  /**
   * The hull of {@code count} points stored as u,v pairs in {@code uv}, counter-clockwise in a
   * y-up frame (clockwise on screen), as u,v pairs; collinear and repeated points are dropped, so
   * the result may have 1 or 2 points for degenerate input. Non-finite points are ignored.
   */
  public static double[] of(double[] uv, int count) {
    double[][] pts = new double[count][];
    int n = 0;
    for (int i = 0; i < count; i++) {
      double u = uv[2 * i];
      double v = uv[2 * i + 1];
      if (Double.isFinite(u) && Double.isFinite(v)) {
        pts[n++] = new double[] {u, v};
      }
    }
    pts = Arrays.copyOf(pts, n);
    Arrays.sort(pts, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    if (n < 3) {
      return flattenDistinct(pts);
    }
    double[][] hull = new double[2 * n][];
    int k = 0;
    for (int i = 0; i < n; i++) {
      while (k >= 2 && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) {
        k--;
      }
      hull[k++] = pts[i];
    }
    for (int i = n - 2, lower = k + 1; i >= 0; i--) {
      while (k >= lower && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) {
        k--;
      }
      hull[k++] = pts[i];
    }
    return flattenDistinct(Arrays.copyOf(hull, Math.max(1, k - 1)));
  }

  // Computed on halved coordinates so that extreme but finite points do not overflow to NaN.
  private static double cross(double[] o, double[] a, double[] b) {
    double ax = a[0] / 2 - o[0] / 2;
    double ay = a[1] / 2 - o[1] / 2;
    double bx = b[0] / 2 - o[0] / 2;
    double by = b[1] / 2 - o[1] / 2;
    return ax * by - ay * bx;
  }

  private static double[] flattenDistinct(double[][] pts) {
    double[] out = new double[pts.length * 2];
    int n = 0;
    for (double[] p : pts) {
      if (n == 0 || out[n - 2] != p[0] || out[n - 1] != p[1]) {
        out[n++] = p[0];
        out[n++] = p[1];
      }
    }
    return Arrays.copyOf(out, n);
  }
}
