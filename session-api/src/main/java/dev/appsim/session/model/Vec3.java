package dev.appsim.session.model;

/**
 * A 3D vector in metres (positions, fixation points) or a unitless triple (scale); wire form
 * {@code [x, y, z]}. Components must be finite.
 *
 * @param x the x component (metres for positions)
 * @param y the y component, +Y up
 * @param z the z component, -Z forward
 */
public record Vec3(double x, double y, double z) {
  /** The origin, also the default position. */
  public static final Vec3 ZERO = new Vec3(0, 0, 0);
  /** All ones, the default scale. */
  public static final Vec3 ONE = new Vec3(1, 1, 1);

  /**
   * Checks that every component is finite.
   *
   * @param x the x component
   * @param y the y component
   * @param z the z component
   * @throws SessionValidationException if a component is NaN or infinite
   */
  public Vec3 {
    Checks checks = new Checks();
    checks.finite("/0", x);
    checks.finite("/1", y);
    checks.finite("/2", z);
    checks.throwIfAny();
  }

  /**
   * Component {@code i} (0, 1 or 2).
   *
   * @param i the index, 0 to 2
   * @return the component
   * @throws IndexOutOfBoundsException if {@code i} is not 0, 1 or 2
   */
  public double get(int i) {
    return switch (i) {
      case 0 -> x;
      case 1 -> y;
      case 2 -> z;
      default -> throw new IndexOutOfBoundsException("Vec3 index " + i + " is not 0, 1 or 2");
    };
  }
}
