package dev.appsim.session.room.archive.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The end records of an archive, read and cross-checked before the directory is parsed, so that
 * entry-count bombs and bytes around the archive are refused cheaply.
 *
 * <p>Every tool finds a zip archive from its end, and tools differ in how they search: so the
 * classic end record must be the last 22 bytes of the file, with no comment (a comment is where
 * a second directory and end record hide), no earlier end record may hold it in its comment,
 * and when a ZIP64 end record is present it must sit right before its locator and agree with
 * every classic field (each equal, or the 0xFFFF... placeholder). The directory must end exactly
 * where the end records begin.
 *
 * @param entries entries the directory claims
 * @param cdOffset where the directory starts
 * @param cdSize directory length in bytes
 */
public record ArchiveEnd(long entries, long cdOffset, long cdSize) {
  static final int EOCD_SIZE = 22;
  static final int LOCATOR_SIZE = 20;
  static final int ZIP64_RECORD_SIZE = 56;
  /** The smallest central directory record: a fixed part with empty name, extra and comment. */
  static final int MIN_CENTRAL_RECORD = 46;
  private static final int MAX_COMMENT = 0xFFFF;
  private static final int MAX_16 = 0xFFFF;

  /** Reads the end records of the archive in {@code channel}. */
  public static ArchiveEnd read(FileChannel channel) throws IOException, ZipProblem {
    long fileSize = channel.size();
    if (fileSize < EOCD_SIZE) {
      throw new ZipProblem("file is " + fileSize + " bytes long, too short for a zip archive");
    }
    int tail = (int) Math.min(fileSize, EOCD_SIZE + MAX_COMMENT);
    long tailStart = fileSize - tail;
    ByteBuffer buf = ChannelReads.readAt(channel, tailStart, tail, "the end of the archive");
    int at = tail - EOCD_SIZE;
    if (buf.getInt(at) != ZipRecords.EOCD_SIG) {
      throw misplacedEnd(buf, tailStart, tail, fileSize);
    }
    int commentLength = Short.toUnsignedInt(buf.getShort(at + 20));
    if (commentLength != 0) {
      throw new ZipProblem("end record at offset " + (tailStart + at) + " claims a " + commentLength
          + "-byte comment, but it ends the file");
    }
    for (int i = at - 1; i >= 0; i--) {
      if (buf.getInt(i) == ZipRecords.EOCD_SIG && i + EOCD_SIZE + Short.toUnsignedInt(buf.getShort(i + 20)) == tail) {
        throw new ZipProblem("a second end record at offset " + (tailStart + i) + " holds the last one in its"
            + " comment; other tools may read the directory it names");
      }
    }
    return fromRecord(channel, buf, at, tailStart + at);
  }

  /** The end record is not the last 22 bytes: say whether a comment or stray bytes follow it. */
  private static ZipProblem misplacedEnd(ByteBuffer buf, long tailStart, int tail, long fileSize) {
    for (int i = tail - EOCD_SIZE - 1; i >= 0; i--) {
      if (buf.getInt(i) == ZipRecords.EOCD_SIG) {
        long position = tailStart + i;
        int commentLength = Short.toUnsignedInt(buf.getShort(i + 20));
        if (position + EOCD_SIZE + commentLength == fileSize) {
          return new ZipProblem("end record at offset " + position + " has a " + commentLength
              + "-byte comment; a room has none (a comment can hide a second directory)");
        }
        return new ZipProblem("bytes follow the end of the archive (end record at offset " + position
            + " with a " + commentLength + "-byte comment, file is " + fileSize + " bytes)");
      }
    }
    return new ZipProblem("no end of central directory record in the last " + tail + " bytes");
  }

