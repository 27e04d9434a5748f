package dev.appsim.session.model;

/**
 * A rotation as a unit quaternion, wire form {@code [x, y, z, w]}. The norm must be within
 * {@link #NORM_TOLERANCE} of 1: simulators write rotations rounded to a few decimals, so an
 * exact unit norm cannot be required, but a clearly non-unit value is a corrupted rotation.
 */
public record Quaternion(double x, double y, double z, double w) {
  /** Allowed distance of the norm from 1 (FORMAT.md 1.1). */
  public static final double NORM_TOLERANCE = 1e-3;
  /** No rotation, the default. */
  public static final Quaternion IDENTITY = new Quaternion(0, 0, 0, 1);

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

  /** Component {@code i} in wire order x, y, z, w. */
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
