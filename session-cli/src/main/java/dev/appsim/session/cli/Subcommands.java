package dev.appsim.session.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.HelpCommand;

/**
 * The subcommands of {@code session}, by name, each created only when it is needed (see {@link
 * SessionCommand#commandLine(CliContext, String...)}): a switch, not a list of classes, so that
 * naming one does not load the others.
 */
final class Subcommands {
  /** In the order {@code session --help} lists them. */
  static final List<String> NAMES = List.of(
      "package", "unpack", "info", "validate", "diff", "convert", "deps", "verify", "schema", "render", "export", "help");

  private Subcommands() {}

  static Object create(String name) {
    switch (name) {
      case "package": return new PackageCommand();
      case "unpack": return new UnpackCommand();
      case "info": return new InfoCommand();
      case "validate": return new ValidateCommand();
      case "diff": return new DiffCommand();
      case "convert": return new ConvertCommand();
      case "deps": return new DepsCommand();
      case "verify": return new VerifyCommand();
      case "schema": return new SchemaCommand();
      case "render": return new RenderCommand();
      case "export": return new ExportCommand();
      case "help": return new HelpCommand();
      default: throw new IllegalArgumentException("unknown subcommand \"" + name + "\"; expected one of " + NAMES);
    }
  }

  /**
   * The subcommand {@code args} run, when only that one is needed: the first argument that is not
   * one of the root's options, if it is a known name other than {@code help}; otherwise null.
   */
  static @Nullable String named(String... args) {
    for (String arg : args) {
      if (arg.equals("--verbose") || arg.equals("-q") || arg.equals("--quiet")) {
        continue;
      }
      return NAMES.contains(arg) && !arg.equals("help") ? arg : null;
    }
    return null;
  }
}
