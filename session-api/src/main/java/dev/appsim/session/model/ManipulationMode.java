package dev.appsim.session.model;

import java.util.Optional;

/** What dragging the room gizmo does to the selection. */
public enum ManipulationMode implements WireNamed {
  /** Dragging selects; nothing moves ({@code "select"}). */
  SELECT("select"),
  /** Dragging moves the selection ({@code "move"}). */
  MOVE("move"),
  /** Dragging rotates the selection ({@code "rotate"}). */
  ROTATE("rotate"),
  /** Dragging scales the selection ({@code "scale"}). */
  SCALE("scale");

  private final String wireName;

  ManipulationMode(String wireName) {
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
  public static Optional<ManipulationMode> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
