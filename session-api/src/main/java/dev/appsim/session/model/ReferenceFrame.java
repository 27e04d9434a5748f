package dev.appsim.session.model;

import java.util.Optional;

/** Whether the room gizmo's axes follow the selected node or the world. */
public enum ReferenceFrame implements WireNamed {
  LOCAL("local"),
  WORLD("world");

  private final String wireName;

  ReferenceFrame(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<ReferenceFrame> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
