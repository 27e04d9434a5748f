package dev.appsim.session.model;

import java.util.Optional;

/** What a detected plane is understood to be. */
public enum PlaneSemantic implements WireNamed {
  FLOOR("floor"),
  WALL("wall"),
  CEILING("ceiling"),
  TABLE("table"),
  OTHER("other");

  private final String wireName;

  PlaneSemantic(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<PlaneSemantic> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
