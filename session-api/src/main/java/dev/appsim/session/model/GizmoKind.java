package dev.appsim.session.model;

import java.util.Optional;

/** Overlays the room view can show. */
public enum GizmoKind implements WireNamed {
  CACHE_GRID("cacheGrid"),
  COMPASS("compass"),
  HANDS("hands"),
  MESHING_FRUSTUM("meshingFrustum"),
  PLANES("planes");

  private final String wireName;

  GizmoKind(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<GizmoKind> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
