package dev.appsim.session.model;

import java.util.Optional;

/** The head-tracking quality simulated by the head-pose panel. */
public enum TrackingState implements WireNamed {
  /** Fully tracked ({@code "ok"}). */
  OK("ok"),
  /** Tracked with reduced quality ({@code "limited"}). */
  LIMITED("limited"),
  /** Tracking lost ({@code "lost"}). */
  LOST("lost");

  private final String wireName;

  TrackingState(String wireName) {
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
  public static Optional<TrackingState> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
