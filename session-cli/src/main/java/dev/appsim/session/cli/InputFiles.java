package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Input files as the user named them, where {@code -} is standard input. Standard input is copied
 * once into a temporary file, deleted on {@link #close()}: telling a session from a room needs
 * its first bytes and a room needs random access. The copy is bounded, so an endless stream fails
 * instead of filling the disk.
 */
final class InputFiles implements AutoCloseable {
  /** The largest standard input copied: the uncompressed size a room may have. */
  static final long MAX_STDIN_BYTES = 4L << 30;
  /** How messages name standard input. */
  static final String STDIN_NAME = "standard input";

  private final CliContext context;
  private @Nullable Path spooled;

  InputFiles(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  /** Whether the user wrote {@code -}: standard input for an input, standard output for an output. */
  static boolean isDash(Path given) {
    return given.toString().equals("-");
  }

  /** How error messages name {@code given}. */
  static String displayName(Path given) {
    return isDash(given) ? STDIN_NAME : given.toString();
  }

  /** A file to read for {@code given}: itself, or for {@code -} the copy of standard input. */
  Path readable(Path given) throws IOException {
    if (!isDash(given)) {
      return given;
    }
    if (spooled == null) {
      Path copy = Files.createTempFile("session-stdin-", ".tmp");
      spooled = copy;
      try (InputStream in = context.stdin(); OutputStream out = Files.newOutputStream(copy)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > MAX_STDIN_BYTES) {
            throw new IOException(STDIN_NAME + " is longer than " + MAX_STDIN_BYTES
                + " bytes, the largest room; give the file by name instead");
          }
          out.write(buffer, 0, n);
        }
      }
    }
    return spooled;
  }

  @Override
  public void close() {
    if (spooled != null) {
      try {
        Files.deleteIfExists(spooled);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the copy of " + STDIN_NAME + ", " + spooled, e);
      }
    }
  }
}
