package dev.appsim.session.model;

import java.util.Optional;

/** Which simulated hand the controller is attached to. */
public enum SnapToHand implements WireNamed {
  LEFT("left"),
  RIGHT("right"),
  NONE("none");

  private final String wireName;

  SnapToHand(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<SnapToHand> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
