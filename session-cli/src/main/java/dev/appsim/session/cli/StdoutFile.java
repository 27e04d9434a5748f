package dev.appsim.session.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code -} as an output file: the library writes files atomically (a temporary file beside the
 * target, then a move), so the output is written into a fresh temporary folder and copied to
 * standard output once complete; a failure leaves nothing on standard output. The folder is
 * deleted however the write ends.
 */
final class StdoutFile {
  /** Writes the output file. */
  interface Writer {
    void write(Path target) throws IOException;
  }

  private StdoutFile() {}

  /**
   * Runs {@code writer} on a temporary {@code output.<extension>} and copies it to {@code
   * context}'s standard output.
   *
   * @return the number of bytes written
   */
  static long write(CliContext context, String extension, Writer writer) throws IOException {
    Path folder = Files.createTempDirectory("session-output-");
    try {
      Path target = folder.resolve("output." + extension);
      writer.write(target);
      OutputStream stdout = context.stdout();
      long size = Files.copy(target, stdout);
      stdout.flush();
      return size;
    } finally {
      TempFolders.deleteTree(folder);
    }
  }
}
