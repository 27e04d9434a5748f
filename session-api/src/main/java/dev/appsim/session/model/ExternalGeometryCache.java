package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/**
 * A geometry cache kept in a sidecar file ({@code {"source": PATH}} on the wire). The sidecar is
 * an asset like any model: packaging a room copies it and rewrites {@code source}.
 *
 * @param source the path exactly as written (see FORMAT.md 1.3)
 */
public record ExternalGeometryCache(String source, Extensions extensions) implements GeometryCacheSource {
  public ExternalGeometryCache {
    requireNonNull(source, "source is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "source", "capturedAt", "bounds", "meshBlocks", "planes");
    if (source.isEmpty()) {
      throw new SessionValidationException(java.util.List.of(new Violation("/source", "source path must not be empty")));
    }
  }

  public ExternalGeometryCache(String source) {
    this(source, Extensions.EMPTY);
  }

  public ExternalGeometryCache withSource(String newSource) {
    return new ExternalGeometryCache(newSource, extensions);
  }
}
