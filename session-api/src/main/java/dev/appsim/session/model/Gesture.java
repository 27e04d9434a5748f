package dev.appsim.session.model;

import java.util.Optional;

/** Static hand gestures the hands panel simulates. */
public enum Gesture implements WireNamed {
  /** No hand is seen ({@code "noHand"}). */
  NO_HAND("noHand"),
  /** An open hand ({@code "openHand"}). */
  OPEN_HAND("openHand"),
  /** A fist ({@code "fist"}). */
  FIST("fist"),
  /** Thumb and index finger pinched ({@code "pinch"}). */
  PINCH("pinch"),
  /** Index finger pointing ({@code "point"}). */
  POINT("point"),
  /** The OK sign ({@code "ok"}). */
  OK("ok"),
  /** The hand shaped as a C ({@code "c"}). */
  C("c"),
  /** The hand shaped as an L ({@code "l"}). */
  L("l"),
  /** Thumb up ({@code "thumb"}). */
  THUMB("thumb"),
  /** One finger raised ({@code "finger"}). */
  FINGER("finger");

  private final String wireName;

  Gesture(String wireName) {
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
  public static Optional<Gesture> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
