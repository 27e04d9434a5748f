package dev.appsim.session.model;

/**
 * A rotation as a unit quaternion, wire form {@code [x, y, z, w]}. The norm must be within
 * {@link #NORM_TOLERANCE} of 1: simulators write rotations rounded to a few decimals, so an
 * exact unit norm cannot be required, but a clearly non-unit value is a corrupted rotation.
 *
 * <p><b>Conventions.</b> Sessions use a right-handed frame, +Y up and -Z forward (as glTF and
 * OpenXR). A positive angle turns counter-clockwise when looking from the tip of the axis toward
 * the origin: a positive Y angle turns the forward direction -Z toward -X (to the left), a
 * positive X angle tilts it up. The simulator's panels show orientation as X, Y and Z angles in
 * degrees; {@link #ofEulerDegrees} and {@link #toEulerDegrees} read them as <em>intrinsic
 * Y-X-Z</em> angles: yaw about Y first, then pitch about the new X, then roll about the newest
 * Z (the same rotation as extrinsic Z, then X, then Y; Unity's order). Pitch is the middle
 * angle, so the angles are ambiguous only when looking straight up or down (X = &plusmn;90).
 *
 * <pre>{@code
 * Quaternion turned = Quaternion.ofEulerDegrees(0, 90, 0);   // [0, 0.7071068, 0, 0.7071068]
 * Vec3 angles = turned.toEulerDegrees();                       // (0, 90, 0)
 * Quaternion tilted = Quaternion.ofAxisAngle(new Vec3(1, 0, 0), -30);
 * }</pre>
 *
 * @param x the x component of the vector part
 * @param y the y component of the vector part
 * @param z the z component of the vector part
 * @param w the scalar part
 */
public record Quaternion(double x, double y, double z, double w) {
  /** Allowed distance of the norm from 1 (FORMAT.md 1.1). */
  public static final double NORM_TOLERANCE = 1e-3;
  /** No rotation, the default. */
  public static final Quaternion IDENTITY = new Quaternion(0, 0, 0, 1);

  private static final Vec3 X_AXIS = new Vec3(1, 0, 0);
  private static final Vec3 Y_AXIS = new Vec3(0, 1, 0);
  private static final Vec3 Z_AXIS = new Vec3(0, 0, 1);

  /**
   * Checks that the components are finite and the norm is within {@link #NORM_TOLERANCE} of 1.
   *
   * @param x the x component of the vector part
   * @param y the y component of the vector part
   * @param z the z component of the vector part
   * @param w the scalar part
   * @throws SessionValidationException if a component is not finite or the norm differs from 1 by
   *     more than {@link #NORM_TOLERANCE}
   */
  public Quaternion {
    Checks checks = new Checks();
    checks.finite("/0", x);
    checks.finite("/1", y);
    checks.finite("/2", z);
    checks.finite("/3", w);
    if (checks.isEmpty()) {
      double norm = Math.sqrt(x * x + y * y + z * z + w * w);
      if (Math.abs(norm - 1) > NORM_TOLERANCE) {
        checks.add("", "rotation is not a unit quaternion: norm " + norm
            + " differs from 1 by more than " + NORM_TOLERANCE);
      }
    }
    checks.throwIfAny();
  }

  /**
   * The rotation by {@code degrees} about {@code axis} (any length but zero; right-handed: a
   * positive angle is counter-clockwise looking down the axis toward the origin).
   *
   * @param axis the axis to turn about; any non-zero finite length
   * @param degrees the angle in degrees, any finite value
   * @return the unit quaternion of that rotation
   * @throws IllegalArgumentException if the axis has no direction or the angle is not finite
   */
  public static Quaternion ofAxisAngle(Vec3 axis, double degrees) {
    double length = Math.sqrt(axis.x() * axis.x() + axis.y() * axis.y() + axis.z() * axis.z());
    if (length == 0 || !Double.isFinite(length)) {
      throw new IllegalArgumentException("axis (" + axis.x() + ", " + axis.y() + ", " + axis.z()
          + ") has no direction; give a non-zero, finite axis");
    }
    if (!Double.isFinite(degrees)) {
      throw new IllegalArgumentException("angle " + degrees + " is not a finite number of degrees");
    }
    double half = Math.toRadians(degrees) / 2;
    double s = Math.sin(half) / length;
    return new Quaternion(axis.x() * s, axis.y() * s, axis.z() * s, Math.cos(half));
  }

  /**
   * The rotation the simulator's panels show as angles {@code x}, {@code y}, {@code z} in
   * degrees, read as intrinsic Y-X-Z (yaw, then pitch, then roll; see the class comment):
   * {@code ofAxisAngle(Y, y).multiply(ofAxisAngle(X, x)).multiply(ofAxisAngle(Z, z))}.
   *
   * @param x the pitch about X, in degrees
   * @param y the yaw about Y, in degrees
   * @param z the roll about Z, in degrees
   * @return the unit quaternion of that rotation
   * @throws IllegalArgumentException if an angle is not finite
   */
  public static Quaternion ofEulerDegrees(double x, double y, double z) {
    return ofAxisAngle(Y_AXIS, y).multiply(ofAxisAngle(X_AXIS, x)).multiply(ofAxisAngle(Z_AXIS, z));
  }

