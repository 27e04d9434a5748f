package dev.appsim.session.room.archive.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** A buffered, position-tracking writer over a file channel that can patch earlier bytes. */
public final class OutputSink implements Closeable {
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(256 << 10);
  private long position;

  public OutputSink(FileChannel channel) {
    this.channel = channel;
  }

  /** Bytes written so far, buffered or not. */
  public long position() {
    return position;
  }

  public void write(byte[] bytes) throws IOException {
    write(bytes, 0, bytes.length);
  }

  public void write(byte[] bytes, int offset, int length) throws IOException {
    if (length > buffer.remaining()) {
      flush();
    }
    if (length > buffer.capacity()) {
      ByteBuffer wrap = ByteBuffer.wrap(bytes, offset, length);
      while (wrap.hasRemaining()) {
        channel.write(wrap);
      }
    } else {
      buffer.put(bytes, offset, length);
    }
    position += length;
  }

  /** Appends {@code size} bytes of {@code source} from its start. */
  public void transferFrom(FileChannel source, long size) throws IOException {
    flush();
    long done = 0;
    while (done < size) {
      long n = source.transferTo(done, size - done, channel);
      if (n <= 0) {
        throw new IOException("spill file ended after " + done + " of " + size + " bytes");
      }
      done += n;
    }
    position += size;
  }

  /** Overwrites bytes already written at an absolute position. */
  public void patch(long at, byte[] bytes) throws IOException {
    flush();
    ByteBuffer wrap = ByteBuffer.wrap(bytes);
    long p = at;
    while (wrap.hasRemaining()) {
      p += channel.write(wrap, p);
    }
  }

  public void flush() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
