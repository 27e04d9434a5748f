package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of checking a room's entries against its manifest: sizes and SHA-256 of every
 * entry, entries the manifest does not list and listed entries the archive lacks.
 *
 * @param checked entries whose content was read and compared
 * @param problems every disagreement found, in entry order; empty when the room is intact
 */
public record VerificationReport(int checked, List<Problem> problems) {
  public VerificationReport {
    problems = List.copyOf(requireNonNull(problems, "problems is null"));
  }

  /** One disagreement, naming the entry. */
  public record Problem(String entry, String message) {
    public Problem {
      requireNonNull(entry, "entry is null");
      requireNonNull(message, "message is null");
    }

    @Override
    public String toString() {
      return entry + ": " + message;
    }
  }

  /** Whether no problem was found: every listed entry present, of its size and SHA-256, and nothing unlisted. */
  public boolean isIntact() {
    return problems.isEmpty();
  }

  /** Throws if any problem was found. */
  public void requireIntact() {
    if (!problems.isEmpty()) {
      throw new IntegrityException(problems.get(0).entry(), problems.size() + " integrity "
          + (problems.size() == 1 ? "problem" : "problems") + ":\n  "
          + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
    }
  }
}
