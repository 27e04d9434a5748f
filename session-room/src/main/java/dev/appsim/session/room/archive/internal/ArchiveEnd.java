package dev.appsim.session.room.archive.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * The end of central directory record (and its ZIP64 form), read before the directory is parsed
 * so that entry-count bombs and bytes around the archive are refused cheaply.
 *
 * @param entries entries the directory claims
 * @param cdOffset where the directory starts
 * @param cdSize directory length in bytes
 */
public record ArchiveEnd(long entries, long cdOffset, long cdSize) {
  private static final int EOCD_SIZE = 22;
  private static final int MAX_COMMENT = 0xFFFF;

  /** A problem found while reading the end records. */
  public static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;

    Problem(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Finds and checks the end records: the last end record must end the file exactly (its
   * comment reaching the last byte) and the directory must end where the end records start.
   */
  public static ArchiveEnd read(FileChannel channel) throws IOException, Problem {
    long fileSize = channel.size();
    if (fileSize < EOCD_SIZE) {
      throw new Problem("file is " + fileSize + " bytes long, too short for a zip archive");
    }
    int tail = (int) Math.min(fileSize, EOCD_SIZE + MAX_COMMENT);
    ByteBuffer buf = readAt(channel, fileSize - tail, tail);
    long eocdPos = -1;
    for (int i = tail - EOCD_SIZE; i >= 0; i--) {
      if (buf.getInt(i) == ZipRecords.EOCD_SIG) {
        eocdPos = fileSize - tail + i;
        int commentLength = Short.toUnsignedInt(buf.getShort(i + 20));
        if (eocdPos + EOCD_SIZE + commentLength != fileSize) {
          throw new Problem("bytes follow the end of the archive (end record at offset " + eocdPos
              + " with a " + commentLength + "-byte comment, file is " + fileSize + " bytes)");
        }
        return fromRecord(channel, buf, i, eocdPos);
      }
    }
    throw new Problem("no end of central directory record in the last " + tail + " bytes");
  }

  private static ArchiveEnd fromRecord(FileChannel channel, ByteBuffer buf, int i, long eocdPos)
      throws IOException, Problem {
    int disk = Short.toUnsignedInt(buf.getShort(i + 4));
    int cdDisk = Short.toUnsignedInt(buf.getShort(i + 6));
    long entriesOnDisk = Short.toUnsignedInt(buf.getShort(i + 8));
    long entries = Short.toUnsignedInt(buf.getShort(i + 10));
    long cdSize = Integer.toUnsignedLong(buf.getInt(i + 12));
    long cdOffset = Integer.toUnsignedLong(buf.getInt(i + 16));
    long directoryEnd = eocdPos;
    Optional<long[]> zip64 = zip64(channel, eocdPos);
    if (zip64.isPresent()) {
      long[] z = zip64.get();
      entries = z[0];
      entriesOnDisk = z[0];
      cdSize = z[1];
      cdOffset = z[2];
      directoryEnd = z[3];
    } else if (disk != 0 || cdDisk != 0) {
      throw new Problem("archive spans several disks (disk " + disk + ", directory on disk " + cdDisk + ")");
    }
    if (entriesOnDisk != entries) {
      throw new Problem("end record counts " + entriesOnDisk + " entries on this disk but " + entries + " in all");
    }
    if (cdOffset + cdSize != directoryEnd) {
      throw new Problem("central directory (offset " + cdOffset + ", " + cdSize + " bytes) does not end at the"
          + " end records (offset " + directoryEnd + "): bytes before the archive or a corrupt end record");
    }
    if (entries > cdSize / 46) {
      throw new Problem("end record claims " + entries + " entries, more than a " + cdSize
          + "-byte central directory can hold");
    }
    return new ArchiveEnd(entries, cdOffset, cdSize);
  }

  /** {entries, cdSize, cdOffset, zip64 end record offset} when a ZIP64 locator precedes the end record. */
  private static Optional<long[]> zip64(FileChannel channel, long eocdPos) throws IOException, Problem {
    if (eocdPos < 20) {
      return Optional.empty();
    }
    ByteBuffer locator = readAt(channel, eocdPos - 20, 20);
    if (locator.getInt(0) != ZipRecords.ZIP64_LOCATOR_SIG) {
      return Optional.empty();
    }
    long recordPos = locator.getLong(8);
    if (locator.getInt(4) != 0 || locator.getInt(16) != 1) {
      throw new Problem("ZIP64 locator names another disk");
    }
    if (recordPos < 0 || recordPos + 56 > eocdPos - 20) {
      throw new Problem("ZIP64 end record offset " + recordPos + " is outside the archive");
    }
    ByteBuffer record = readAt(channel, recordPos, 56);
    if (record.getInt(0) != ZipRecords.ZIP64_EOCD_SIG) {
      throw new Problem("no ZIP64 end record at offset " + recordPos);
    }
    if (record.getInt(16) != 0 || record.getInt(20) != 0) {
      throw new Problem("ZIP64 end record names another disk");
    }
    long entriesOnDisk = record.getLong(24);
    long entries = record.getLong(32);
    long cdSize = record.getLong(40);
    long cdOffset = record.getLong(48);
    if (entries < 0 || cdSize < 0 || cdOffset < 0 || entriesOnDisk != entries) {
      throw new Problem("ZIP64 end record has inconsistent counts or sizes");
    }
    return Optional.of(new long[] {entries, cdSize, cdOffset, recordPos});
  }

  static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buf.hasRemaining()) {
      if (channel.read(buf, position + buf.position()) < 0) {
        throw new java.io.EOFException("file ends at offset " + (position + buf.position()));
      }
    }
    return buf.flip();
  }
}
