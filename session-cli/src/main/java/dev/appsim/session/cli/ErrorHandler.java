package dev.appsim.session.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
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
    String message = sentence(ex.getMessage()) + "; run '" + line.getCommandSpec().qualifiedName()
        + " --help' for usage.";
    err.println(line.getCommandSpec().qualifiedName() + ": " + message);
    UnmatchedArgumentException.printSuggestions(ex, err);
    if (verbose(line.getParseResult())) {
      ex.printStackTrace(err);
    }
    err.flush();
    // The parse failed, so --json is known only from the words typed.
    if (Arrays.asList(args).contains("--json")) {
      line.getOut().print(Json.line(new Failure(ExitCode.USAGE, message, List.of())
          .toJson(line.getCommandSpec().qualifiedName(), null)));
      line.getOut().flush();
    }
    return ExitCode.USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine line, ParseResult fullParseResult) {
    PrintWriter err = line.getErr();
    if (line.getCommand() instanceof CliCommand command) {
      Failure failure = command.failure(ex);
      command.printFailure(failure, command.subject());
      if (verbose(fullParseResult)) {
        ex.printStackTrace(err);
        err.flush();
      }
      return failure.exitCode();
    }
    Failure failure = Failure.of(ex, "");
    err.println(line.getCommandSpec().qualifiedName() + ": " + failure.message());
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
