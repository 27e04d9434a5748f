package dev.appsim.session.model;

import java.util.Optional;

/** The level of detail a mesh block was meshed at. */
public enum LevelOfDetail implements WireNamed {
  MINIMUM("minimum"),
  MEDIUM("medium"),
  MAXIMUM("maximum");

  private final String wireName;

  LevelOfDetail(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<LevelOfDetail> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
