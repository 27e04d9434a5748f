package dev.appsim.session.model;

import java.util.Optional;

/** How the simulator's scene camera moves. */
public enum CameraMode implements WireNamed {
  /** Orbits the room from above ({@code "birdsEye"}). */
  BIRDS_EYE("birdsEye"),
  /** Flies freely through the room ({@code "freeFly"}). */
  FREE_FLY("freeFly");

  private final String wireName;

  CameraMode(String wireName) {
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
  public static Optional<CameraMode> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
