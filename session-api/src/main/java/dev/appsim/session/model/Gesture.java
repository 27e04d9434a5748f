package dev.appsim.session.model;

import java.util.Optional;

/** Static hand gestures the hands panel simulates. */
public enum Gesture implements WireNamed {
  NO_HAND("noHand"),
  OPEN_HAND("openHand"),
  FIST("fist"),
  PINCH("pinch"),
  POINT("point"),
  OK("ok"),
  C("c"),
  L("l"),
  THUMB("thumb"),
  FINGER("finger");

  private final String wireName;

  Gesture(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<Gesture> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
