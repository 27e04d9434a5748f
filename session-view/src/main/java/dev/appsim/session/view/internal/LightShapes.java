package dev.appsim.session.view.internal;

/**
 * The outline of a spot light's cone in a view: the convex hull of the apex and of points on the
 * spherical cap where the cone meets the sphere of the light's range, projected. Works for any
 * direction, including straight at the viewer (the cone then projects to a disc).
 */
final class LightShapes {
  private static final int AROUND = 24;
  private static final double[] RINGS = {0.5, 1};

  private LightShapes() {}

  /**
   * The cone's outline as u,v pairs.
   *
   * @param apex the light's world position
   * @param forward the unit direction it shines in
   * @param range how far it reaches, in metres (callers clamp it to what the picture can show)
   * @param halfAngleDeg the cone's half-angle from its axis, in (0, 90]
   */
  public static double[] cone(double[] apex, double[] forward, double range, double halfAngleDeg, Projection p) {
    double[] a = Vectors.perpendicular(forward);
    double[] b = Vectors.cross(forward, a);
    double half = Math.toRadians(halfAngleDeg);
    double[] uv = new double[2 * (2 + RINGS.length * AROUND)];
    int n = 0;
    n = put(uv, n, p, apex);
    n = put(uv, n, p, along(apex, forward, range));
    for (double ring : RINGS) {
      double alpha = half * ring;
      double axial = range * Math.cos(alpha);
      double radial = range * Math.sin(alpha);
      for (int i = 0; i < AROUND; i++) {
        double phi = 2 * Math.PI * i / AROUND;
        double ca = radial * Math.cos(phi);
        double sb = radial * Math.sin(phi);
        double[] q = {
            apex[0] + axial * forward[0] + ca * a[0] + sb * b[0],
            apex[1] + axial * forward[1] + ca * a[1] + sb * b[1],
            apex[2] + axial * forward[2] + ca * a[2] + sb * b[2]};
        n = put(uv, n, p, q);
      }
    }
    return Hull2.of(uv, n / 2);
  }

  private static double[] along(double[] from, double[] d, double length) {
    return new double[] {from[0] + d[0] * length, from[1] + d[1] * length, from[2] + d[2] * length};
  }

  private static int put(double[] uv, int n, Projection p, double[] point) {
    double[] q = p.project(point);
    uv[n] = q[0];
    uv[n + 1] = q[1];
    return n + 2;
  }
}
