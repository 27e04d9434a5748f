package dev.appsim.session.codec.internal;

import java.io.OutputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The output of an encoding whose size is counted first: a counting pass ({@link #counting()})
 * measures the bytes, then {@link #ofSize} receives the same bytes into an array of exactly that
 * size, handed out by {@link #bytes()} without a copy. Writing past the counted size, or
 * stopping short of it, is a bug of ours: the encoding was not deterministic.
 */
public final class ExactOutput extends OutputStream {
  private final byte @Nullable [] bytes;
  private long count;

  private ExactOutput(byte @Nullable [] bytes) {
    this.bytes = bytes;
  }

  /** A stream that keeps nothing and counts what is written. */
  public static ExactOutput counting() {
    return new ExactOutput(null);
  }

  /** A stream into a fresh array of {@code size} bytes, the count of an earlier pass. */
  public static ExactOutput ofSize(long size) {
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("cannot hold " + size + " bytes in one array");
    }
    return new ExactOutput(new byte[(int) size]);
  }

  /** Bytes written so far. */
  public long count() {
    return count;
  }

  /** The array, once exactly its size was written. */
  public byte[] bytes() {
    if (bytes == null || count != bytes.length) {
      throw new IllegalStateException("the encoding wrote " + count + " bytes where its counting pass found "
          + (bytes == null ? "none kept" : bytes.length));
    }
    return bytes;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    if (bytes != null) {
      if (count + len > bytes.length) {
        throw new IllegalStateException("the encoding wrote more than the " + bytes.length
            + " bytes its counting pass found");
      }
      System.arraycopy(b, off, bytes, (int) count, len);
    }
    count += len;
  }
}
