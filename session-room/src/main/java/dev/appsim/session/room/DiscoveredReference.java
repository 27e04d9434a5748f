package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.path.Resolution;

/**
 * One reference found by {@link DependencyDiscoverer}: the raw string, where it was written, and
 * how it was resolved (every attempt).
 *
 * @param raw the path exactly as written (for an OBJ {@code mtllib} read as separate names, the
 *     one name)
 * @param site where it was written
 * @param resolution the resolver's outcome, with every attempt
 */
public record DiscoveredReference(String raw, ReferenceSite site, Resolution resolution) {
  /**
   * Checks the components.
   *
   * @param raw the path exactly as written (for an OBJ {@code mtllib} read as separate names, the
   *     one name)
   * @param site where it was written
   * @param resolution the resolver's outcome, with every attempt
   * @throws NullPointerException if a component is {@code null}
   */
  public DiscoveredReference {
    requireNonNull(raw, "raw is null");
    requireNonNull(site, "site is null");
    requireNonNull(resolution, "resolution is null");
  }

  /** {@return whether the reference resolved to exactly one file} */
  public boolean isResolved() {
    return resolution.isFound();
  }
}
