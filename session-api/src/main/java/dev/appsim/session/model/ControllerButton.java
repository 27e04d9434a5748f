package dev.appsim.session.model;

import java.util.Optional;

/** Controller buttons that the controller panel can hold pressed. */
public enum ControllerButton implements WireNamed {
  TRIGGER("trigger"),
  BUMPER("bumper"),
  MENU("menu"),
  TOUCHPAD("touchpad");

  private final String wireName;

  ControllerButton(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<ControllerButton> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
