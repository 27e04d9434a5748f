package dev.appsim.session.model;

import java.util.Optional;

/** Which simulated hand the controller is attached to. */
public enum SnapToHand implements WireNamed {
  /** Attached to the left hand ({@code "left"}). */
  LEFT("left"),
  /** Attached to the right hand ({@code "right"}). */
  RIGHT("right"),
  /** Not attached to a hand ({@code "none"}). */
  NONE("none");

  private final String wireName;

  SnapToHand(String wireName) {
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
  public static Optional<SnapToHand> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
