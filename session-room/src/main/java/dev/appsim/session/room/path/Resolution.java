package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What resolving one raw path gave: the file found, the candidates of an ambiguity, and every
 * attempt made, in order.
 *
 * @param raw the raw string as given
 * @param status the outcome
 * @param file the real path of the regular file found when {@link Status#FOUND}, else null
 * @param candidates the file found, or the equally good candidates of an ambiguity (real paths,
 *     in search-path order); empty when missing
 * @param attempts every step tried, in order
 * @param path {@code raw} with its variables expanded, parsed (undefined variables stay as
 *     written); null when it could not be parsed
 */
public record Resolution(String raw, Status status, @Nullable Path file, List<Path> candidates,
    List<Attempt> attempts, @Nullable RawPath path) {

  /** The outcome of a resolution. */
  public enum Status {
    /** Exactly one regular file was found. */
    FOUND,
    /** Nothing was found, or the raw string could not be parsed or expanded. */
    MISSING,
    /** A search by trailing components found several different files equally good. */
    AMBIGUOUS
  }

  /**
   * Checks the components and copies the lists.
   *
   * @param raw the raw string as given
   * @param status the outcome
   * @param file the real path of the regular file found when {@link Status#FOUND}, else null
   * @param candidates the file found, or the equally good candidates of an ambiguity (real paths,
   *     in search-path order); empty when missing
   * @param attempts every step tried, in order
   * @param path {@code raw} with its variables expanded, parsed (undefined variables stay as
   *     written); null when it could not be parsed
   * @throws NullPointerException if {@code raw}, {@code status}, {@code candidates} or
   *     {@code attempts} is {@code null}
   * @throws IllegalArgumentException if {@code file} and {@code candidates} do not fit
   *     {@code status}: FOUND has the file and exactly it as candidate, AMBIGUOUS no file and at
   *     least two candidates, MISSING neither
   */
  public Resolution {
    requireNonNull(raw, "raw is null");
    requireNonNull(status, "status is null");
    candidates = List.copyOf(requireNonNull(candidates, "candidates is null"));
    attempts = List.copyOf(requireNonNull(attempts, "attempts is null"));
    if ((status == Status.FOUND) != (file != null)) {
      throw new IllegalArgumentException(
          "file (" + file + ") must be present exactly when status is FOUND, status is " + status);
    }
    if (status == Status.FOUND && !candidates.equals(List.of(file))) {
      throw new IllegalArgumentException(
          "candidates " + candidates + " must be exactly the file found " + file);
    }
    if (status == Status.AMBIGUOUS && candidates.size() < 2) {
      throw new IllegalArgumentException(
          "an AMBIGUOUS resolution needs at least 2 candidates, got " + candidates);
    }
    if (status == Status.MISSING && !candidates.isEmpty()) {
      throw new IllegalArgumentException(
          "a MISSING resolution has no candidates, got " + candidates);
    }
  }

  /**
   * A resolution without its parsed path.
   *
   * @param raw the raw string as given
   * @param status the outcome
   * @param file the real path of the regular file found when {@link Status#FOUND}, else null
   * @param candidates the file found, or the candidates of an ambiguity; empty when missing
   * @param attempts every step tried, in order
   * @throws IllegalArgumentException if {@code file} and {@code candidates} do not fit {@code status}
   */
  public Resolution(String raw, Status status, @Nullable Path file, List<Path> candidates, List<Attempt> attempts) {
    this(raw, status, file, candidates, attempts, null);
  }

  /** {@return whether a file was found} */
  public boolean isFound() {
    return status == Status.FOUND;
  }

  /**
   * A readable multi-line account: a header line, the candidates of an ambiguity, then every
   * attempt numbered in order.
   *
   * <pre>
   * "C:\Users\ana\ML\chair.gltf": missing
   *   1. remap C:\Users\ana\ML -&gt; /home/bo/ml: /home/bo/ml/chair.gltf: not found
   *   2. as written: C:\Users\ana\ML\chair.gltf: not applicable on this host
   * </pre>
   *
   * @return the lines joined with {@code \n}, no trailing line break
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append(RawPathParser.quote(raw)).append(": ");
    switch (status) {
      case FOUND:
        text.append("found ").append(file);
        break;
      case AMBIGUOUS:
        text.append("ambiguous, ").append(candidates.size()).append(" candidates match equally well:");
        for (Path candidate : candidates) {
          text.append("\n    ").append(candidate);
        }
        break;
      default:
        text.append("missing");
    }
    for (int i = 0; i < attempts.size(); i++) {
      text.append("\n  ").append(i + 1).append(". ").append(attempts.get(i).describe());
    }
    return text.toString();
  }
}
