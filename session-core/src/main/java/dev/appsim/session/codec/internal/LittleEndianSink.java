package dev.appsim.session.codec.internal;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Receives the bytes of a Smile binary value straight from the parser's buffer and decodes them
 * in bulk as little-endian float32 or int32 values into a growing array, so no byte array of the
 * whole value is made. A value split across two chunks is carried over.
 */
final class LittleEndianSink extends OutputStream {
  private final byte[] carry = new byte[4];
  private final long budget;
  private final Runnable overBudget;
  private int carried;
  private long bytes;
  private final boolean floats;
  private float[] floatValues = new float[0];
  private int[] intValues = new int[0];
  private int size;

  /**
   * @param expected likely number of values, or 0 when unknown
   * @param budget most values accepted; {@code overBudget} throws when more arrive
   */
  LittleEndianSink(boolean floats, int expected, long budget, Runnable overBudget) {
    this.floats = floats;
    int capacity = (int) Math.min(Math.max(expected, 1024), budget);
    if (floats) {
      floatValues = new float[capacity];
    } else {
      intValues = new int[capacity];
    }
    this.budget = budget;
    this.overBudget = overBudget;
  }

  /** Bytes received so far. */
  long bytes() {
    return bytes;
  }

  /** {@code true} if the bytes received end on a 4-byte boundary. */
  boolean aligned() {
    return carried == 0;
  }

  int size() {
    return size;
  }

  /** The decoded floats; only the first {@link #size()} are meaningful. */
  float[] floatValues() {
    return floatValues;
  }

  /** The decoded ints; only the first {@link #size()} are meaningful. */
  int[] intValues() {
    return intValues;
  }

  private int capacity() {
    return floats ? floatValues.length : intValues.length;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    bytes += len;
    while (carried > 0 && len > 0) {
      carry[carried++] = b[off++];
      len--;
      if (carried == 4) {
        ensure(1);
        int bits = ByteBuffer.wrap(carry).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        if (floats) {
          floatValues[size++] = Float.intBitsToFloat(bits);
        } else {
          intValues[size++] = bits;
        }
        carried = 0;
      }
    }
    int whole = len >>> 2;
    if (whole > 0) {
      ensure(whole);
      ByteBuffer chunk = ByteBuffer.wrap(b, off, whole * 4).order(ByteOrder.LITTLE_ENDIAN);
      if (floats) {
        chunk.asFloatBuffer().get(floatValues, size, whole);
      } else {
        chunk.asIntBuffer().get(intValues, size, whole);
      }
      size += whole;
    }
    for (int i = off + whole * 4; i < off + len; i++) {
      carry[carried++] = b[i];
    }
  }

  private void ensure(int more) {
    if (size + (long) more > budget) {
      overBudget.run();
    }
    if (size + more > capacity()) {
      long grown = Math.max((long) size + more, Math.min(budget, capacity() * 2L));
      int length = (int) Math.min(grown, Integer.MAX_VALUE - 8);
      if (floats) {
        floatValues = Arrays.copyOf(floatValues, length);
      } else {
        intValues = Arrays.copyOf(intValues, length);
      }
    }
  }
}
