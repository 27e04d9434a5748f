package dev.appsim.session.model;

import java.util.Optional;

/** Overlays the room view can show. */
public enum GizmoKind implements WireNamed {
  /** The grid of the geometry cache ({@code "cacheGrid"}). */
  CACHE_GRID("cacheGrid"),
  /** The compass ({@code "compass"}). */
  COMPASS("compass"),
  /** The simulated hands ({@code "hands"}). */
  HANDS("hands"),
  /** The frustum the device's meshing sees ({@code "meshingFrustum"}). */
  MESHING_FRUSTUM("meshingFrustum"),
  /** The detected planes ({@code "planes"}). */
  PLANES("planes");

  private final String wireName;

  GizmoKind(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /**
   * The constant whose {@link #wireName()} is {@code wireName} (case-sensitive).
   *
   * @param wireName the name as written in a session file
   * @return the constant, or empty if none has that name
   */
  public static Optional<GizmoKind> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
