package dev.appsim.session.codec.internal;

/**
 * The lengths of the last binary values that {@link SmileTextChecker}, which runs ahead of the
 * parser, has walked past, by the offset of their type byte, so that a reader can make an array
 * of the right size before the value's bytes arrive in pieces. A length is given only when the
 * rest of an input of known size can hold it, so a forged length costs no more memory than the
 * input's own bytes would. Only a hint: a value not found is read as before.
 */
public final class BinaryLengths {
  private static final int KEPT = 32;

  private final long[] offsets = new long[KEPT];
  private final long[] lengths = new long[KEPT];
  private final long inputSize;
  private int next;
  private int kept;

  /** @param inputSize the input's size in bytes, the bound of every length given */
  BinaryLengths(long inputSize) {
    this.inputSize = inputSize;
  }

  void record(long offset, long length) {
    offsets[next] = offset;
    lengths[next] = length;
    next = (next + 1) % KEPT;
    kept = Math.min(kept + 1, KEPT);
  }

  /**
   * The decoded length in bytes of the binary value whose type byte is at {@code offset}, or -1
   * when it is not known or more than the rest of the input holds.
   */
  public long at(long offset) {
    for (int i = 0; i < kept; i++) {
      if (offsets[i] == offset) {
        return lengths[i] <= inputSize - offset ? lengths[i] : -1;
      }
    }
    return -1;
  }
}
