package dev.appsim.session.model;

import java.util.Optional;

/** Whether the room gizmo's axes follow the selected node or the world. */
public enum ReferenceFrame implements WireNamed {
  /** Axes follow the selected node's own rotation ({@code "local"}). */
  LOCAL("local"),
  /** Axes are those of the world ({@code "world"}). */
  WORLD("world");

  private final String wireName;

  ReferenceFrame(String wireName) {
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
  public static Optional<ReferenceFrame> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
