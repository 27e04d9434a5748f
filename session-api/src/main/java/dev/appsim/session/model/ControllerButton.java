package dev.appsim.session.model;

import java.util.Optional;

/** Controller buttons that the controller panel can hold pressed. */
public enum ControllerButton implements WireNamed {
  /** The trigger ({@code "trigger"}). */
  TRIGGER("trigger"),
  /** The bumper ({@code "bumper"}). */
  BUMPER("bumper"),
  /** The menu button ({@code "menu"}). */
  MENU("menu"),
  /** The touchpad pressed as a button ({@code "touchpad"}). */
  TOUCHPAD("touchpad");

  private final String wireName;

  ControllerButton(String wireName) {
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
  public static Optional<ControllerButton> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
