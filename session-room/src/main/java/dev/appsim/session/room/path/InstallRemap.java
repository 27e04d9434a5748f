package dev.appsim.session.room.path;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The implicit remap of {@link SimulatorRemap#LOCAL_INSTALL}: from a path into some user's
 * simulator install to this user's install of the same version. Only computes the candidate; the
 * resolver checks and records it like any other attempt.
 *
 * @param detail what the attempt reports: {@code <prefix as written> -> <local install> (simulator <version>)}
 * @param installed whether that version is installed here; when not, there is no candidate
 * @param install the local install folder
 * @param below the segments to join below it
 */
record InstallRemap(String detail, boolean installed, Path install, List<String> below) {

  /** The remap for {@code path}, or null when the option is off or the path leads into no install. */
  static @Nullable InstallRemap of(RawPath path, ResolverOptions options) {
    if (options.simulatorRemap() == SimulatorRemap.OFF) {
      return null;
    }
    Optional<SimulatorInstalls.InstallPath> into = SimulatorInstalls.parse(path);
    if (into.isEmpty()) {
      return null;
    }
    SimulatorInstalls local = SimulatorInstalls.under(options.home());
    String version = into.get().version();
    Path install = local.install(version);
    boolean installed = local.isInstalled(version);
    String detail = into.get().prefix() + " -> " + install + " (simulator " + version
        + (installed ? " installed here)" : " is not installed here)");
    return new InstallRemap(detail, installed, install, into.get().below());
  }
}
