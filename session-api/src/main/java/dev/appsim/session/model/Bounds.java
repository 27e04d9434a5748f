package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/**
 * An axis-aligned box in metres; {@code min <= max} on every axis.
 *
 * @param min the corner with the smallest coordinates
 * @param max the corner with the largest coordinates
 * @param extensions members the format does not define, kept for round trips
 */
public record Bounds(Vec3 min, Vec3 max, Extensions extensions) {
  /**
   * Checks that {@code min <= max} on every axis.
   *
   * @param min the corner with the smallest coordinates
   * @param max the corner with the largest coordinates
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if an argument is null
   * @throws SessionValidationException if {@code min} exceeds {@code max} on an axis, or an extension is
   *     named {@code min} or {@code max}
   */
  public Bounds {
    requireNonNull(min, "min is null");
    requireNonNull(max, "max is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "min", "max");
    Checks checks = new Checks();
    for (int i = 0; i < 3; i++) {
      if (min.get(i) > max.get(i)) {
        checks.add("/min/" + i, "min " + min.get(i) + " is greater than max " + max.get(i));
      }
    }
    checks.throwIfAny();
  }

  /**
   * A box without extensions.
   *
   * @param min the corner with the smallest coordinates
   * @param max the corner with the largest coordinates
   * @throws NullPointerException if an argument is null
   * @throws SessionValidationException if {@code min} exceeds {@code max} on an axis
   */
  public Bounds(Vec3 min, Vec3 max) {
    this(min, max, Extensions.EMPTY);
  }
}
