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
  /**
   * Checks the components.
   *
   * @param raw the path exactly as written
   * @param site where it was written
   * @param resolution the resolver's outcome, with every attempt
   * @param archivePath the entry holding the file, or {@code null} when the file was not found
   * @throws NullPointerException if {@code raw}, {@code site} or {@code resolution} is {@code null}
   * @throws IllegalArgumentException if {@code archivePath} is present when the file was not found,
   *     or absent when it was
   */
  public PlannedReference {
    requireNonNull(raw, "raw is null");
    requireNonNull(site, "site is null");
    requireNonNull(resolution, "resolution is null");
    if (resolution.isFound() != (archivePath != null)) {
      throw new IllegalArgumentException("archivePath must be present exactly when the file was found: " + raw);
    }
  }

  /** {@return whether the reference resolved to exactly one file, which the room will hold} */
  public boolean isResolved() {
    return archivePath != null;
  }
}
