package dev.appsim.session.model;

import org.jspecify.annotations.Nullable;

/**
 * Collects violations so that a constructor can report every broken rule at once instead of
 * stopping at the first; at most {@link ViolationCollector#DEFAULT_LIMIT} are listed, the rest
 * counted, so that a huge invalid scene costs bounded memory.
 */
final class Checks {
  private final ViolationCollector violations = new ViolationCollector();

  void add(String pointer, String message) {
    violations.add(pointer, message);
  }

  void finite(String pointer, double value) {
    if (!Double.isFinite(value)) {
      add(pointer, "must be a finite number, was " + value);
    }
  }

  void inRange(String pointer, double value, double min, double max) {
    if (!Double.isFinite(value)) {
      finite(pointer, value);
    } else if (value < min || value > max) {
      add(pointer, value + " is outside [" + Numbers.format(min) + ", " + Numbers.format(max) + "]");
    }
  }

  void atLeast(String pointer, double value, double min) {
    if (!Double.isFinite(value)) {
      finite(pointer, value);
    } else if (value < min) {
      add(pointer, value + " must be >= " + Numbers.format(min));
    }
  }

  void positive(String pointer, double value) {
    if (!Double.isFinite(value)) {
      finite(pointer, value);
    } else if (value <= 0) {
      add(pointer, value + " must be > 0");
    }
  }

  // RFC 3339 has four-digit years only; Instant.toString writes "+10000-..." beyond 9999.
  private static final java.time.Instant FIRST_INSTANT = java.time.Instant.parse("0000-01-01T00:00:00Z");
  private static final java.time.Instant LAST_INSTANT = java.time.Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** An optional instant that the wire form (RFC 3339, years 0000 to 9999) can hold. */
  void rfc3339(String pointer, java.time.@Nullable Instant value) {
    if (value != null && (value.isBefore(FIRST_INSTANT) || value.isAfter(LAST_INSTANT))) {
      add(pointer, value + " is outside the years 0000 to 9999 that RFC 3339 can write");
    }
  }

  void unitInterval(String pointer, @Nullable Double value) {
    if (value != null) {
      inRange(pointer, value, 0, 1);
    }
  }

  /** Runs a nested constructor, collecting its violations moved under {@code prefix}. */
  <T> @Nullable T nested(String prefix, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (SessionValidationException e) {
      violations.addAll(e, prefix);
      return null;
    }
  }

  /**
   * Refuses extension members named like a member the format defines for the same object: the
   * writer would emit the name twice, or a reader would take the value for the known member.
   */
  static void onlyUnknown(Extensions extensions, String... known) {
    if (extensions.isEmpty()) {
      return;
    }
    Checks checks = new Checks();
    java.util.List<String> names = java.util.List.of(known);
    for (String name : extensions.asMap().keySet()) {
      if (names.contains(name)) {
        checks.add("/" + JsonPointers.escape(name), "\"" + name
            + "\" is a member the format defines, so it cannot be an extension; set it through the model");
      }
    }
    checks.throwIfAny();
  }

  boolean isEmpty() {
    return violations.isEmpty();
  }

  void throwIfAny() {
    violations.throwIfAny();
  }
}
