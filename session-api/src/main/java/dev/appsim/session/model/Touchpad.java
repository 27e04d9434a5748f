package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/**
 * Touch position on the controller's touchpad, x and y in [-1, 1], and the press force in [0, 1].
 *
 * @param x horizontal touch position in [-1, 1]
 * @param y vertical touch position in [-1, 1]
 * @param force press force in [0, 1], 0 for a light touch or none
 * @param extensions members the format does not define, kept for round trips
 */
public record Touchpad(double x, double y, double force, Extensions extensions) {
  /** Not touched. */
  public static final Touchpad RELEASED = new Touchpad(0, 0, 0, Extensions.EMPTY);

  /**
   * Checks the ranges and the extensions.
   *
   * @param x horizontal touch position in [-1, 1]
   * @param y vertical touch position in [-1, 1]
   * @param force press force in [0, 1]
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code extensions} is null
   * @throws SessionValidationException if a value is outside its range or not finite, or an
   *     extension is named {@code x}, {@code y} or {@code force}
   */
  public Touchpad {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "x", "y", "force");
    Checks checks = new Checks();
    checks.inRange("/x", x, -1, 1);
    checks.inRange("/y", y, -1, 1);
    checks.inRange("/force", force, 0, 1);
    checks.throwIfAny();
  }

  /**
   * A touchpad state without extensions.
   *
   * @param x horizontal touch position in [-1, 1]
   * @param y vertical touch position in [-1, 1]
   * @param force press force in [0, 1]
   * @throws SessionValidationException if a value is outside its range or not finite
   */
  public Touchpad(double x, double y, double force) {
    this(x, y, force, Extensions.EMPTY);
  }

  /**
   * {@return a copy touched at horizontal position {@code newX}}
   *
   * @param newX horizontal touch position in [-1, 1]
   * @throws SessionValidationException if x is outside [-1, 1] or not finite
   */
  public Touchpad withX(double newX) {
    return new Touchpad(newX, y, force, extensions);
  }

  /**
   * {@return a copy touched at vertical position {@code newY}}
   *
   * @param newY vertical touch position in [-1, 1]
   * @throws SessionValidationException if y is outside [-1, 1] or not finite
   */
  public Touchpad withY(double newY) {
    return new Touchpad(x, newY, force, extensions);
  }

  /**
   * {@return a copy pressed with {@code newForce}}
   *
   * @param newForce press force in [0, 1]
   * @throws SessionValidationException if the force is outside [0, 1] or not finite
   */
  public Touchpad withForce(double newForce) {
    return new Touchpad(x, y, newForce, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named {@code x}, {@code y} or {@code force}
   */
  public Touchpad withExtensions(Extensions newExtensions) {
    return new Touchpad(x, y, force, newExtensions);
  }
}