  private static ArchiveEnd fromRecord(FileChannel channel, ByteBuffer buf, int i, long eocdPos)
      throws IOException, ZipProblem {
    int disk = Short.toUnsignedInt(buf.getShort(i + 4));
    int cdDisk = Short.toUnsignedInt(buf.getShort(i + 6));
    long entriesOnDisk = Short.toUnsignedInt(buf.getShort(i + 8));
    long entries = Short.toUnsignedInt(buf.getShort(i + 10));
    long cdSize = Integer.toUnsignedLong(buf.getInt(i + 12));
    long cdOffset = Integer.toUnsignedLong(buf.getInt(i + 16));
    long directoryEnd;
    if (hasLocator(channel, eocdPos)) {
      Zip64End z = Zip64End.read(channel, eocdPos - LOCATOR_SIZE);
      agree("the disk number", disk, MAX_16, 0);
      agree("the directory's disk number", cdDisk, MAX_16, 0);
      agree("the entry count on this disk", entriesOnDisk, MAX_16, z.entries());
      agree("the entry count", entries, MAX_16, z.entries());
      agree("the directory size", cdSize, ZipRecords.MAX_32, z.cdSize());
      agree("the directory offset", cdOffset, ZipRecords.MAX_32, z.cdOffset());
      entries = z.entries();
      cdSize = z.cdSize();
      cdOffset = z.cdOffset();
      directoryEnd = z.position();
    } else {
      if (disk != 0 || cdDisk != 0) {
        throw new ZipProblem("archive spans several disks (disk " + disk + ", directory on disk " + cdDisk + ")");
      }
      if (entriesOnDisk == MAX_16 || entries == MAX_16 || cdSize == ZipRecords.MAX_32 || cdOffset == ZipRecords.MAX_32) {
        throw new ZipProblem("end record holds ZIP64 placeholders (0xFFFF or 0xFFFFFFFF) but no ZIP64 end record"
            + " precedes it");
      }
      if (entriesOnDisk != entries) {
        throw new ZipProblem("end record counts " + entriesOnDisk + " entries on this disk but " + entries + " in all");
      }
      directoryEnd = eocdPos;
    }
    if (cdOffset > directoryEnd || cdSize != directoryEnd - cdOffset) {
      throw new ZipProblem("central directory (offset " + cdOffset + ", " + cdSize + " bytes) does not end at the"
          + " end records (offset " + directoryEnd + "): bytes before the archive or a corrupt end record");
    }
    if (entries > cdSize / MIN_CENTRAL_RECORD) {
      throw new ZipProblem("end record claims " + entries + " entries, more than a " + cdSize
          + "-byte central directory can hold");
    }
    return new ArchiveEnd(entries, cdOffset, cdSize);
  }

  private static boolean hasLocator(FileChannel channel, long eocdPos) throws IOException, ZipProblem {
    return eocdPos >= LOCATOR_SIZE
        && ChannelReads.readAt(channel, eocdPos - LOCATOR_SIZE, 4, "the ZIP64 locator").getInt(0)
            == ZipRecords.ZIP64_LOCATOR_SIG;
  }

  /** A classic field must hold the ZIP64 value, or the placeholder that defers to it. */
  private static void agree(String what, long classic, long placeholder, long zip64) throws ZipProblem {
    if (classic != placeholder && classic != zip64) {
      throw new ZipProblem("ZIP64 end record says " + what + " is " + zip64 + " but the classic end record says "
          + classic + " (it must say the same, or " + String.format(java.util.Locale.ROOT, "0x%X", placeholder) + ")");
    }
  }

  /** The ZIP64 end record, found through the locator at {@code locatorPos}. */
  private record Zip64End(long entries, long cdSize, long cdOffset, long position) {
    static Zip64End read(FileChannel channel, long locatorPos) throws IOException, ZipProblem {
      ByteBuffer locator = ChannelReads.readAt(channel, locatorPos, LOCATOR_SIZE, "the ZIP64 locator");
      if (locator.getInt(4) != 0 || locator.getInt(16) != 1) {
        throw new ZipProblem("ZIP64 locator names another disk");
      }
      long position = locator.getLong(8);
      long expected = locatorPos - ZIP64_RECORD_SIZE;
      if (position != expected) {
        throw new ZipProblem("ZIP64 locator points at offset " + position + ", but the ZIP64 end record must start"
            + " at offset " + expected + ", right before the locator");
      }
      ByteBuffer record = ChannelReads.readAt(channel, position, ZIP64_RECORD_SIZE, "the ZIP64 end record");
      if (record.getInt(0) != ZipRecords.ZIP64_EOCD_SIG) {
        throw new ZipProblem("no ZIP64 end record at offset " + position);
      }
      long declared = record.getLong(4);
      if (declared != ZIP64_RECORD_SIZE - 12) {
        throw new ZipProblem("ZIP64 end record declares " + Long.toUnsignedString(declared) + " bytes after its size"
            + " field, not 44: a room's has no extensible data");
      }
      if (record.getInt(16) != 0 || record.getInt(20) != 0) {
        throw new ZipProblem("ZIP64 end record names another disk");
      }
      long entriesOnDisk = record.getLong(24);
      long entries = record.getLong(32);
      long cdSize = record.getLong(40);
      long cdOffset = record.getLong(48);
      if (entries < 0 || cdSize < 0 || cdOffset < 0) {
        throw new ZipProblem("ZIP64 end record holds a count or size of 2^63 or more");
      }
      if (entriesOnDisk != entries) {
        throw new ZipProblem("ZIP64 end record counts " + Long.toUnsignedString(entriesOnDisk)
            + " entries on this disk but " + entries + " in all");
      }
      return new Zip64End(entries, cdSize, cdOffset, position);
    }
  }
}
