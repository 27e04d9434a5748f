package dev.appsim.session.room.archive.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The fields of a local file header that must agree with the central directory.
 *
 * @param flags general purpose flags
 * @param method compression method
 * @param crc CRC-32, zero or the real value when bit 3 (data descriptor) is set
 * @param compressedSize resolved through the ZIP64 extra field when needed
 * @param size resolved through the ZIP64 extra field when needed
 * @param name raw name bytes
 * @param dataOffset absolute offset of the entry's data
 * @param zip64 whether the header carries a ZIP64 extra field (a data descriptor then holds
 *     8-byte sizes)
 */
record LocalHeader(int flags, int method, long crc, long compressedSize, long size, byte[] name,
    long dataOffset, boolean zip64) {

  /** Whether bit 3 is set: CRC and sizes follow the data in a data descriptor. */
  public boolean hasDescriptor() {
    return (flags & 8) != 0;
  }

  /** Reads and checks the header at {@code offset}: signature, extra fields, ZIP64 sizes. */
  public static LocalHeader read(FileChannel channel, long offset) throws IOException, ZipProblem {
    String what = "local header at offset " + offset;
    ByteBuffer fixed = ChannelReads.readAt(channel, offset, ZipRecords.LOCAL_HEADER_SIZE, what);
    if (fixed.getInt(0) != ZipRecords.LOCAL_SIG) {
      throw new ZipProblem("has no local header at offset " + offset);
    }
    int flags = Short.toUnsignedInt(fixed.getShort(6));
    int method = Short.toUnsignedInt(fixed.getShort(8));
    long crc = Integer.toUnsignedLong(fixed.getInt(14));
    long compressed = Integer.toUnsignedLong(fixed.getInt(18));
    long size = Integer.toUnsignedLong(fixed.getInt(22));
    int nameLength = Short.toUnsignedInt(fixed.getShort(26));
    int extraLength = Short.toUnsignedInt(fixed.getShort(28));
    ByteBuffer variable = ChannelReads.readAt(channel, offset + ZipRecords.LOCAL_HEADER_SIZE,
        nameLength + extraLength, what);
    byte[] name = new byte[nameLength];
    variable.get(name);
    ByteBuffer zip64 = ExtraFields.check(variable.slice(), ExtraFields.Header.LOCAL);
    long[] sizes = Zip64Values.local(size, compressed, zip64);
    long dataOffset = offset + ZipRecords.LOCAL_HEADER_SIZE + nameLength + extraLength;
    return new LocalHeader(flags, method, crc, sizes[1], sizes[0], name, dataOffset, zip64 != null);
  }
}
