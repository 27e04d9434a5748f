package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import java.util.List;
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
    description = "Inspect, validate, compare, convert and package simulator sessions as .room archives.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  session package scene.session scene.room --remap 'C:\\Users\\ana\\MagicLeap=/home/bo/ml'",
      "  session unpack scene.room scene",
      "  session validate *.session",
      "  session help package",
      "",
      "Exit status: 0 ok, 1 I/O or other failure, 2 usage, 3 invalid or unsafe input,"
          + " 4 missing dependencies, 5 integrity failure ('diff': 0 equal, 1 different, 2 trouble)."
    })
public final class SessionCommand implements Runnable {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "On failure, print the stack trace after the error message.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Print no summary, report, warning or progress bar; errors and --json output still appear."
          + " The exit status tells the outcome.")
  boolean quiet;

  SessionCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  /** For tools that build the command by reflection (man pages, shell completion): the running process. */
  SessionCommand() {
    this(CliContext.ofProcess());
  }

  /** The command with every subcommand and its error handling: one sentence per failure, exit codes as documented. */
  public static CommandLine commandLine(CliContext context) {
    return configured(new SessionCommand(context), Subcommands.NAMES);
  }

  /**
   * The command as {@link #commandLine(CliContext)} builds it, but with only the subcommand that
   * {@code args} name when they name one: picocli reads every command's annotations when it is
   * added, which is most of the start-up time of a short run. Help, completion and unknown names
   * get every subcommand.
   */
  public static CommandLine commandLine(CliContext context, String... args) {
    String name = Subcommands.named(args);
    return configured(new SessionCommand(context), name == null ? Subcommands.NAMES : List.of(name));
  }

  // Settings apply to the subcommands present when they are made, so subcommands come first.
  private static CommandLine configured(SessionCommand root, List<String> subcommands) {
    CommandLine line = new CommandLine(root);
    for (String name : subcommands) {
      line.addSubcommand(name, Subcommands.create(name));
    }
    ErrorHandler handler = new ErrorHandler();
    line.setExecutionExceptionHandler(handler);
    line.setParameterExceptionHandler(handler);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line;
  }

  CliContext context() {
    return context;
  }

  boolean quiet() {
    return quiet;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: one of "
        + String.join(", ", Subcommands.NAMES) + " is needed");
  }
}
