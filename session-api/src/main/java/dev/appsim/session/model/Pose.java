package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/**
 * A position in metres and an orientation, as used by cameras, head, controller, hands and planes.
 *
 * @param position where, in metres
 * @param rotation the orientation
 * @param extensions members the format does not define, kept for round trips
 */
public record Pose(Vec3 position, Quaternion rotation, Extensions extensions) {
  /** At the origin, not rotated. */
  public static final Pose ORIGIN = new Pose(Vec3.ZERO, Quaternion.IDENTITY, Extensions.EMPTY);

  /**
   * Checks the components.
   *
   * @param position where, in metres
   * @param rotation the orientation
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if an argument is null
   * @throws SessionValidationException if an extension is named {@code position} or {@code rotation}
   */
  public Pose {
    requireNonNull(position, "position is null");
    requireNonNull(rotation, "rotation is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "position", "rotation");
  }

  /**
   * A pose without extensions.
   *
   * @param position where, in metres
   * @param rotation the orientation
   * @throws NullPointerException if an argument is null
   */
  public Pose(Vec3 position, Quaternion rotation) {
    this(position, rotation, Extensions.EMPTY);
  }

  /**
   * {@return a copy at {@code newPosition}}
   *
   * @param newPosition where, in metres
   * @throws NullPointerException if {@code newPosition} is null
   */
  public Pose withPosition(Vec3 newPosition) {
    return new Pose(newPosition, rotation, extensions);
  }

  /**
   * {@return a copy turned to {@code newRotation}}
   *
   * @param newRotation the orientation
   * @throws NullPointerException if {@code newRotation} is null
   */
  public Pose withRotation(Quaternion newRotation) {
    return new Pose(position, newRotation, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named {@code position} or {@code rotation}
   */
  public Pose withExtensions(Extensions newExtensions) {
    return new Pose(position, rotation, newExtensions);
  }
}
