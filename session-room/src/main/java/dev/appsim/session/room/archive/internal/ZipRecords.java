package dev.appsim.session.room.archive.internal;

import dev.appsim.session.room.archive.ZipMethod;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Byte layouts of the ZIP records the writer emits (APPNOTE 6.3.10). Every host-dependent field
 * is a constant: DOS time 1980-01-01 00:00:00, Unix mode 0644, "version made by" Unix 4.5, no
 * timestamps or ownership extra fields. Nothing here reads the clock, the time zone or the locale.
 */
public final class ZipRecords {
  public static final int LOCAL_SIG = 0x04034b50;
  public static final int CENTRAL_SIG = 0x02014b50;
  public static final int EOCD_SIG = 0x06054b50;
  public static final int ZIP64_EOCD_SIG = 0x06064b50;
  public static final int ZIP64_LOCATOR_SIG = 0x07064b50;
  public static final int LOCAL_HEADER_SIZE = 30;
  public static final long MAX_32 = 0xFFFF_FFFFL;
  /** Language-encoding flag (bit 11): names are UTF-8. */
  public static final int FLAG_UTF8 = 0x0800;
  /** DOS date 1980-01-01 (the earliest DOS date) and time 00:00:00, as raw fields. */
  public static final int DOS_DATE = (1 << 5) | 1;
  public static final int DOS_TIME = 0;
  /** Unix, spec version 4.5 (needed for ZIP64). */
  public static final int VERSION_MADE_BY = (3 << 8) | 45;
  /** Unix regular file, rw-r--r--, in the high half of the external attributes. */
  public static final long EXTERNAL_ATTRIBUTES = 0100644L << 16;
  public static final int ZIP64_EXTRA_ID = 0x0001;
  /** Commons Compress' ResourceAlignmentExtraField: alignment (u16) then zero padding. */
  public static final int ALIGNMENT_EXTRA_ID = 0xa11e;
  public static final int ALIGNMENT = 64;

  private ZipRecords() {}

  static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Whether an entry's sizes need ZIP64 fields in its local header. */
  public static boolean needsZip64Sizes(long size, long compressedSize) {
    return size >= MAX_32 || compressedSize >= MAX_32;
  }

  /**
   * A local file header. CRC and sizes may be patched later at offsets 14, 18, 22 when they are
   * not yet known (never for ZIP64 entries, whose sizes are known in advance).
   *
   * @param alignedAt if non-negative, the absolute offset of this header: an alignment field is
   *     added so the data starts at a multiple of {@link #ALIGNMENT}
   */
  public static byte[] localHeader(byte[] name, int method, long crc, long size, long compressedSize, long alignedAt) {
    boolean zip64 = needsZip64Sizes(size, compressedSize);
    int extra = zip64 ? 20 : 0;
    int padding = 0;
    if (alignedAt >= 0) {
      long dataStart = alignedAt + LOCAL_HEADER_SIZE + name.length + extra + 6;
      padding = (int) ((ALIGNMENT - dataStart % ALIGNMENT) % ALIGNMENT);
      extra += 6 + padding;
    }
    ByteBuffer b = le(LOCAL_HEADER_SIZE + name.length + extra);
    b.putInt(LOCAL_SIG).putShort((short) versionNeeded(method, zip64)).putShort((short) FLAG_UTF8)
        .putShort((short) method).putShort((short) DOS_TIME).putShort((short) DOS_DATE)
        .putInt((int) crc)
        .putInt((int) (zip64 ? MAX_32 : compressedSize)).putInt((int) (zip64 ? MAX_32 : size))
        .putShort((short) name.length).putShort((short) extra).put(name);
    if (zip64) {
      b.putShort((short) ZIP64_EXTRA_ID).putShort((short) 16).putLong(size).putLong(compressedSize);
    }
    if (alignedAt >= 0) {
      b.putShort((short) ALIGNMENT_EXTRA_ID).putShort((short) (2 + padding)).putShort((short) ALIGNMENT);
      b.put(new byte[padding]);
    }
    return b.array();
  }

  static int versionNeeded(int method, boolean zip64) {
    if (zip64) {
      return 45;
    }
    return ZipMethod.ofCode(method).orElseThrow(() -> new IllegalArgumentException("no room method " + method))
        .versionNeeded();
  }

  /** A central directory header; ZIP64 fields are added for the values that need them. */
  public static byte[] centralHeader(byte[] name, int method, long crc, long size, long compressedSize, long offset) {
    boolean bigSize = size >= MAX_32;
    boolean bigCompressed = compressedSize >= MAX_32;
    boolean bigOffset = offset >= MAX_32;
    int extraData = (bigSize ? 8 : 0) + (bigCompressed ? 8 : 0) + (bigOffset ? 8 : 0);
    int extra = extraData == 0 ? 0 : 4 + extraData;
    boolean zip64 = extra > 0;
    ByteBuffer b = le(46 + name.length + extra);
    b.putInt(CENTRAL_SIG).putShort((short) VERSION_MADE_BY).putShort((short) versionNeeded(method, zip64))
        .putShort((short) FLAG_UTF8).putShort((short) method).putShort((short) DOS_TIME).putShort((short) DOS_DATE)
        .putInt((int) crc)
        .putInt((int) (bigCompressed ? MAX_32 : compressedSize)).putInt((int) (bigSize ? MAX_32 : size))
        .putShort((short) name.length).putShort((short) extra).putShort((short) 0)
        .putShort((short) 0).putShort((short) 0).putInt((int) EXTERNAL_ATTRIBUTES)
        .putInt((int) (bigOffset ? MAX_32 : offset)).put(name);
    if (zip64) {
      b.putShort((short) ZIP64_EXTRA_ID).putShort((short) extraData);
      if (bigSize) {
        b.putLong(size);
      }
      if (bigCompressed) {
        b.putLong(compressedSize);
      }
      if (bigOffset) {
        b.putLong(offset);
      }
    }
    return b.array();
  }

  /**
   * The end records: a ZIP64 end record and locator when any value overflows its classic field,
   * then the classic end of central directory record with no comment.
   */
  public static byte[] endRecords(long entries, long cdOffset, long cdSize) {
    boolean zip64 = entries >= 0xFFFF || cdOffset >= MAX_32 || cdSize >= MAX_32;
    ByteBuffer b = le((zip64 ? 56 + 20 : 0) + 22);
    if (zip64) {
      long zip64EndOffset = cdOffset + cdSize;
      b.putInt(ZIP64_EOCD_SIG).putLong(44).putShort((short) VERSION_MADE_BY).putShort((short) 45)
          .putInt(0).putInt(0).putLong(entries).putLong(entries).putLong(cdSize).putLong(cdOffset);
      b.putInt(ZIP64_LOCATOR_SIG).putInt(0).putLong(zip64EndOffset).putInt(1);
    }
    b.putInt(EOCD_SIG).putShort((short) 0).putShort((short) 0)
        .putShort((short) Math.min(entries, 0xFFFF)).putShort((short) Math.min(entries, 0xFFFF))
        .putInt((int) Math.min(cdSize, MAX_32)).putInt((int) Math.min(cdOffset, MAX_32)).putShort((short) 0);
    return b.array();
  }
}
