package dev.appsim.session.view.internal;

import dev.appsim.session.model.FloatArray;

/**
 * The 2D footprint of a mesh block in a view: the convex hull of its vertices' extremes in
 * {@value #DIRECTIONS} evenly spaced directions. One streaming pass over the float array, no
 * boxing and constant memory, so a 10-million-vertex block costs a fixed-size polygon; the hull
 * is exact up to {@code 1/DIRECTIONS} of a turn (it can only cut corners, never add area).
 */
final class Footprint {
  /** Directions sampled; the footprint has at most this many corners. */
  public static final int DIRECTIONS = 24;

  private static final double[] COS = new double[DIRECTIONS];
  private static final double[] SIN = new double[DIRECTIONS];

  static {
    for (int i = 0; i < DIRECTIONS; i++) {
      COS[i] = Math.cos(2 * Math.PI * i / DIRECTIONS);
      SIN[i] = Math.sin(2 * Math.PI * i / DIRECTIONS);
    }
  }

  private Footprint() {}

  /**
   * The footprint of the x,y,z triples in {@code vertices} as u,v pairs (see {@link Hull2#of});
   * empty for no vertices.
   */
  public static double[] of(FloatArray vertices, Projection projection) {
    int count = vertices.size() / 3;
    if (count == 0) {
      return new double[0];
    }
    double[] best = new double[DIRECTIONS];
    double[] bestUv = new double[2 * DIRECTIONS];
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < count; i++) {
      double x = vertices.get(3 * i);
      double y = vertices.get(3 * i + 1);
      double z = vertices.get(3 * i + 2);
      double u = projection.u(x, y, z);
      double v = projection.v(x, y, z);
      for (int d = 0; d < DIRECTIONS; d++) {
        // float32 inputs times unit factors stay finite in double: no overflow here.
        double dot = u * COS[d] + v * SIN[d];
        if (dot > best[d]) {
          best[d] = dot;
          bestUv[2 * d] = u;
          bestUv[2 * d + 1] = v;
        }
      }
    }
    return Hull2.of(bestUv, DIRECTIONS);
  }
}
