package dev.appsim.session.room.archive.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * A buffered, position-tracking writer over a file channel that can patch earlier bytes.
 *
 * <p>Writes behind: after every {@link #FLUSH_EVERY} bytes handed to the channel, a background
 * thread forces what was written so far to the device ({@code FileChannel.force(false)}) while
 * writing goes on, one flush at a time. The caller's final force, which makes the file durable,
 * then finds little left to write, instead of the whole archive at once after the CPU work is
 * done. A failed background flush is thrown by the next write or by {@link #close()}: after a
 * failed fsync the kernel may report later ones as clean, so the failure must not be lost.
 */
public final class OutputSink implements Closeable {
  /** Bytes handed to the channel between two background flushes. */
  static final long FLUSH_EVERY = 32L << 20;

  /** How the background thread forces the channel; a parameter so tests can watch and fail it. */
  @FunctionalInterface
  interface Force {
    void force(FileChannel channel) throws IOException;
  }

  private final FileChannel channel;
  private final Force force;
  private final long flushEvery;
  private final ByteBuffer buffer = ByteBuffer.allocate(256 << 10);
  private long position;
  private long unflushed;
  private @Nullable ExecutorService flusher;
  private @Nullable Future<Void> flushing;

  public OutputSink(FileChannel channel) {
    this(channel, c -> c.force(false), FLUSH_EVERY);
  }

  OutputSink(FileChannel channel, Force force, long flushEvery) {
    this.channel = channel;
    this.force = force;
    this.flushEvery = flushEvery;
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
      wroteBehind(length);
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
    wroteBehind(size);
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
    int length = buffer.remaining();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
    wroteBehind(length);
  }

  /** Counts bytes handed to the channel; starts a background flush when enough are waiting. */
  private void wroteBehind(long length) throws IOException {
    unflushed += length;
    if (unflushed < flushEvery) {
      return;
    }
    if (flushing != null) {
      if (!flushing.isDone()) {
        return; // the device is behind: let this flush finish, ask again after the next write
      }
      Workers.await(flushing, "a background flush"); // throws its failure
    }
    unflushed = 0;
    if (flusher == null) {
      flusher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "room-zip-flush");
        t.setDaemon(true);
        return t;
      });
    }
    flushing = flusher.submit(() -> {
      force.force(channel);
      return null;
    });
  }

  /** Waits for a background flush in progress (throwing its failure), then closes the channel. */
  @Override
  public void close() throws IOException {
    try {
      if (flushing != null) {
        Workers.await(flushing, "a background flush");
      }
    } finally {
      if (flusher != null) {
        flusher.shutdownNow();
      }
      channel.close();
    }
  }
}
