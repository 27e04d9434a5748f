package dev.appsim.session.model;

import java.util.Optional;

/** What a file referenced by a session is used for. */
public enum AssetRole implements WireNamed {
  /** A 3D model a {@link ModelNode} loads ({@code "model"}). */
  MODEL("model"),
  /** An external geometry-cache sidecar file ({@code "geometryCache"}). */
  GEOMETRY_CACHE("geometryCache");

  private final String wireName;

  AssetRole(String wireName) {
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
  public static Optional<AssetRole> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
