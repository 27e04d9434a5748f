package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/** The tool that wrote a file, e.g. {@code Application Simulator 1.6.0}. */
public record Generator(String name, String version, Extensions extensions) {
  public Generator {
    requireNonNull(name, "name is null");
    requireNonNull(version, "version is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "name", "version");
  }

  public Generator(String name, String version) {
    this(name, version, Extensions.EMPTY);
  }
}
