package dev.appsim.session.model;

import java.util.Optional;

/** Where the room gizmo's pivot sits on the selection. */
public enum Pivot implements WireNamed {
  BASE("base"),
  CENTER("center");

  private final String wireName;

  Pivot(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<Pivot> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
