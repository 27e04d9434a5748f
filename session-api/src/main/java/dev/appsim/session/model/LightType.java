package dev.appsim.session.model;

import java.util.Optional;

/** The kind of light a {@link LightNode} emits. */
public enum LightType implements WireNamed {
  DIRECTIONAL("directional"),
  POINT("point"),
  SPOT("spot"),
  AMBIENT("ambient");

  private final String wireName;

  LightType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<LightType> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
