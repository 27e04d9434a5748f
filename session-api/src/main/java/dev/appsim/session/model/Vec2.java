package dev.appsim.session.model;

/** A 2D point in a plane's own frame, in metres; wire form {@code [x, y]}. Finite components. */
public record Vec2(double x, double y) {
  public Vec2 {
    Checks checks = new Checks();
    checks.finite("/0", x);
    checks.finite("/1", y);
    checks.throwIfAny();
  }
}
