package dev.appsim.session.model;

import java.util.Optional;

/** What dragging the room gizmo does to the selection. */
public enum ManipulationMode implements WireNamed {
  SELECT("select"),
  MOVE("move"),
  ROTATE("rotate"),
  SCALE("scale");

  private final String wireName;

  ManipulationMode(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<ManipulationMode> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
