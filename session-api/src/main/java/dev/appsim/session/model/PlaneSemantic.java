package dev.appsim.session.model;

import java.util.Optional;

/** What a detected plane is understood to be. */
public enum PlaneSemantic implements WireNamed {
  /** A floor ({@code "floor"}). */
  FLOOR("floor"),
  /** A wall ({@code "wall"}). */
  WALL("wall"),
  /** A ceiling ({@code "ceiling"}). */
  CEILING("ceiling"),
  /** A table top ({@code "table"}). */
  TABLE("table"),
  /** Any other surface ({@code "other"}). */
  OTHER("other");

  private final String wireName;

  PlaneSemantic(String wireName) {
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
  public static Optional<PlaneSemantic> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
