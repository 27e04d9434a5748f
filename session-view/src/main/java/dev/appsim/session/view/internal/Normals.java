package dev.appsim.session.view.internal;

import dev.appsim.session.model.FloatArray;
import java.io.IOException;

/**
 * Normals as glTF wants them: unit length. A zero normal (the only kind the model allows that
 * cannot be normalised) has no direction to give, so a block with one exports without normals
 * and viewers compute them from the triangles; any made-up direction would shade wrongly.
 */
final class Normals {
  private Normals() {}

  /** Whether every x,y,z triple is non-zero (finite values are guaranteed by the model). */
  public static boolean allNormalisable(FloatArray normals) {
    for (int i = 0; i < normals.size(); i += 3) {
      if (normals.get(i) == 0 && normals.get(i + 1) == 0 && normals.get(i + 2) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Writes (x, y, z) scaled to unit length as three float32s. */
  static void writeUnit(float x, float y, float z, BinSink sink) throws IOException {
    // Divide by the largest component first: Float.MAX_VALUE squared overflows a float, and a
    // subnormal squared underflows to zero.
    double big = Math.max(Math.abs((double) x), Math.max(Math.abs((double) y), Math.abs((double) z)));
    double sx = x / big;
    double sy = y / big;
    double sz = z / big;
    double length = Math.sqrt(sx * sx + sy * sy + sz * sz);
    sink.putFloat((float) (sx / length));
    sink.putFloat((float) (sy / length));
    sink.putFloat((float) (sz / length));
  }
}
