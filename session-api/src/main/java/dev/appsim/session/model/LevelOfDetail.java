package dev.appsim.session.model;

import java.util.Optional;

/** The level of detail a mesh block was meshed at. */
public enum LevelOfDetail implements WireNamed {
  /** The coarsest mesh ({@code "minimum"}). */
  MINIMUM("minimum"),
  /** A medium mesh ({@code "medium"}). */
  MEDIUM("medium"),
  /** The finest mesh ({@code "maximum"}). */
  MAXIMUM("maximum");

  private final String wireName;

  LevelOfDetail(String wireName) {
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
  public static Optional<LevelOfDetail> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
