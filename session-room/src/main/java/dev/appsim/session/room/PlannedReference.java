package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.path.Resolution;
import org.jspecify.annotations.Nullable;

/**
 * One reference found while planning a room: the raw string, where it was written, how it was
 * resolved (every attempt), and the archive entry that will hold the file.
 *
 * @param raw the path exactly as written
 * @param site where it was written
 * @param resolution the resolver's outcome, with every attempt
 * @param archivePath the entry holding the file, or {@code null} when the file was not found
 */
public record PlannedReference(String raw, ReferenceSite site, Resolution resolution, @Nullable String archivePath) {
  public PlannedReference {
    requireNonNull(raw, "raw is null");
    requireNonNull(site, "site is null");
    requireNonNull(resolution, "resolution is null");
    if (resolution.isFound() != (archivePath != null)) {
      throw new IllegalArgumentException("archivePath must be present exactly when the file was found: " + raw);
    }
  }

  public boolean isResolved() {
    return archivePath != null;
  }
}
