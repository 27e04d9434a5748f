package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/** Touch position on the controller's touchpad, x and y in [-1, 1], and the press force in [0, 1]. */
public record Touchpad(double x, double y, double force, Extensions extensions) {
  /** Not touched. */
  public static final Touchpad RELEASED = new Touchpad(0, 0, 0, Extensions.EMPTY);

  public Touchpad {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "x", "y", "force");
    Checks checks = new Checks();
    checks.inRange("/x", x, -1, 1);
    checks.inRange("/y", y, -1, 1);
    checks.inRange("/force", force, 0, 1);
    checks.throwIfAny();
  }

  public Touchpad(double x, double y, double force) {
    this(x, y, force, Extensions.EMPTY);
  }

  /** @throws SessionValidationException if x is outside [-1, 1] */
  public Touchpad withX(double newX) {
    return new Touchpad(newX, y, force, extensions);
  }

  /** @throws SessionValidationException if y is outside [-1, 1] */
  public Touchpad withY(double newY) {
    return new Touchpad(x, newY, force, extensions);
  }

  /** @throws SessionValidationException if the force is outside [0, 1] */
  public Touchpad withForce(double newForce) {
    return new Touchpad(x, y, newForce, extensions);
  }

  public Touchpad withExtensions(Extensions newExtensions) {
    return new Touchpad(x, y, force, newExtensions);
  }
}
