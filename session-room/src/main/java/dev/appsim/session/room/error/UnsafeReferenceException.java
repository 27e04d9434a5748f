package dev.appsim.session.room.error;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.Violation;
import java.util.List;

/**
 * A room whose session (or a packaged asset) holds references that break FORMAT.md 1.3, "inside
 * a room, nothing points outside it": an absolute, UNC, {@code ~}, variable or URI path, a
 * {@code ..} segment, a backslash, or a path that names no entry and is not a recorded missing
 * reference. {@link #location()} is the entry holding them; {@link #violations()} lists them with
 * their JSON Pointers (or {@code line N}) inside that entry.
 */
public class UnsafeReferenceException extends UnsafeArchiveException {
  private static final long serialVersionUID = 1L;

  /** The violations kept, in document order; see {@link #violations()}. */
  private final List<Violation> violations;
  /** How many violations were found in all; see {@link #violationCount()}. */
  private final int violationCount;

  /**
   * @param entry the entry holding the references
   * @param violations the first violations found, at least one
   * @param violationCount how many were found in all, at least {@code violations.size()}
   * @throws IllegalArgumentException if {@code violations} is empty or {@code violationCount} is
   *     smaller than its size
   */
  public UnsafeReferenceException(String entry, List<Violation> violations, int violationCount) {
    super(entry, message(entry, violations, violationCount));
    this.violations = List.copyOf(violations);
    this.violationCount = violationCount;
  }

  private static String message(String entry, List<Violation> violations, int count) {
    requireNonNull(violations, "violations is null");
    if (violations.isEmpty() || count < violations.size()) {
      throw new IllegalArgumentException("violations (" + violations.size() + ") must be non-empty and at most"
          + " violationCount (" + count + ")");
    }
    Violation first = violations.get(0);
    return entry + " " + first.pointer() + ": " + first.message()
        + (count > 1 ? " (and " + (count - 1) + " more " + (count == 2 ? "path" : "paths") + " not allowed in a room)" : "");
  }

  /** {@return the violations kept: the first 1,000 found, in document order} */
  public List<Violation> violations() {
    return violations;
  }

  /** {@return how many violations were found in all} */
  public int violationCount() {
    return violationCount;
  }
}
