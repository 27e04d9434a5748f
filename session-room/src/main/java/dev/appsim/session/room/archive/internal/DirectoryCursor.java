package dev.appsim.session.room.archive.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Reads the central directory front to back through one 64 KiB window, so parsing costs a
 * constant amount of memory whatever the directory's size, and no read strays past its end.
 */
final class DirectoryCursor {
  private static final int WINDOW = 64 << 10;

  private final FileChannel channel;
  private final long end;
  private final ByteBuffer window = ByteBuffer.allocate(WINDOW).order(ByteOrder.LITTLE_ENDIAN).limit(0);
  /** File offset of the window's first byte. */
  private long windowStart;

  DirectoryCursor(FileChannel channel, long start, long size) {
    this.channel = channel;
    this.end = start + size;
    this.windowStart = start;
  }

  /** File offset of the next byte. */
  long offset() {
    return windowStart + window.position();
  }

  /** Directory bytes not yet taken. */
  long remaining() {
    return end - offset();
  }

  /**
   * The next {@code length} bytes (at most 64 KiB), little-endian, valid until the next call.
   *
   * @param what names the field for the message when the directory ends first
   */
  ByteBuffer take(int length, String what) throws IOException, ZipProblem {
    if (length > remaining()) {
      throw new ZipProblem(what + " at offset " + offset() + " runs past the end of the central directory (offset "
          + end + ")");
    }
    if (window.remaining() < length) {
      refill();
    }
    ByteBuffer slice = window.slice().limit(length).order(ByteOrder.LITTLE_ENDIAN);
    window.position(window.position() + length);
    return slice;
  }

  /** Reads as much of the directory as fits behind the bytes not yet taken. */
  private void refill() throws IOException, ZipProblem {
    windowStart += window.position();
    window.compact();
    int wanted = (int) Math.min(window.remaining(), end - windowStart - window.position());
    window.limit(window.position() + wanted);
    while (window.hasRemaining()) {
      if (channel.read(window, windowStart + window.position()) < 0) {
        throw new ZipProblem("central directory is cut off: the file ends at offset " + (windowStart + window.position()));
      }
    }
    window.flip();
  }
}
