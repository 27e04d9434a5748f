package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.PackageOptions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SessionCommandTest {
  private static final String[] SUBCOMMANDS = {"package", "unpack", "info", "validate", "diff", "convert", "deps", "verify", "render", "export",
    "schema", "help"};

  @Test
  void everySubcommandOfDesignSection7IsThere() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.exit(), r::toString);
    for (String name : SUBCOMMANDS) {
      assertTrue(r.out().contains("\n  " + name + " "), () -> name + " missing from\n" + r.out());
    }
    assertTrue(r.out().contains("Exit status: 0 ok, 1 I/O or other failure, 2 usage, 3 invalid or unsafe input,"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"package", "unpack", "info", "validate", "diff", "convert", "deps", "verify", "schema", "render", "export"})
  void everySubcommandHasHelpWithExamples(String name) {
    Cli.Result r = Cli.run(name, "--help");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Usage: session " + name), r.out());
    assertTrue(r.out().contains("--version"), r.out());
    assertTrue(r.out().contains("--verbose"), r.out());
    assertTrue(r.out().contains("--quiet"), r.out());
    assertTrue(r.out().contains("\nExamples:\n  session " + name + " "), r.out());
    assertEquals("", r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"package", "unpack", "info", "validate", "diff", "convert", "deps", "verify", "schema", "render", "export"})
  void helpSubcommandPrintsTheSameAsHelpOption(String name) {
    Cli.Result viaOption = Cli.run(name, "--help");
    Cli.Result viaHelp = Cli.run("help", name);
    assertEquals(0, viaHelp.exit(), viaHelp::toString);
    assertEquals(viaOption.out(), viaHelp.out());
  }

  @Test
  void helpWithoutACommandListsThemAll() {
    Cli.Result r = Cli.run("help");
    assertEquals(0, r.exit(), r::toString);
    assertEquals(Cli.run("--help").out(), r.out());
  }

  @Test
  void helpForAnUnknownCommandIsAUsageError() {
    Cli.Result r = Cli.run("help", "pack");
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    assertEquals("session: Unknown subcommand 'pack'; run 'session --help' for usage.\n", r.err());
  }

  @Test
  void onlyTheNamedSubcommandIsBuiltForAShortRun() {
    assertEquals(List.of("validate"),
        List.copyOf(SessionCommand.commandLine(Cli.PIPED, "--quiet", "validate", "x").getSubcommands().keySet()));
    assertEquals(Subcommands.NAMES,
        List.copyOf(SessionCommand.commandLine(Cli.PIPED, "help", "validate").getSubcommands().keySet()));
    assertEquals(Subcommands.NAMES,
        List.copyOf(SessionCommand.commandLine(Cli.PIPED, "valdate", "x").getSubcommands().keySet()));
    assertEquals(Subcommands.NAMES, List.copyOf(SessionCommand.commandLine(Cli.PIPED).getSubcommands().keySet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"package", "unpack", "info", "validate", "diff", "convert", "deps", "verify", "schema", "render", "export"})
  void everySubcommandHasVersion(String name) {
    Cli.Result r = Cli.run(name, "--version");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("session " + PackageOptions.LIBRARY.version() + "\nsession format 1.0, room format 1.0\n"),
        r.out());
  }

  @Test
  void versionComesFromTheLibraryBuild() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exit());
    assertFalse(PackageOptions.LIBRARY.version().equals("unknown"));
    assertTrue(r.out().startsWith("session " + PackageOptions.LIBRARY.version() + "\n"), r.out());
  }

  @Test
  void noSubcommandIsAUsageError() {
    Cli.Result r = Cli.run();
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session: missing subcommand: one of package, unpack, info, validate, diff, convert, deps, verify,"
        + " schema, render, export, help is needed; run 'session --help' for usage.\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    Cli.Result r = Cli.run("pack", "x.session");
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().startsWith("session: Unmatched arguments from index 0: 'pack', 'x.session';"
        + " run 'session --help' for usage.\n"), r.err());
    assertTrue(r.err().contains("package"), "suggests the nearest subcommand: " + r.err());
  }

  @Test
  void unknownOptionIsAUsageErrorNamingTheSubcommand() {
    Cli.Result r = Cli.run("info", "--bogus", "x.session");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session info: Unknown option: '--bogus'; run 'session info --help' for usage.\n", r.err());
  }

  @Test
  void missingParameterIsAUsageError() {
    Cli.Result r = Cli.run("convert", "x.session");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session convert: Missing required options and parameters: '--to=json|smile', '<out>'; run"
        + " 'session convert --help' for usage.\n", r.err());
  }

  @Test
  void failuresAreOneLineWithoutStackTrace() {
    Cli.Result r = Cli.run("info", "/no/such/file.session");
    assertEquals(ExitCode.FAILURE, r.exit());
    assertEquals("session info: cannot find /no/such/file.session; check the path\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void verboseAddsTheStackTraceAfterTheSentence() {
    Cli.Result r = Cli.run("info", "/no/such/file.session", "--verbose");
    assertEquals(ExitCode.FAILURE, r.exit());
    assertTrue(r.err().startsWith("session info: cannot find /no/such/file.session; check the path\n"
        + "java.nio.file.NoSuchFileException: /no/such/file.session\n\tat "), r.err());
  }

  @Test
  void verboseIsAcceptedBeforeTheSubcommandToo() {
    Cli.Result r = Cli.run("--verbose", "info", "/no/such/file.session");
    assertEquals(ExitCode.FAILURE, r.exit());
    assertTrue(r.err().contains("java.nio.file.NoSuchFileException"), r.err());
  }
}
