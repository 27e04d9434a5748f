package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Test helper: runs a constructor that must fail and returns its violations as "pointer: message" lines. */
final class Violations {
  private Violations() {}

  static List<String> of(Executable construction) {
    SessionValidationException e = assertThrows(SessionValidationException.class, construction);
    return e.violations().stream().map(Violation::toString).toList();
  }
}
