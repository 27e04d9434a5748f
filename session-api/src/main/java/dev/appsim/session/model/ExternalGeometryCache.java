package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/**
 * A geometry cache kept in a sidecar file ({@code {"source": PATH}} on the wire). The sidecar is
 * an asset like any model: packaging a room copies it and rewrites {@code source}.
 *
 * @param source the path exactly as written (see FORMAT.md 1.3); not empty, never resolved by the
 *     model
 * @param extensions members the format does not define, kept for round trips
 */
public record ExternalGeometryCache(String source, Extensions extensions) implements GeometryCacheSource {
  /**
   * Checks the components.
   *
   * @param source the sidecar's path exactly as written; not empty
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if an argument is null
   * @throws SessionValidationException if {@code source} is empty or an extension is named like a
   *     member of a geometry cache ({@code source}, {@code capturedAt}, {@code bounds},
   *     {@code meshBlocks}, {@code planes})
   */
  public ExternalGeometryCache {
    requireNonNull(source, "source is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "source", "capturedAt", "bounds", "meshBlocks", "planes");
    if (source.isEmpty()) {
      throw new SessionValidationException(java.util.List.of(new Violation("/source", "source path must not be empty")));
    }
  }

  /**
   * A reference to the sidecar {@code source}, without extensions.
   *
   * @param source the sidecar's path exactly as written; not empty
   * @throws NullPointerException if {@code source} is null
   * @throws SessionValidationException if {@code source} is empty
   */
  public ExternalGeometryCache(String source) {
    this(source, Extensions.EMPTY);
  }

  /**
   * This reference pointing at another file, e.g. after packaging copied the sidecar.
   *
   * @param newSource the new path; not empty
   * @return a copy with {@code newSource} and the same extensions
   * @throws SessionValidationException if {@code newSource} is empty
   */
  public ExternalGeometryCache withSource(String newSource) {
    return new ExternalGeometryCache(newSource, extensions);
  }
}
