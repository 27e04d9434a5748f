package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/** A position in metres and an orientation, as used by cameras, head, controller, hands and planes. */
public record Pose(Vec3 position, Quaternion rotation, Extensions extensions) {
  /** At the origin, not rotated. */
  public static final Pose ORIGIN = new Pose(Vec3.ZERO, Quaternion.IDENTITY, Extensions.EMPTY);

  public Pose {
    requireNonNull(position, "position is null");
    requireNonNull(rotation, "rotation is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "position", "rotation");
  }

  public Pose(Vec3 position, Quaternion rotation) {
    this(position, rotation, Extensions.EMPTY);
  }

  public Pose withPosition(Vec3 newPosition) {
    return new Pose(newPosition, rotation, extensions);
  }

  public Pose withRotation(Quaternion newRotation) {
    return new Pose(position, newRotation, extensions);
  }

  public Pose withExtensions(Extensions newExtensions) {
    return new Pose(position, rotation, newExtensions);
  }
}