  /**
   * The angles {@link #ofEulerDegrees} takes, in degrees: X (pitch) in [-90, 90], Y (yaw) and Z
   * (roll) in (-180, 180]. Looking straight up or down (X = &plusmn;90) only Y + Z or Y - Z is
   * defined; Z is then 0.
   *
   * @return the angles in degrees as (X, Y, Z)
   */
  public Vec3 toEulerDegrees() {
    double n = x * x + y * y + z * z + w * w; // divides out the tolerated non-unit norm
    double m12 = 2 * (y * z - w * x) / n;
    double m02 = 2 * (x * z + w * y) / n;
    double m22 = 1 - 2 * (x * x + y * y) / n;
    double m10 = 2 * (x * y + w * z) / n;
    double m11 = 1 - 2 * (x * x + z * z) / n;
    double sinPitch = Math.max(-1, Math.min(1, -m12));
    double pitch = Math.asin(sinPitch);
    double yaw;
    double roll;
    if (Math.abs(sinPitch) > 1 - 1e-12) {
      double m00 = 1 - 2 * (y * y + z * z) / n;
      double m20 = 2 * (x * z - w * y) / n;
      yaw = Math.atan2(-m20, m00);
      roll = 0;
    } else {
      yaw = Math.atan2(m02, m22);
      roll = Math.atan2(m10, m11);
    }
    return new Vec3(degrees(pitch), halfOpen(degrees(yaw)), halfOpen(degrees(roll)));
  }

  /**
   * The angle of this rotation about {@link #axis()}, in degrees, in [0, 180].
   *
   * @return the angle in degrees, in [0, 180]; 0 for the identity
   */
  public double angleDegrees() {
    double vector = Math.sqrt(x * x + y * y + z * z);
    return Math.toDegrees(2 * Math.atan2(vector, Math.abs(w)));
  }

  /**
   * The unit axis this rotation turns about by {@link #angleDegrees()} (counter-clockwise,
   * right-handed); {@code (1, 0, 0)} when it does not rotate.
   *
   * @return the axis as a unit vector
   */
  public Vec3 axis() {
    double vector = Math.sqrt(x * x + y * y + z * z);
    if (vector == 0) {
      return X_AXIS;
    }
    double sign = w < 0 ? -1 : 1; // q and -q are the same rotation; keep the angle in [0, 180]
    return new Vec3(sign * x / vector, sign * y / vector, sign * z / vector);
  }

  /**
   * The rotation that applies {@code other} first, then this one (the Hamilton product this &times; other).
   *
   * @param other the rotation applied first
   * @return the combined rotation
   * @throws SessionValidationException if rounding takes the product's norm beyond the tolerance
   */
  public Quaternion multiply(Quaternion other) {
    return new Quaternion(
        w * other.x + x * other.w + y * other.z - z * other.y,
        w * other.y - x * other.z + y * other.w + z * other.x,
        w * other.z + x * other.y - y * other.x + z * other.w,
        w * other.w - x * other.x - y * other.y - z * other.z);
  }

  /**
   * {@code v} turned by this rotation.
   *
   * @param v the vector to turn; its length is kept
   * @return {@code v} rotated
   */
  public Vec3 rotate(Vec3 v) {
    // v + 2w(u x v) + 2u x (u x v), with u the vector part, divided by the norm squared.
    double n = x * x + y * y + z * z + w * w;
    double cx = y * v.z() - z * v.y();
    double cy = z * v.x() - x * v.z();
    double cz = x * v.y() - y * v.x();
    double ccx = y * cz - z * cy;
    double ccy = z * cx - x * cz;
    double ccz = x * cy - y * cx;
    return new Vec3(v.x() + 2 * (w * cx + ccx) / n, v.y() + 2 * (w * cy + ccy) / n, v.z() + 2 * (w * cz + ccz) / n);
  }

  // atan2 can give -180 for a turn the panels show as 180.
  private static double halfOpen(double degrees) {
    return degrees == -180 ? 180 : degrees;
  }

  // Adding 0.0 turns -0.0 into 0.0, so a level pose reads (0, 0, 0) as the panels show it.
  private static double degrees(double radians) {
    return Math.toDegrees(radians) + 0.0;
  }

  /**
   * Component {@code i} in wire order x, y, z, w.
   *
   * @param i the index, 0 to 3
   * @return the component
   * @throws IndexOutOfBoundsException if {@code i} is not 0 to 3
   */
  public double get(int i) {
    return switch (i) {
      case 0 -> x;
      case 1 -> y;
      case 2 -> z;
      case 3 -> w;
      default -> throw new IndexOutOfBoundsException("Quaternion index " + i + " is not 0..3");
    };
  }
}
