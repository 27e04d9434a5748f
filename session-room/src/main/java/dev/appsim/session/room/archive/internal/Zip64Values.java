package dev.appsim.session.room.archive.internal;

import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a header's ZIP64 placeholders from its ZIP64 extra field (APPNOTE 4.5.3), strictly:
 * the field holds exactly the values whose 32-bit (or 16-bit) fields are placeholders, in the
 * spec's order, so no tool can take a value from it that another ignores.
 */
final class Zip64Values {
  private static final long MAX_16 = 0xFFFF;

  private Zip64Values() {}

  /**
   * The central record's {size, compressed size, local header offset}.
   *
   * @throws ZipProblem naming what is missing, extra or out of range
   */
  static long[] central(CentralRecord r, @Nullable ByteBuffer zip64) throws ZipProblem {
    boolean bigSize = r.size() == ZipRecords.MAX_32;
    boolean bigCompressed = r.compressedSize() == ZipRecords.MAX_32;
    boolean bigOffset = r.localOffset() == ZipRecords.MAX_32;
    boolean bigDisk = r.diskStart() == MAX_16;
    int needed = (bigSize ? 8 : 0) + (bigCompressed ? 8 : 0) + (bigOffset ? 8 : 0) + (bigDisk ? 4 : 0);
    if (zip64 == null) {
      if (needed > 0) {
        throw new ZipProblem("has ZIP64 placeholders (0xFFFFFFFF) in its central directory record but no ZIP64"
            + " extra field");
      }
      return new long[] {r.size(), r.compressedSize(), r.localOffset()};
    }
    if (zip64.remaining() != needed) {
      throw new ZipProblem("has a ZIP64 extra field of " + zip64.remaining() + " bytes in its central directory"
          + " record, but its placeholders need " + needed);
    }
    long size = bigSize ? positive(zip64.getLong(), "size") : r.size();
    long compressed = bigCompressed ? positive(zip64.getLong(), "compressed size") : r.compressedSize();
    long offset = bigOffset ? positive(zip64.getLong(), "local header offset") : r.localOffset();
    if (bigDisk && zip64.getInt() != 0) {
      throw new ZipProblem("starts on another disk; a room is one file");
    }
    return new long[] {size, compressed, offset};
  }

  /**
   * A local header's {size, compressed size}. A local ZIP64 field always holds both sizes; a
   * value it holds for a field that is not a placeholder must equal that field.
   */
  static long[] local(long size32, long compressed32, @Nullable ByteBuffer zip64) throws ZipProblem {
    if (zip64 == null) {
      if (size32 == ZipRecords.MAX_32 || compressed32 == ZipRecords.MAX_32) {
        throw new ZipProblem("has 32-bit sizes of 0xFFFFFFFF in its local header but no ZIP64 extra field");
      }
      return new long[] {size32, compressed32};
    }
    if (zip64.remaining() != 16) {
      throw new ZipProblem("has a ZIP64 extra field of " + zip64.remaining() + " bytes in its local header, not the"
          + " 16 that hold both sizes");
    }
    return new long[] {
        localValue(size32, positive(zip64.getLong(), "size"), "size"),
        localValue(compressed32, positive(zip64.getLong(), "compressed size"), "compressed size")};
  }

  private static long localValue(long field, long zip64, String what) throws ZipProblem {
    if (field != ZipRecords.MAX_32 && field != zip64) {
      throw new ZipProblem("has a local header whose ZIP64 extra field says " + what + " " + zip64
          + " where the header says " + field);
    }
    return zip64;
  }

  private static long positive(long value, String what) throws ZipProblem {
    if (value < 0) {
      throw new ZipProblem("has a ZIP64 " + what + " of 2^63 or more");
    }
    return value;
  }
}
