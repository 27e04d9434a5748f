package dev.appsim.session.room.archive.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One central directory record, its fields as written (ZIP64 placeholders not yet resolved).
 *
 * @param flags general purpose flags
 * @param method compression method
 * @param crc CRC-32
 * @param compressedSize 32-bit field
 * @param size 32-bit field
 * @param name raw name bytes
 * @param extra the extra-field area, a private copy
 * @param commentLength length of the entry comment, which is not read
 * @param diskStart 16-bit disk number field
 * @param externalAttributes host-dependent attributes (Unix mode in the high half)
 * @param localOffset 32-bit local header offset field
 */
record CentralRecord(int flags, int method, long crc, long compressedSize, long size,
    byte[] name, ByteBuffer extra, int commentLength, int diskStart, long externalAttributes, long localOffset) {
  static final int FIXED_SIZE = 46;

  /** Reads the record at the cursor; {@code index} counts from 0 for messages. */
  static CentralRecord read(DirectoryCursor cursor, long index) throws IOException, ZipProblem {
    long at = cursor.offset();
    String what = "central directory record " + (index + 1);
    ByteBuffer fixed = cursor.take(FIXED_SIZE, what);
    if (fixed.getInt(0) != ZipRecords.CENTRAL_SIG) {
      throw new ZipProblem("no central directory record at offset " + at + " (record " + (index + 1) + ")");
    }
    // Every fixed field is read now: the next take() may reuse the window under this slice.
    int flags = u16(fixed, 8);
    int method = u16(fixed, 10);
    long crc = u32(fixed, 16);
    long compressedSize = u32(fixed, 20);
    long size = u32(fixed, 24);
    int nameLength = u16(fixed, 28);
    int extraLength = u16(fixed, 30);
    int commentLength = u16(fixed, 32);
    int diskStart = u16(fixed, 34);
    long externalAttributes = u32(fixed, 38);
    long localOffset = u32(fixed, 42);
    byte[] name = new byte[nameLength];
    cursor.take(nameLength, "the name of " + what).get(name);
    ByteBuffer extraView = cursor.take(extraLength, "the extra fields of " + what);
    ByteBuffer extra = ByteBuffer.allocate(extraLength).put(extraView).flip();
    return new CentralRecord(flags, method, crc, compressedSize, size, name, extra, commentLength, diskStart,
        externalAttributes, localOffset);
  }

  /** Whether the entry's name is flagged as UTF-8 (bit 11). */
  boolean utf8() {
    return (flags & ZipRecords.FLAG_UTF8) != 0;
  }

  private static int u16(ByteBuffer b, int at) {
    return Short.toUnsignedInt(b.getShort(at));
  }

  private static long u32(ByteBuffer b, int at) {
    return Integer.toUnsignedLong(b.getInt(at));
  }
}
