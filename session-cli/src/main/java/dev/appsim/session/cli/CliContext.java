package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the command takes from the process it runs in, passed in so tests can run it in-process
 * with a fixed environment.
 *
 * @param environment variables for {@code $VAR}, {@code ${VAR}} and {@code %VAR%} in asset paths,
 *     before {@code --env} overrides
 * @param interactive whether stderr is a terminal, so a progress bar may be drawn there
 * @param columns the width of that terminal in characters, which a progress bar must not reach
 * @param stdin what {@code -} reads as an input file
 * @param stdout where {@code -} writes an output file's bytes (the reports go through picocli's writer)
 */
public record CliContext(Map<String, String> environment, boolean interactive, int columns, InputStream stdin,
    OutputStream stdout) {
  /** The width assumed when the terminal does not say: the classic 80 columns. */
  public static final int DEFAULT_COLUMNS = 80;

  public CliContext {
    environment = Map.copyOf(requireNonNull(environment, "environment is null"));
    requireNonNull(stdin, "stdin is null");
    requireNonNull(stdout, "stdout is null");
    if (columns < 1) {
      throw new IllegalArgumentException("columns (" + columns + ") must be positive");
    }
  }

  /** A context with the {@linkplain #DEFAULT_COLUMNS default width}, empty standard input and discarded binary output. */
  public CliContext(Map<String, String> environment, boolean interactive) {
    this(environment, interactive, DEFAULT_COLUMNS, InputStream.nullInputStream(), OutputStream.nullOutputStream());
  }

  /**
   * The running process: its environment, and whether its stderr is a terminal. The launcher
   * knows for sure ({@code [ -t 2 ]}) and passes {@code -Dsession.stderr.terminal}; without it,
   * stderr counts as a terminal only if {@link System#console()} exists (stdin and stdout are
   * terminals) and, where {@code /proc} tells, stderr leads to a terminal device too, so
   * {@code 2>log} gets no progress bar.
   */
  public static CliContext ofProcess() {
    String link;
    try {
      link = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      link = null;
    }
    Map<String, String> environment = System.getenv();
    return new CliContext(environment,
        stderrIsTerminal(System.getProperty("session.stderr.terminal"), System.console() != null, link),
        columns(System.getProperty("session.terminal.columns"), environment.get("COLUMNS")), System.in, System.out);
  }

  /**
   * The terminal's width: what the launcher measured ({@code stty size}, passed as {@code
   * -Dsession.terminal.columns}), else {@code $COLUMNS} when exported, else {@value #DEFAULT_COLUMNS}.
   * Java cannot ask the terminal itself.
   */
  static int columns(@Nullable String measured, @Nullable String variable) {
    for (String candidate : new String[] {measured, variable}) {
      if (candidate != null && candidate.strip().matches("[0-9]{1,5}")) {
        int n = Integer.parseInt(candidate.strip());
        if (n > 0) {
          return n;
        }
      }
    }
    return DEFAULT_COLUMNS;
  }

  /**
   * Decides whether stderr is a terminal.
   *
   * @param declared the launcher's {@code true} or {@code false}, or null when not run by it
   * @param console whether {@link System#console()} exists
   * @param stderrTarget where {@code /proc/self/fd/2} leads, or null where that cannot be read
   */
  static boolean stderrIsTerminal(@Nullable String declared, boolean console, @Nullable String stderrTarget) {
    if (declared != null) {
      return Boolean.parseBoolean(declared);
    }
    if (!console) {
      return false;
    }
    return stderrTarget == null || stderrTarget.startsWith("/dev/pts/") || stderrTarget.startsWith("/dev/tty");
  }
}
