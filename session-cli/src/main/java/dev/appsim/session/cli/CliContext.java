package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
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
 */
public record CliContext(Map<String, String> environment, boolean interactive) {
  public CliContext {
    environment = Map.copyOf(requireNonNull(environment, "environment is null"));
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
    return new CliContext(System.getenv(),
        stderrIsTerminal(System.getProperty("session.stderr.terminal"), System.console() != null, link));
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
