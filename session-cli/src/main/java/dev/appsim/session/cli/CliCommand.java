package dev.appsim.session.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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
    return ((SessionCommand) spec.root().userObject()).context();
  }

  /** The file the command works on, as the user typed it, for error messages; empty if none. */
  abstract String subject();

  /** A usage error (exit 2) naming the option and its value. */
  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Prints one line on stderr prefixed with the command's name, e.g. a warning. */
  void note(String sentence) {
    err().println(spec.qualifiedName() + ": " + sentence);
    err().flush();
  }
}
