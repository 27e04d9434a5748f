package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a scene node sits relative to its parent: position in metres, rotation as a unit
 * quaternion, and a per-axis scale that must not be zero (a zero scale collapses the node and
 * cannot be inverted).
 *
 * @param position the offset from the parent's origin, in metres
 * @param rotation the rotation relative to the parent
 * @param scale the per-axis scale, no component zero (negative mirrors)
 * @param extensions members the format does not define, kept for round trips
 */
public record Transform(Vec3 position, Quaternion rotation, Vec3 scale, Extensions extensions) {
  /** No translation, no rotation, unit scale. */
  public static final Transform IDENTITY = new Transform(Vec3.ZERO, Quaternion.IDENTITY, Vec3.ONE, Extensions.EMPTY);

  /**
   * Checks the components.
   *
   * @param position the offset from the parent's origin, in metres
   * @param rotation the rotation relative to the parent
   * @param scale the per-axis scale, no component zero
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if an argument is null
   * @throws SessionValidationException if a scale component is zero, or an extension is named
   *     {@code position}, {@code rotation} or {@code scale}
   */
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

  /**
   * A transform without extensions.
   *
   * @param position the offset from the parent's origin, in metres
   * @param rotation the rotation relative to the parent
   * @param scale the per-axis scale, no component zero
   * @throws NullPointerException if an argument is null
   * @throws SessionValidationException if a scale component is zero
   */
  public Transform(Vec3 position, Quaternion rotation, Vec3 scale) {
    this(position, rotation, scale, Extensions.EMPTY);
  }

  /**
   * A pure translation.
   *
   * @param x the offset along X, in metres
   * @param y the offset along Y, in metres
   * @param z the offset along Z, in metres
   * @return a transform moving by (x, y, z), not rotated, unit scale
   * @throws SessionValidationException if an offset is not finite
   */
  public static Transform translation(double x, double y, double z) {
    return new Transform(new Vec3(x, y, z), Quaternion.IDENTITY, Vec3.ONE);
  }

  /**
   * {@code true} when this is the identity with no extensions, so it can be omitted on the wire.
   *
   * @return whether this equals {@link #IDENTITY}
   */
  public boolean isIdentity() {
    return equals(IDENTITY);
  }

  /**
   * {@return a copy at {@code newPosition}}
   *
   * @param newPosition the offset from the parent's origin, in metres
   * @throws NullPointerException if {@code newPosition} is null
   */
  public Transform withPosition(Vec3 newPosition) {
    return new Transform(newPosition, rotation, scale, extensions);
  }

  /**
   * {@return a copy rotated by {@code newRotation}}
   *
   * @param newRotation the rotation relative to the parent
   * @throws NullPointerException if {@code newRotation} is null
   */
  public Transform withRotation(Quaternion newRotation) {
    return new Transform(position, newRotation, scale, extensions);
  }

  /**
   * {@return a copy scaled by {@code newScale}}
   *
   * @param newScale the per-axis scale, no component zero
   * @throws NullPointerException if {@code newScale} is null
   * @throws SessionValidationException if a scale component is zero
   */
  public Transform withScale(Vec3 newScale) {
    return new Transform(position, rotation, newScale, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named {@code position}, {@code rotation} or
   *     {@code scale}
   */
  public Transform withExtensions(Extensions newExtensions) {
    return new Transform(position, rotation, scale, newExtensions);
  }
}
