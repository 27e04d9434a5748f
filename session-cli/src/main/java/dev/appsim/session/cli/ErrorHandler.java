package dev.appsim.session.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one sentence on stderr and an exit status: usage errors give 2, the
 * library's exceptions and I/O failures are classified by {@link Failure}. The stack trace follows
 * only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine line = ex.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(line.getCommandSpec().qualifiedName() + ": " + sentence(ex.getMessage())
        + "; run '" + line.getCommandSpec().qualifiedName() + " --help' for usage.");
    UnmatchedArgumentException.printSuggestions(ex, err);
    if (verbose(line.getParseResult())) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine line, ParseResult fullParseResult) {
    PrintWriter err = line.getErr();
    String subject = line.getCommand() instanceof CliCommand command ? command.subject() : "";
    Failure failure = Failure.of(ex, subject);
    err.println(line.getCommandSpec().qualifiedName() + ": " + failure.message());
    for (String detail : failure.details()) {
      err.println("  " + detail);
    }
    if (verbose(fullParseResult)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return failure.exitCode();
  }

  private static String sentence(String message) {
    String trimmed = message.strip();
    return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  // --verbose is inherited by every subcommand; it may be matched at any level.
  private static boolean verbose(ParseResult result) {
    for (ParseResult level = result; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
