package dev.appsim.session.model;

import java.util.Optional;

/** The head-tracking quality simulated by the head-pose panel. */
public enum TrackingState implements WireNamed {
  OK("ok"),
  LIMITED("limited"),
  LOST("lost");

  private final String wireName;

  TrackingState(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<TrackingState> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
