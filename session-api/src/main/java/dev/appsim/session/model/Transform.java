package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a scene node sits relative to its parent: position in metres, rotation as a unit
 * quaternion, and a per-axis scale that must not be zero (a zero scale collapses the node and
 * cannot be inverted).
 */
public record Transform(Vec3 position, Quaternion rotation, Vec3 scale, Extensions extensions) {
  /** No translation, no rotation, unit scale. */
  public static final Transform IDENTITY = new Transform(Vec3.ZERO, Quaternion.IDENTITY, Vec3.ONE, Extensions.EMPTY);

  public Transform {
    requireNonNull(position, "position is null");
    requireNonNull(rotation, "rotation is null");
    requireNonNull(scale, "scale is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "position", "rotation", "scale");
    Checks checks = new Checks();
    for (int i = 0; i < 3; i++) {
      if (scale.get(i) == 0) {
        checks.add("/scale/" + i, "scale must not be zero");
      }
    }
    checks.throwIfAny();
  }

  public Transform(Vec3 position, Quaternion rotation, Vec3 scale) {
    this(position, rotation, scale, Extensions.EMPTY);
  }

  /** A pure translation. */
  public static Transform translation(double x, double y, double z) {
    return new Transform(new Vec3(x, y, z), Quaternion.IDENTITY, Vec3.ONE);
  }

  /** {@code true} when this is the identity with no extensions, so it can be omitted on the wire. */
  public boolean isIdentity() {
    return equals(IDENTITY);
  }

  public Transform withPosition(Vec3 newPosition) {
    return new Transform(newPosition, rotation, scale, extensions);
  }

  public Transform withRotation(Quaternion newRotation) {
    return new Transform(position, newRotation, scale, extensions);
  }

  public Transform withScale(Vec3 newScale) {
    return new Transform(position, rotation, newScale, extensions);
  }

  public Transform withExtensions(Extensions newExtensions) {
    return new Transform(position, rotation, scale, newExtensions);
  }
}
