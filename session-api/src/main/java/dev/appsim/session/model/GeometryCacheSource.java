package dev.appsim.session.model;

/**
 * Where a session's observed geometry cache lives: {@link GeometryCache inline} in the session,
 * or in an {@link ExternalGeometryCache external} sidecar file beside it (large scans).
 */
public sealed interface GeometryCacheSource permits GeometryCache, ExternalGeometryCache {
  /** {@return the members of the cache object that the format does not define, kept for round trips} */
  Extensions extensions();
}
