package dev.appsim.session.model;

/**
 * A 2D point in a plane's own frame, in metres; wire form {@code [x, y]}. Finite components.
 *
 * @param x the first coordinate, in metres
 * @param y the second coordinate, in metres
 */
public record Vec2(double x, double y) {
  /**
   * Checks that both components are finite.
   *
   * @param x the first coordinate, in metres
   * @param y the second coordinate, in metres
   * @throws SessionValidationException if a component is NaN or infinite
   */
  public Vec2 {
    Checks checks = new Checks();
    checks.finite("/0", x);
    checks.finite("/1", y);
    checks.throwIfAny();
  }
}
