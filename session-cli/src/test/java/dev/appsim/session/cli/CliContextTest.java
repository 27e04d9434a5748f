package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When a progress bar may be drawn: only when stderr really is a terminal. */
class CliContextTest {
  @Test
  void stderrRedirectedToAFileIsNotATerminalEvenWithAConsole() {
    assertEquals(false, CliContext.stderrIsTerminal(null, true, "/home/bo/package.log"));
    assertEquals(false, CliContext.stderrIsTerminal(null, true, "pipe:[4711]"));
  }

  @Test
  void stderrOnATerminalDeviceWithAConsoleIsATerminal() {
    assertEquals(true, CliContext.stderrIsTerminal(null, true, "/dev/pts/3"));
    assertEquals(true, CliContext.stderrIsTerminal(null, true, "/dev/tty1"));
    assertEquals(true, CliContext.stderrIsTerminal(null, true, null));
  }

  @Test
  void withoutAConsoleOnlyTheLaunchersWordCounts() {
    assertEquals(false, CliContext.stderrIsTerminal(null, false, "/dev/pts/3"));
    assertEquals(true, CliContext.stderrIsTerminal("true", false, "pipe:[1]"));
    assertEquals(false, CliContext.stderrIsTerminal("false", true, "/dev/pts/3"));
  }
}
