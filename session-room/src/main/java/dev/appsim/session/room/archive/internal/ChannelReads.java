package dev.appsim.session.room.archive.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/** Positional little-endian reads that turn a short file into a {@link ZipProblem}, not an EOF. */
final class ChannelReads {
  private ChannelReads() {}

  /**
   * Reads exactly {@code length} bytes at {@code position}.
   *
   * @param what names the record for the message, e.g. {@code "local header at offset 120"}
   */
  static ByteBuffer readAt(FileChannel channel, long position, int length, String what)
      throws IOException, ZipProblem {
    ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buf.hasRemaining()) {
      if (channel.read(buf, position + buf.position()) < 0) {
        throw new ZipProblem(what + " is cut off: the file ends at offset " + (position + buf.position()));
      }
    }
    return buf.flip();
  }
}
