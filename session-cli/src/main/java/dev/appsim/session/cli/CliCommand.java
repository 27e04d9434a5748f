package dev.appsim.session.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of every subcommand: where to write, the process context, and the file that error
 * messages name. Reports go to {@link #out()}; errors, warnings and progress to {@link #err()}.
 */
abstract class CliCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  CliContext context() {
    return root().context();
  }

  /** {@code --quiet}: no summary, report, warning or progress bar; errors and JSON still appear. */
  boolean quiet() {
    return root().quiet();
  }

  private SessionCommand root() {
    return (SessionCommand) spec.root().userObject();
  }

  /** The file the command works on, as the user typed it, for error messages; empty if none. */
  abstract String subject();

  /** Whether {@code --json} was given: then an error is also printed on stdout, as JSON. */
  boolean jsonOutput() {
    return false;
  }

  /** How this command reports {@code error}; {@code diff} overrides it, its exit 1 meaning "different". */
  Failure failure(Exception error) {
    return Failure.of(error, subject());
  }

  /** A usage error (exit 2) naming the option and its value. */
  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Prints one line on stderr prefixed with the command's name; nothing with {@code --quiet}. */
  void note(String sentence) {
    if (!quiet()) {
      err().println(spec.qualifiedName() + ": " + sentence);
      err().flush();
    }
  }

  /** A text line on stdout, left out with {@code --quiet}. */
  void report(String line) {
    if (!quiet()) {
      out().println(line);
    }
  }

  /** The work done for one of several files; returns that file's exit status. */
  interface FileCheck {
    int check(Path given, Path readable) throws Exception;
  }

  /**
   * Runs {@code check} on every file in order, one result each. A file that fails is reported as
   * any failure is (a sentence on stderr, and in {@code --json} mode an error object on stdout) and
   * the others are still checked. Usage errors stop the run.
   *
   * @return the most severe status of all files ({@link ExitCode#worst})
   */
  int eachFile(List<Path> files, FileCheck check) {
    int status = ExitCode.OK;
    try (InputFiles inputs = new InputFiles(context())) {
      for (Path given : files) {
        int result;
        try {
          result = check.check(given, inputs.readable(given));
        } catch (ParameterException e) {
          throw e;
        } catch (Exception e) {
          Failure failure = Failure.of(e, InputFiles.displayName(given));
          printFailure(failure, given.toString());
          if (root().verbose) {
            e.printStackTrace(err());
            err().flush();
          }
          result = failure.exitCode();
        }
        out().flush();
        status = ExitCode.worst(status, result);
      }
    }
    return status;
  }

  /** A failure as the error handler prints it: the sentence on stderr and, with --json, an object on stdout. */
  void printFailure(Failure failure, String file) {
    err().println(spec.qualifiedName() + ": " + failure.message());
    for (String detail : failure.details()) {
      err().println("  " + detail);
    }
    err().flush();
    if (jsonOutput()) {
      out().print(Json.line(failure.toJson(spec.qualifiedName(), file.isEmpty() ? null : file)));
      out().flush();
    }
  }

  /** A one-line report for {@code --json} output of commands that take several files. */
  void printLine(ObjectNode report) {
    out().print(Json.line(report));
  }
}
