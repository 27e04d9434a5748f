package dev.appsim.session.cli;

import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.room.PackageOptions;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the library version built into the jar, and the format version it writes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "session " + PackageOptions.LIBRARY.version(),
      "session format " + FormatVersion.CURRENT + ", room format " + FormatVersion.CURRENT,
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
