package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/** An axis-aligned box in metres; {@code min <= max} on every axis. */
public record Bounds(Vec3 min, Vec3 max, Extensions extensions) {
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

  public Bounds(Vec3 min, Vec3 max) {
    this(min, max, Extensions.EMPTY);
  }
}
