package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code session} command. Build it with {@link #commandLine(CliContext)} and call {@link
 * CommandLine#execute(String...)}; the return value is the exit status ({@link ExitCode}).
 *
 * <pre>{@code
 * int status = SessionCommand.commandLine(CliContext.ofProcess())
 *     .execute("info", "examples/minimal/minimal.session", "--json");
 * }</pre>
 */
@Command(
    name = "session",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Inspect, validate, convert and package simulator sessions as .room archives.",
    footer = {"", "Exit status: 0 ok, 1 I/O or other failure, 2 usage, 3 invalid or unsafe input,"
        + " 4 missing dependencies, 5 integrity failure."},
    subcommands = {
      PackageCommand.class,
      UnpackCommand.class,
      InfoCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      DepsCommand.class,
      VerifyCommand.class,
      SchemaCommand.class,
      RenderCommand.class,
      ExportCommand.class
    })
public final class SessionCommand implements Runnable {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "On failure, print the stack trace after the error message.")
  boolean verbose;

  SessionCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  /** The command with its error handling: one sentence per failure, exit codes as documented. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine line = new CommandLine(new SessionCommand(context));
    ErrorHandler handler = new ErrorHandler();
    line.setExecutionExceptionHandler(handler);
    line.setParameterExceptionHandler(handler);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line;
  }

  CliContext context() {
    return context;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: one of "
        + String.join(", ", spec.subcommands().keySet()) + " is needed");
  }
}
