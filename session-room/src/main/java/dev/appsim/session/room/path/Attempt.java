package dev.appsim.session.room.path;

import static java.util.Objects.requireNonNull;

/**
 * One step the resolver tried: which strategy, which candidate file, and what happened.
 *
 * @param strategy how the candidate was produced
 * @param detail what the strategy used: the remap applied, the search folder, the variable name,
 *     the syntax error; empty if nothing to add
 * @param candidate the candidate file as text; empty when the step produced no candidate
 * @param outcome what happened
 */
public record Attempt(Strategy strategy, String detail, String candidate, Outcome outcome) {

  /** How a candidate was produced. */
  public enum Strategy {
    /** Parsing the raw string. */
    PARSE("parse"),
    /** Expanding environment variables. */
    VARIABLE("variable"),
    /** Relative to the referencing file's folder. */
    RELATIVE("relative to"),
    /** A prefix remap. */
    REMAP("remap"),
    /** The path as written, on a host that understands its form. */
    AS_IS("as written"),
    /** Below the home folder. */
    HOME("home"),
    /** Trailing components at any depth below a search folder. */
    SEARCH("search"),
    /**
     * The candidate of the step before, compared ignoring case segment by segment, for paths
     * written on Windows with another case than the disk has; the detail is that candidate.
     */
    IGNORING_CASE("ignoring case"),
    /**
     * One of the blank-separated names of a reference whose whole text names no file (an OBJ
     * {@code mtllib} line); the attempts that follow are that name's.
     */
    SEPARATE_NAME("as a separate name"),
    /**
     * The implicit remap of a path into another user's simulator install to this user's install
     * of the same version ({@link SimulatorRemap}); the detail is {@code <prefix> -> <install>}.
     */
    SIMULATOR_INSTALL("implicit remap");

    private final String label;

    Strategy(String label) {
      this.label = label;
    }

    /** {@return a short word for explanations} */
    public String label() {
      return label;
    }
  }

  /** What happened to a candidate. */
  public enum Outcome {
    /** A regular file. */
    FOUND("found"),
    /** Nothing exists at the candidate path. */
    NOT_FOUND("not found"),
    /** Something exists there, but it is a folder or another non-regular file. */
    NOT_A_REGULAR_FILE("exists but is not a regular file"),
    /** A symbolic link whose target does not exist. */
    DANGLING_LINK("symbolic link whose target does not exist"),
    /** The path starts with a variable that is not defined; the detail names it. */
    UNDEFINED_VARIABLE("undefined"),
    /** The raw string cannot be parsed; the detail is the syntax error. */
    INVALID_SYNTAX("invalid"),
    /** The path's form has no meaning on this host: a drive or UNC path on POSIX, a POSIX path on Windows. */
    NOT_APPLICABLE("not applicable on this host"),
    /** The candidate cannot be a path of this host's file system (a character it does not allow). */
    INVALID_ON_HOST("not a valid path on this host"),
    /** The file system could not be asked about the candidate (an I/O or security error). */
    IO_ERROR("could not be read"),
    /** A search folder holds the file name, but fewer trailing components match than elsewhere. */
    LESS_SPECIFIC("matches fewer trailing components than another candidate");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** {@return a short phrase for explanations} */
    public String label() {
      return label;
    }
  }

  /**
   * Checks the components.
   *
   * @param strategy how the candidate was produced
   * @param detail what the strategy used: the remap applied, the search folder, the variable name,
   *     the syntax error; empty if nothing to add
   * @param candidate the candidate file as text; empty when the step produced no candidate
   * @param outcome what happened
   * @throws NullPointerException if a component is {@code null}
   */
  public Attempt {
    requireNonNull(strategy, "strategy is null");
    requireNonNull(detail, "detail is null");
    requireNonNull(candidate, "candidate is null");
    requireNonNull(outcome, "outcome is null");
  }

  /** {@return one line: {@code remap C:\ML -> /home/bo/ml: /home/bo/ml/chair.gltf: not found}} */
  public String describe() {
    StringBuilder line = new StringBuilder(strategy.label());
    if (!detail.isEmpty()) {
      line.append(' ').append(detail);
    }
    line.append(": ");
    if (!candidate.isEmpty()) {
      line.append(candidate).append(": ");
    }
    return line.append(outcome.label()).toString();
  }
}
