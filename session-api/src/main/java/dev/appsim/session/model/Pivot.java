package dev.appsim.session.model;

import java.util.Optional;

/** Where the room gizmo's pivot sits on the selection. */
public enum Pivot implements WireNamed {
  /** At the base of the selection ({@code "base"}). */
  BASE("base"),
  /** At the centre of the selection ({@code "center"}). */
  CENTER("center");

  private final String wireName;

  Pivot(String wireName) {
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
  public static Optional<Pivot> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
