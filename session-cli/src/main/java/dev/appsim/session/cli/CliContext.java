package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import java.util.Map;

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

  /** The running process: its environment, and a terminal when {@link System#console()} exists. */
  public static CliContext ofProcess() {
    return new CliContext(System.getenv(), System.console() != null);
  }
}
