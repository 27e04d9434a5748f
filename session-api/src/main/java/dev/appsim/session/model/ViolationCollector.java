package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the violations of a document up to a limit and counts the rest, so that a report
 * costs bounded memory however many rules the input breaks: a hostile file can make one
 * violation from every two bytes.
 *
 * <pre>{@code
 * ViolationCollector found = new ViolationCollector(100);
 * for (...) {
 *   if (broken) {
 *     found.add("/scene/nodes/" + i + "/parent", "unknown node \"" + parent + "\"");
 *   }
 * }
 * found.throwIfAny();   // SessionValidationException: the first 100, then "... and 2,345 more"
 * }</pre>
 *
 * <p>Not thread-safe: one collector per document being checked.
 */
public final class ViolationCollector {
  /**
   * How many violations the model's own validation lists, and the default of the readers'
   * {@code ReadLimits.maxViolations}; further ones are only counted.
   */
  public static final int DEFAULT_LIMIT = 1_000;

  private final int limit;
  private final List<Violation> listed = new ArrayList<>();
  private long omitted;

  /** A collector listing at most {@link #DEFAULT_LIMIT} violations. */
  public ViolationCollector() {
    this(DEFAULT_LIMIT);
  }

  /**
   * @param limit the most violations to keep; later ones are counted only
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public ViolationCollector(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit (" + limit + ") must be positive");
    }
    this.limit = limit;
  }

  /**
   * Records {@code violation}, or only counts it once the limit is reached.
   *
   * @param violation the violation; not null
   * @throws NullPointerException if {@code violation} is null
   */
  public void add(Violation violation) {
    requireNonNull(violation, "violation is null");
    if (listed.size() < limit) {
      listed.add(violation);
    } else {
      omitted++;
    }
  }

  /**
   * Records a violation at {@code pointer}.
   *
   * @param pointer JSON Pointer of the offending value
   * @param message what is wrong
   */
  public void add(String pointer, String message) {
    if (isFull()) {
      omitted++;
    } else {
      add(new Violation(pointer, message));
    }
  }

  /**
   * Records every violation of {@code e}, moved under {@code prefix}, and counts those it omitted.
   *
   * @param e the exception whose violations to take
   * @param prefix JSON Pointer to prepend to each violation's pointer
   * @throws NullPointerException if {@code prefix} is null
   */
  public void addAll(SessionValidationException e, String prefix) {
    requireNonNull(prefix, "prefix is null");
    for (Violation v : e.violations()) {
      if (isFull()) {
        omitted++;
      } else {
        listed.add(v.under(prefix));
      }
    }
    omitted += e.omitted();
  }

  /**
   * Whether further violations are only counted; a caller may then skip composing a costly
   * message and call {@link #count(long)} instead.
   *
   * @return whether {@link #limit()} violations are already listed
   */
  public boolean isFull() {
    return listed.size() >= limit;
  }

  /**
   * Counts {@code n} more violations without listing them.
   *
   * @param n how many, 0 or more
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public void count(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n (" + n + ") must not be negative");
    }
    omitted += n;
  }

  /**
   * Every violation seen, listed or not.
   *
   * @return listed plus omitted violations
   */
  public long total() {
    return listed.size() + omitted;
  }

  /** {@return whether no violation was added or counted} */
  public boolean isEmpty() {
    return total() == 0;
  }

  /**
   * The violations kept, in the order found; unmodifiable.
   *
   * @return the listed violations, at most {@link #limit()}
   */
  public List<Violation> listed() {
    return Collections.unmodifiableList(listed);
  }

  /**
   * How many violations were counted but not kept.
   *
   * @return the count of violations past the limit
   */
  public long omitted() {
    return omitted;
  }

  /**
   * The most violations kept.
   *
   * @return the limit given at construction, positive
   */
  public int limit() {
    return limit;
  }

  /**
   * The report of everything collected.
   *
   * @return an exception listing {@link #listed()} and counting {@link #omitted()}
   * @throws IllegalStateException if nothing was collected
   */
  public SessionValidationException toException() {
    if (isEmpty()) {
      throw new IllegalStateException("no violations were collected");
    }
    return new SessionValidationException(listed, omitted);
  }

  /** Throws {@link #toException()} if anything was collected. */
  public void throwIfAny() {
    if (!isEmpty()) {
      throw toException();
    }
  }
}
