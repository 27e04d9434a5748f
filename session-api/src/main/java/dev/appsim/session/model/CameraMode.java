package dev.appsim.session.model;

import java.util.Optional;

/** How the simulator's scene camera moves. */
public enum CameraMode implements WireNamed {
  BIRDS_EYE("birdsEye"),
  FREE_FLY("freeFly");

  private final String wireName;

  CameraMode(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<CameraMode> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
