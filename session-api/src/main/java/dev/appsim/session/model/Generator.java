package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/**
 * The tool that wrote a file, e.g. {@code Application Simulator 1.6.0}.
 *
 * @param name the tool's name, e.g. {@code "Application Simulator"}
 * @param version the tool's version as it writes it, e.g. {@code "1.6.0"}; not parsed
 * @param extensions members the format does not define, kept for round trips
 */
public record Generator(String name, String version, Extensions extensions) {
  /**
   * Checks the components.
   *
   * @param name the tool's name
   * @param version the tool's version, free text
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if an argument is null
   * @throws SessionValidationException if an extension is named {@code name} or {@code version}
   */
  public Generator {
    requireNonNull(name, "name is null");
    requireNonNull(version, "version is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "name", "version");
  }

  /**
   * A generator without extensions.
   *
   * @param name the tool's name
   * @param version the tool's version, free text
   * @throws NullPointerException if an argument is null
   */
  public Generator(String name, String version) {
    this(name, version, Extensions.EMPTY);
  }
}
