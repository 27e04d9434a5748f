package dev.appsim.session.codec.internal;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Receives the bytes of a Smile binary value straight from the parser's buffer and decodes them
 * as little-endian 32-bit values, so that no intermediate byte array of the whole value is made.
 * A value split across two chunks is carried over.
 */
abstract class LittleEndianSink extends OutputStream {
  private final byte[] carry = new byte[4];
  private int carried;
  private long bytes;

  /** Receives one decoded 32-bit value. */
  abstract void accept(int bits);

  /** Bytes received so far. */
  final long bytes() {
    return bytes;
  }

  /** {@code true} if the bytes received end on a 4-byte boundary. */
  final boolean aligned() {
    return carried == 0;
  }

  @Override
  public final void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public final void write(byte[] b, int off, int len) {
    bytes += len;
    while (carried > 0 && carried < 4 && len > 0) {
      carry[carried++] = b[off++];
      len--;
    }
    if (carried == 4) {
      accept(ByteBuffer.wrap(carry).order(ByteOrder.LITTLE_ENDIAN).getInt(0));
      carried = 0;
    }
    int whole = len & ~3;
    ByteBuffer buffer = ByteBuffer.wrap(b, off, whole).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = off; i < off + whole; i += 4) {
      accept(buffer.getInt(i));
    }
    for (int i = off + whole; i < off + len; i++) {
      carry[carried++] = b[i];
    }
  }
}
