package dev.appsim.session.room.archive.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The fields of a local file header that must agree with the central directory.
 *
 * @param flags general purpose flags
 * @param method compression method
 * @param crc CRC-32, meaningless when bit 3 (data descriptor) is set
 * @param compressedSize resolved through the ZIP64 extra field when needed
 * @param size resolved through the ZIP64 extra field when needed
 * @param name raw name bytes
 * @param dataOffset absolute offset of the entry's data
 */
public record LocalHeader(int flags, int method, long crc, long compressedSize, long size, byte[] name, long dataOffset) {

  /** Reads the header at {@code offset}; a missing signature or truncation is a problem. */
  public static LocalHeader read(FileChannel channel, long offset) throws IOException, ArchiveEnd.Problem {
    ByteBuffer fixed;
    try {
      fixed = ArchiveEnd.readAt(channel, offset, ZipRecords.LOCAL_HEADER_SIZE);
    } catch (EOFException e) {
      throw new ArchiveEnd.Problem("local header at offset " + offset + " is past the end of the file");
    }
    if (fixed.getInt(0) != ZipRecords.LOCAL_SIG) {
      throw new ArchiveEnd.Problem("no local header at offset " + offset);
    }
    int flags = Short.toUnsignedInt(fixed.getShort(6));
    int method = Short.toUnsignedInt(fixed.getShort(8));
    long crc = Integer.toUnsignedLong(fixed.getInt(14));
    long compressed = Integer.toUnsignedLong(fixed.getInt(18));
    long size = Integer.toUnsignedLong(fixed.getInt(22));
    int nameLength = Short.toUnsignedInt(fixed.getShort(26));
    int extraLength = Short.toUnsignedInt(fixed.getShort(28));
    ByteBuffer variable;
    try {
      variable = ArchiveEnd.readAt(channel, offset + ZipRecords.LOCAL_HEADER_SIZE, nameLength + extraLength);
    } catch (EOFException e) {
      throw new ArchiveEnd.Problem("local header at offset " + offset + " is truncated");
    }
    byte[] name = new byte[nameLength];
    variable.get(name);
    if (size == ZipRecords.MAX_32 || compressed == ZipRecords.MAX_32) {
      int at = nameLength;
      int end = nameLength + extraLength;
      boolean found = false;
      while (at + 4 <= end) {
        int id = Short.toUnsignedInt(variable.getShort(at));
        int length = Short.toUnsignedInt(variable.getShort(at + 2));
        if (id == ZipRecords.ZIP64_EXTRA_ID && length >= 16 && at + 4 + 16 <= end) {
          size = variable.getLong(at + 4);
          compressed = variable.getLong(at + 12);
          found = true;
          break;
        }
        at += 4 + length;
      }
      if (!found) {
        throw new ArchiveEnd.Problem("local header at offset " + offset + " has 32-bit sizes of 0xFFFFFFFF"
            + " but no ZIP64 extra field");
      }
    }
    long dataOffset = offset + ZipRecords.LOCAL_HEADER_SIZE + nameLength + extraLength;
    return new LocalHeader(flags, method, crc, compressed, size, name, dataOffset);
  }
}
