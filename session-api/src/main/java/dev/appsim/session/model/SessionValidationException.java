package dev.appsim.session.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A value or document breaks one or more rules of the session format. Carries <em>every</em>
 * violation found, each with its JSON Pointer, so a user can fix them all in one pass.
 */
public final class SessionValidationException extends SessionException {
  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  /** @param violations at least one violation */
  public SessionValidationException(List<Violation> violations) {
    super(firstPointer(violations), describe(violations), null);
    this.violations = List.copyOf(violations);
  }

  /** Every violation, in the order found. Never empty. */
  public List<Violation> violations() {
    return violations;
  }

  /** The same violations with their pointers moved under {@code prefix}. */
  public SessionValidationException under(String prefix) {
    return new SessionValidationException(violations.stream().map(v -> v.under(prefix)).toList());
  }

  private static String firstPointer(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations is empty");
    }
    return violations.get(0).pointer();
  }

  private static String describe(List<Violation> violations) {
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    return violations.size() + " violations:\n  "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
  }
}
