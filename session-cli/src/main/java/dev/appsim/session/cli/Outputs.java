package dev.appsim.session.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on files a command is about to write. */
final class Outputs {
  private Outputs() {}

  /**
   * Refuses, as a usage error, to write over the input: a picture saved over the session would
   * destroy it. Compared by file identity, so another spelling of the same path is caught too.
   */
  static void requireNotInput(CliCommand command, Path input, Path output) throws IOException {
    if (Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output)) {
      throw command.usage("<out> '" + output + "' is the input file; choose another name");
    }
  }
}
