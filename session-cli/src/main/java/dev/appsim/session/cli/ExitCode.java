package dev.appsim.session.cli;

import java.util.List;

/** The exit statuses of the {@code session} command, documented in the README and docs/cli.md. */
public final class ExitCode {
  /** Success; for validate, verify and deps also: nothing wrong was found; for diff: no difference. */
  public static final int OK = 0;
  /** An I/O failure or an unexpected error; for diff: the inputs differ. */
  public static final int FAILURE = 1;
  /** Wrong usage: unknown option, missing or malformed argument; for diff also any trouble. */
  public static final int USAGE = 2;
  /** Invalid or unsafe input: a malformed or invalid session or asset, a hostile or non-room archive. */
  public static final int INVALID = 3;
  /** References that could not be resolved to a file. */
  public static final int MISSING_DEPENDENCIES = 4;
  /** A room whose entries disagree with its manifest. */
  public static final int INTEGRITY = 5;

  /**
   * From least to most severe, for commands that check several files: a file that could not be
   * checked at all (1) outranks one found unsafe or invalid (3), which outranks missing files (4)
   * and damage (5), as {@code verify} ranks them for one room.
   */
  private static final List<Integer> SEVERITY = List.of(OK, INTEGRITY, MISSING_DEPENDENCIES, INVALID, FAILURE, USAGE);

  private ExitCode() {}

  /** The more severe of two statuses. */
  static int worst(int a, int b) {
    return SEVERITY.indexOf(a) >= SEVERITY.indexOf(b) ? a : b;
  }
}
