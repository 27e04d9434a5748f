package dev.appsim.session.room.archive.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Locale;

/**
 * The data descriptor that follows an entry's data when bit 3 is set: an optional signature,
 * then CRC-32 and both sizes (8 bytes each when the local header has a ZIP64 field). Its bytes
 * belong to the entry, so the entries still tile the file, and its values must be the central
 * directory's, so a streaming reader sees the same entry as a directory reader.
 */
final class DataDescriptor {
  private static final int SIGNATURE = 0x08074b50;

  private DataDescriptor() {}

  /**
   * Returns the length of the descriptor at {@code at}, which must end by {@code limit}.
   *
   * @throws ZipProblem if no descriptor there holds the central directory's CRC and sizes
   */
  static int length(FileChannel channel, long at, long limit, boolean wide, long crc, long compressedSize,
      long size) throws IOException, ZipProblem {
    int width = wide ? 8 : 4;
    int unsigned = 4 + 2 * width;
    int available = (int) Math.min(unsigned + 4, Math.max(0, limit - at));
    if (available < unsigned) {
      throw new ZipProblem("has bit 3 set, but the " + unsigned + "-byte data descriptor after its data (offset " + at
          + ") does not fit before the next record");
    }
    ByteBuffer b = ChannelReads.readAt(channel, at, available, "data descriptor at offset " + at);
    if (available == unsigned + 4 && b.getInt(0) == SIGNATURE && matches(b, 4, width, crc, compressedSize, size)) {
      return unsigned + 4;
    }
    if (matches(b, 0, width, crc, compressedSize, size)) {
      return unsigned;
    }
    throw new ZipProblem(String.format(Locale.ROOT, "has a data descriptor at offset %d that does not say CRC %08x,"
        + " %d bytes, compressed %d as the central directory does", at, crc, size, compressedSize));
  }

  private static boolean matches(ByteBuffer b, int at, int width, long crc, long compressedSize, long size) {
    return Integer.toUnsignedLong(b.getInt(at)) == crc
        && value(b, at + 4, width) == compressedSize
        && value(b, at + 4 + width, width) == size;
  }

  private static long value(ByteBuffer b, int at, int width) {
    return width == 8 ? b.getLong(at) : Integer.toUnsignedLong(b.getInt(at));
  }
}
