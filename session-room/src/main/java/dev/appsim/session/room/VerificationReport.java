package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.error.IntegrityException;
import dev.appsim.session.room.error.UnsafeArchiveException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of {@link Room#verify()}: what was checked and every problem found. A room is intact
 * when every check passed, and then {@link Room#session()} and {@link Room#unpack} accept it too.
 *
 * @param checks every check run (or skipped because an earlier one failed), in the order run
 * @param checked entries whose content was read and compared with the manifest
 * @param problems the problems found, in the order found: the first {@link #MAX_PROBLEMS}, and
 *     beyond them the first of each {@link Kind} not listed yet
 * @param problemCount every problem found, including those beyond {@link #MAX_PROBLEMS}
 */
public record VerificationReport(List<Check> checks, int checked, List<Problem> problems, int problemCount) {
  /**
   * Most problems a report lists (plus one of each kind beyond them); the rest are only counted,
   * so a hostile room cannot flood memory.
   */
  public static final int MAX_PROBLEMS = 1000;

  /**
   * Checks the components and copies the lists.
   *
   * @param checks every check run (or skipped because an earlier one failed), in the order run
   * @param checked entries whose content was read and compared with the manifest
   * @param problems the problems found, in the order found: the first {@link #MAX_PROBLEMS}, and
   *     beyond them the first of each {@link Kind} not listed yet
   * @param problemCount every problem found, including those beyond {@link #MAX_PROBLEMS}
   * @throws NullPointerException if {@code checks} or {@code problems} is {@code null}
   * @throws IllegalArgumentException if {@code problemCount} is less than {@code problems.size()}
   */
  public VerificationReport {
    checks = List.copyOf(requireNonNull(checks, "checks is null"));
    problems = List.copyOf(requireNonNull(problems, "problems is null"));
    if (problemCount < problems.size()) {
      throw new IllegalArgumentException("problemCount (" + problemCount + ") is less than the " + problems.size()
          + " problems listed");
    }
  }

  /** What kind of problem: decides the exception {@link #requireIntact()} throws and the CLI's exit status. */
  public enum Kind {
    /** Content or listing disagrees with the manifest: a damaged or altered file. */
    INTEGRITY,
    /** The room breaks a safety rule: a path that leaves the room or names nothing it may name. */
    UNSAFE,
    /**
     * The session or its geometry-cache sidecar cannot be read, or is not a valid document; or a
     * packaged glTF, GLB, OBJ or MTL asset cannot be read (malformed, or over the asset limits), so
     * its references cannot be checked.
     */
    INVALID
  }

  /**
   * One problem, naming the entry it was found in.
   *
   * @param entry the entry name, or {@code ""} for the archive as a whole
   * @param message what is wrong, one sentence
   * @param kind what kind of problem it is
   */
  public record Problem(String entry, String message, Kind kind) {
    /**
     * Checks the components.
     *
     * @param entry the entry name, or {@code ""} for the archive as a whole
     * @param message what is wrong, one sentence
     * @param kind what kind of problem it is
     * @throws NullPointerException if a component is {@code null}
     */
    public Problem {
      requireNonNull(entry, "entry is null");
      requireNonNull(message, "message is null");
      requireNonNull(kind, "kind is null");
    }

    /**
     * An {@link Kind#INTEGRITY} problem.
     *
     * @param entry the entry name, or {@code ""} for the archive as a whole
     * @param message what disagrees, one sentence
     */
    public Problem(String entry, String message) {
      this(entry, message, Kind.INTEGRITY);
    }

    @Override
    public String toString() {
      return entry + ": " + message;
    }
  }

  /** How a check ended. */
  public enum Outcome {
    /** Everything the check covers is as it should be. */
    PASSED,
    /** At least one problem was found; the report lists it. */
    FAILED,
    /** Not run, because what it checks could not be read (see the detail). */
    SKIPPED
  }

  /**
   * One check run on the room.
   *
   * @param name short stable name: {@code archive}, {@code listing}, {@code content}, {@code session},
   *     {@code paths}, {@code sidecar}, {@code references} (inside the packaged assets)
   * @param outcome whether it passed
   * @param detail what exactly was checked, or why it was skipped
   */
  public record Check(String name, Outcome outcome, String detail) {
    /**
     * Checks the components.
     *
     * @param name short stable name: {@code archive}, {@code listing}, {@code content}, {@code session},
     *     {@code paths}, {@code sidecar}, {@code references} (inside the packaged assets)
     * @param outcome whether it passed
     * @param detail what exactly was checked, or why it was skipped
     * @throws NullPointerException if a component is {@code null}
     */
    public Check {
      requireNonNull(name, "name is null");
      requireNonNull(outcome, "outcome is null");
      requireNonNull(detail, "detail is null");
    }
  }

  /** {@return whether no problem was found: every check passed or had nothing to check} */
  public boolean isIntact() {
    return problemCount == 0;
  }

  /**
   * {@return whether a problem of {@code kind} was found} Only the listed {@link #problems()} are
   * looked at, which keep at least one of each kind found.
   *
   * @param kind the kind to look for
   */
  public boolean has(Kind kind) {
    return problems.stream().anyMatch(p -> p.kind() == kind);
  }

  /**
   * Throws if any problem was found: {@link UnsafeArchiveException} when the room is unsafe or its
   * session or sidecar invalid, else {@link IntegrityException}; the message lists the problems.
   *
   * @throws UnsafeArchiveException if a problem is {@link Kind#UNSAFE} or {@link Kind#INVALID}
   * @throws IntegrityException if every problem is {@link Kind#INTEGRITY}
   */
  public void requireIntact() {
    if (isIntact()) {
      return;
    }
    Problem unsafe = problems.stream().filter(p -> p.kind() != Kind.INTEGRITY).findFirst().orElse(null);
    String message = problemCount + (unsafe == null ? " integrity" : "") + (problemCount == 1 ? " problem" : " problems")
        + ":\n  " + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  "))
        + (problemCount > problems.size() ? "\n  (" + (problemCount - problems.size()) + " more not listed)" : "");
    if (unsafe != null) {
      throw new UnsafeArchiveException(unsafe.entry(), message);
    }
    throw new IntegrityException(problems.get(0).entry(), message);
  }
}
