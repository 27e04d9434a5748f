package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable array of int32 values (triangle vertex indices), held unboxed so
 * that a scan with millions of triangles costs four bytes an index. Equality compares values.
 */
public final class IntArray {
  /** The empty array. */
  public static final IntArray EMPTY = new IntArray(new int[0]);

  private final int[] values;

  private IntArray(int[] values) {
    this.values = values;
  }

  /**
   * A copy of {@code values}.
   *
   * @param values the values; copied, so later changes to the array do not show
   * @return the array; {@link #EMPTY} for no values
   * @throws NullPointerException if {@code values} is null
   */
  public static IntArray of(int... values) {
    requireNonNull(values, "values is null");
    return values.length == 0 ? EMPTY : new IntArray(values.clone());
  }

  /**
   * A copy of the remaining values of {@code buffer}; the buffer is not moved.
   *
   * @param buffer the buffer whose remaining values to copy; not null
   * @return the array of the values from the buffer's position to its limit
   * @throws NullPointerException if {@code buffer} is null
   */
  public static IntArray copyOf(IntBuffer buffer) {
    requireNonNull(buffer, "buffer is null");
    int[] copy = new int[buffer.remaining()];
    buffer.duplicate().get(copy);
    return new IntArray(copy);
  }

  /**
   * A builder that grows as values are appended; {@link Builder#build()} hands its storage over without
   * copying when full.
   *
   * @param expectedSize how many values will likely be added, 0 or more; the initial capacity
   * @return an empty builder
   * @throws IllegalArgumentException if {@code expectedSize} is negative
   */
  public static Builder builder(int expectedSize) {
    return new Builder(expectedSize);
  }

  /** {@return the number of values, 0 or more} */
  public int size() {
    return values.length;
  }

  /** {@return whether there are no values} */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /**
   * {@code true} if every value lies in {@code [0, bound)}; one pass without a branch per value.
   */
  boolean allWithin(int bound) {
    // Both terms are non-negative exactly when 0 <= value <= bound - 1, so a sign bit left in
    // the OR names a value outside; with bound 0 every value is outside, as it should be.
    int signs = 0;
    int last = bound - 1;
    for (int value : values) {
      signs |= value | (last - value);
    }
    return signs >= 0;
  }

  /**
   * The value at {@code index}.
   *
   * @param index 0 to {@code size() - 1}
   * @return the value
   * @throws ArrayIndexOutOfBoundsException if {@code index} is out of range
   */
  public int get(int index) {
    return values[index];
  }

  /**
   * A fresh copy of the values.
   *
   * @return a new array holding the values; changing it does not change this one
   */
  public int[] toArray() {
    return values.clone();
  }

  /**
   * A read-only view, no copy.
   *
   * @return a read-only buffer over the values, position 0, limit {@link #size()}
   */
  public IntBuffer asBuffer() {
    return IntBuffer.wrap(values).asReadOnlyBuffer();
  }

  /**
   * Writes every value as little-endian int32 into {@code out} at its position, advancing it.
   *
   * @param out the buffer to write into, with at least {@code size() * 4} bytes remaining; its own
   *     byte order does not matter
   * @throws java.nio.BufferOverflowException if {@code out} has too little room
   * @throws java.nio.ReadOnlyBufferException if {@code out} is read-only
   */
  public void writeLittleEndian(ByteBuffer out) {
    out.duplicate().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(values);
    out.position(out.position() + values.length * Integer.BYTES);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IntArray other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** Size and the first few values; never prints a million numbers. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("IntArray[size=").append(values.length);
    int shown = Math.min(values.length, 6);
    if (shown > 0) {
      sb.append(": ");
      for (int i = 0; i < shown; i++) {
        sb.append(i == 0 ? "" : ", ").append(values[i]);
      }
      if (shown < values.length) {
        sb.append(", ...");
      }
    }
    return sb.append(']').toString();
  }

  /** Collects int values without boxing; not thread-safe; single use: {@link #build()} once. */
  public static final class Builder {
    // The largest array length every JVM allocates.
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private int[] values;
    private int size;
    private boolean built;

    private Builder(int expectedSize) {
      if (expectedSize < 0) {
        throw new IllegalArgumentException("expectedSize (" + expectedSize + ") must be >= 0");
      }
      values = new int[expectedSize];
    }

    /**
     * Appends {@code value}, growing the storage by half when full.
     *
     * @param value the value
     * @return this builder
     */
    public Builder add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, Math.max(16, values.length + (values.length >> 1)));
      }
      values[size++] = value;
      return this;
    }

    /**
     * Appends the remaining values of {@code buffer} in one bulk copy, moving its position to its
     * limit; a little-endian byte view ({@code bytes.order(LITTLE_ENDIAN).asIntBuffer()}) decodes
     * straight into the builder's storage.
     *
     * @param buffer the buffer whose remaining values to append; not null
     * @return this builder
     * @throws NullPointerException if {@code buffer} is null
     * @throws IllegalArgumentException if the values would not fit in one Java array
     */
    public Builder addAll(IntBuffer buffer) {
      requireNonNull(buffer, "buffer is null");
      int count = buffer.remaining();
      if (count > values.length - size) {
        long wanted = Math.max((long) size + count, values.length + (long) (values.length >> 1));
        if (size + (long) count > MAX_LENGTH) {
          throw new IllegalArgumentException("cannot hold " + (size + (long) count)
              + " values; at most " + MAX_LENGTH + " fit in one array");
        }
        values = Arrays.copyOf(values, (int) Math.min(wanted, MAX_LENGTH));
      }
      buffer.get(values, size, count);
      size += count;
      return this;
    }

    /** {@return how many values were added so far} */
    public int size() {
      return size;
    }

    /**
     * The array; no copy when exactly {@code expectedSize} values were added.
     *
     * @return the array of the added values; {@link IntArray#EMPTY} if none
     * @throws IllegalStateException if {@code build()} was already called
     */
    public IntArray build() {
      if (built) {
        throw new IllegalStateException("build() was already called");
      }
      built = true;
      if (size == 0) {
        return EMPTY;
      }
      return new IntArray(size == values.length ? values : Arrays.copyOf(values, size));
    }
  }
}
