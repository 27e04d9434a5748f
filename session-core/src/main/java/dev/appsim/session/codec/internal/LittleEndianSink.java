package dev.appsim.session.codec.internal;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.IntArray;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * Receives the bytes of a Smile binary value straight from the parser's buffer and decodes them
 * in bulk as little-endian float32 or int32 values into an array builder, so no byte array of the
 * whole value is made and the builder hands its storage to the model without a further copy when
 * the expected size was right. A value split across two chunks is carried over.
 */
final class LittleEndianSink extends OutputStream {
  private final byte[] carry = new byte[4];
  private final ByteBuffer carryView = ByteBuffer.wrap(carry).order(ByteOrder.LITTLE_ENDIAN);
  private final long budget;
  private final Runnable overBudget;
  private int carried;
  private long bytes;
  private final FloatArray.@Nullable Builder floats;
  private final IntArray.@Nullable Builder ints;

  /**
   * @param expected likely number of values, or 0 when unknown
   * @param budget most values accepted; {@code overBudget} throws when more arrive
   */
  LittleEndianSink(boolean floats, int expected, long budget, Runnable overBudget) {
    int capacity = (int) Math.min(Math.max(expected, 1024), budget);
    this.floats = floats ? FloatArray.builder(capacity) : null;
    this.ints = floats ? null : IntArray.builder(capacity);
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

  /** The decoded floats; only for a sink made for floats, once. */
  FloatArray floatValues() {
    return requireNonNull(floats, "not a float sink").build();
  }

  /** The decoded ints; only for a sink made for ints, once. */
  IntArray intValues() {
    return requireNonNull(ints, "not an int sink").build();
  }

  private int size() {
    return floats != null ? floats.size() : requireNonNull(ints).size();
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
        checkBudget(1);
        carryView.clear();
        append(carryView);
        carried = 0;
      }
    }
    int whole = len >>> 2;
    if (whole > 0) {
      checkBudget(whole);
      append(ByteBuffer.wrap(b, off, whole * 4).order(ByteOrder.LITTLE_ENDIAN));
    }
    for (int i = off + whole * 4; i < off + len; i++) {
      carry[carried++] = b[i];
    }
  }

  private void append(ByteBuffer littleEndian) {
    if (floats != null) {
      floats.addAll(littleEndian.asFloatBuffer());
    } else {
      requireNonNull(ints).addAll(littleEndian.asIntBuffer());
    }
  }

  private void checkBudget(int more) {
    if (size() + (long) more > budget) {
      overBudget.run();
    }
  }
}
