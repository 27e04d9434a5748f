package dev.appsim.session.view.internal;

import dev.appsim.session.model.IntArray;

/**
 * The glTF index component type for a block: unsigned short when the indices fit, else unsigned
 * int. The largest value of each type is the primitive-restart value, which glTF forbids in
 * indices, so a type fits only below it. Unsigned bytes, valid glTF too, are not used: WebGPU and
 * some engines cannot draw them.
 */
final class IndexType {
  public static final int UNSIGNED_BYTE = 5121;
  public static final int UNSIGNED_SHORT = 5123;
  public static final int UNSIGNED_INT = 5125;

  private IndexType() {}

  /** The type for indices whose largest value is {@code max}. */
  public static int forMax(long max) {
    return max < 0xFFFF ? UNSIGNED_SHORT : UNSIGNED_INT;
  }

  /** The type for these indices (all >= 0, as the model guarantees). */
  public static int of(IntArray indices) {
    int max = 0;
    for (int i = 0; i < indices.size(); i++) {
      max = Math.max(max, indices.get(i));
    }
    return forMax(max);
  }

  public static int bytes(int componentType) {
    return switch (componentType) {
      case UNSIGNED_BYTE -> 1;
      case UNSIGNED_SHORT -> 2;
      case UNSIGNED_INT -> 4;
      default -> throw new IllegalArgumentException("not an index component type: " + componentType);
    };
  }
}
