package dev.appsim.session.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A value or document breaks one or more rules of the session format. Lists the violations
 * found, each with its JSON Pointer, so a user can fix them in one pass; beyond a limit (see
 * {@link ViolationCollector}) further violations are only counted, and the message ends with
 * {@code "... and 123,456 more"}.
 */
public final class SessionValidationException extends SessionException {
  private static final long serialVersionUID = 1L;

  /** The violations listed, in the order found; unmodifiable, never empty. */
  private final List<Violation> violations;
  /** How many further violations were found but not listed; not negative. */
  private final long omitted;

  /**
   * A report listing every violation found.
   *
   * @param violations at least one violation; copied
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public SessionValidationException(List<Violation> violations) {
    this(violations, 0);
  }

  /**
   * @param violations the violations listed, at least one
   * @param omitted how many more were found but not listed
   * @throws IllegalArgumentException if {@code violations} is empty or {@code omitted} is negative
   */
  public SessionValidationException(List<Violation> violations, long omitted) {
    super(firstPointer(violations, omitted), describe(violations, omitted), null);
    this.violations = List.copyOf(violations);
    this.omitted = omitted;
  }

  /**
   * The violations listed, in the order found. Never empty.
   *
   * @return the listed violations; unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * How many violations were found beyond those listed in {@link #violations()}.
   *
   * @return the count of unlisted violations, 0 or more
   */
  public long omitted() {
    return omitted;
  }

  /**
   * Every violation found: those listed plus those omitted.
   *
   * @return {@code violations().size() + omitted()}
   */
  public long total() {
    return violations.size() + omitted;
  }

  /**
   * The same violations with their pointers moved under {@code prefix}.
   *
   * @param prefix a JSON Pointer to prepend to each violation's pointer, e.g. {@code /scene/nodes/2}
   * @return a new exception with the moved violations and the same omitted count
   */
  public SessionValidationException under(String prefix) {
    return new SessionValidationException(violations.stream().map(v -> v.under(prefix)).toList(), omitted);
  }

  private static String firstPointer(List<Violation> violations, long omitted) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations is empty");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted (" + omitted + ") must not be negative");
    }
    return violations.get(0).pointer();
  }

  private static String describe(List<Violation> violations, long omitted) {
    if (violations.size() == 1 && omitted == 0) {
      return violations.get(0).toString();
    }
    String list = violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
    if (omitted == 0) {
      return violations.size() + " violations:\n  " + list;
    }
    return String.format(Locale.ROOT, "%,d violations, the first %,d listed:", violations.size() + omitted,
        violations.size()) + "\n  " + list + String.format(Locale.ROOT, "\n  ... and %,d more", omitted);
  }
}
