package dev.appsim.session.model;

import java.util.Optional;

/** The kind of light a {@link LightNode} emits. */
public enum LightType implements WireNamed {
  /** Parallel rays from one direction, like sunlight; intensity in lux ({@code "directional"}). */
  DIRECTIONAL("directional"),
  /** Light from a point in all directions; intensity in candela ({@code "point"}). */
  POINT("point"),
  /** A cone of light from a point; intensity in candela ({@code "spot"}). */
  SPOT("spot"),
  /** Light from everywhere, without direction ({@code "ambient"}). */
  AMBIENT("ambient");

  private final String wireName;

  LightType(String wireName) {
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
  public static Optional<LightType> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
