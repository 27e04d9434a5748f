package dev.appsim.session.model;

import java.util.Optional;

/** What a file referenced by a session is used for. */
public enum AssetRole implements WireNamed {
  MODEL("model"),
  GEOMETRY_CACHE("geometryCache");

  private final String wireName;

  AssetRole(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<AssetRole> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
