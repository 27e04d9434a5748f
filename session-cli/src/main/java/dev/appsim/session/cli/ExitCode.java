package dev.appsim.session.cli;

/** The exit statuses of the {@code session} command, documented in the README. */
public final class ExitCode {
  /** Success; for validate, verify and deps also: nothing wrong was found. */
  public static final int OK = 0;
  /** An I/O failure or an unexpected error. */
  public static final int FAILURE = 1;
  /** Wrong usage: unknown option, missing or malformed argument. */
  public static final int USAGE = 2;
  /** Invalid or unsafe input: a malformed or invalid session or asset, a hostile or non-room archive. */
  public static final int INVALID = 3;
  /** References that could not be resolved to a file. */
  public static final int MISSING_DEPENDENCIES = 4;
  /** A room whose entries disagree with its manifest. */
  public static final int INTEGRITY = 5;

  private ExitCode() {}
}
