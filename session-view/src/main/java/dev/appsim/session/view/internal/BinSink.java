package dev.appsim.session.view.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;

/**
 * Little-endian binary output through one fixed buffer, so a glTF BIN chunk of any size is written
 * with constant memory; counts the bytes it has taken.
 */
final class BinSink {
  private static final int CAPACITY = 1 << 16;

  private final OutputStream out;
  private final ByteBuffer buffer = ByteBuffer.allocate(CAPACITY).order(ByteOrder.LITTLE_ENDIAN);
  private long written;

  public BinSink(OutputStream out) {
    this.out = out;
  }

  private void room(int bytes) throws IOException {
    if (buffer.remaining() < bytes) {
      flushBuffer();
    }
  }

  private void flushBuffer() throws IOException {
    out.write(buffer.array(), 0, buffer.position());
    buffer.clear();
  }

  public void putFloat(float v) throws IOException {
    room(4);
    buffer.putFloat(v);
    written += 4;
  }

  public void putInt(int v) throws IOException {
    room(4);
    buffer.putInt(v);
    written += 4;
  }

  public void putShort(int v) throws IOException {
    room(2);
    buffer.putShort((short) v);
    written += 2;
  }

  public void putByte(int v) throws IOException {
    room(1);
    buffer.put((byte) v);
    written += 1;
  }

  /** Copies the remaining floats of {@code src} in bulk, moving its position to its limit. */
  public void putFloats(FloatBuffer src) throws IOException {
    while (src.hasRemaining()) {
      int n = Math.min(src.remaining(), buffer.remaining() / Float.BYTES);
      if (n == 0) {
        flushBuffer();
        continue;
      }
      FloatBuffer slice = src.slice();
      slice.limit(n);
      buffer.asFloatBuffer().put(slice);
      buffer.position(buffer.position() + n * Float.BYTES);
      src.position(src.position() + n);
      written += (long) n * Float.BYTES;
    }
  }

  /** Copies the remaining ints of {@code src} in bulk as little-endian uint32, moving its position to its limit. */
  public void putInts(IntBuffer src) throws IOException {
    while (src.hasRemaining()) {
      int n = Math.min(src.remaining(), buffer.remaining() / Integer.BYTES);
      if (n == 0) {
        flushBuffer();
        continue;
      }
      IntBuffer slice = src.slice();
      slice.limit(n);
      buffer.asIntBuffer().put(slice);
      buffer.position(buffer.position() + n * Integer.BYTES);
      src.position(src.position() + n);
      written += (long) n * Integer.BYTES;
    }
  }

  /** Zero bytes until {@code offset} bytes have been written in all. */
  public void padTo(long offset) throws IOException {
    while (written < offset) {
      putByte(0);
    }
  }

  public long written() {
    return written;
  }

  /** Writes out what the buffer holds; the stream is flushed, not closed. */
  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }
}
