package dev.appsim.session.room.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Test-only builder of raw ZIP bytes whose every field can lie: names, methods, flags, sizes,
 * CRCs and offsets differ between local header and central directory on request.
 */
final class RawZipBuilder {

  /** One entry; fields start consistent and may be overwritten before {@link #build()}. */
  static final class Entry {
    byte[] name;
    byte[] localName;
    byte[] data;
    int method;
    int localMethod;
    int flags = 0x0800;
    int localFlags = 0x0800;
    long crc;
    long localCrc;
    long size;
    long localSize;
    long compressedSize;
    long localCompressedSize;
    int versionMadeBy = (3 << 8) | 20;
    long externalAttributes = 0100644L << 16;
    boolean emitLocal = true;
    long centralOffset = -1;
    byte[] centralExtra = new byte[0];
    byte[] localExtra = new byte[0];
    byte[] comment = new byte[0];
    int diskStart = 0;
    /** Bytes written before this entry's local header (offsets stay absolute). */
    byte[] before = new byte[0];
    /** Bytes written after this entry's data: a data descriptor, or junk. */
    byte[] after = new byte[0];

    /** Sets the same extra fields in both headers. */
    Entry extra(byte[] fields) {
      centralExtra = fields;
      localExtra = fields;
      return this;
    }

    Entry sizes(long newSize) {
      size = newSize;
      localSize = newSize;
      return this;
    }

    Entry crc(long newCrc) {
      crc = newCrc;
      localCrc = newCrc;
      return this;
    }

    Entry method(int newMethod) {
      method = newMethod;
      localMethod = newMethod;
      return this;
    }

    Entry flags(int newFlags) {
      flags = newFlags;
      localFlags = newFlags;
      return this;
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private byte[] prefix = new byte[0];
  private byte[] suffix = new byte[0];
  private int countOverride = -1;
  private byte[] beforeDirectory = new byte[0];
  private byte[] directoryTrailer = new byte[0];
  private byte[] endComment = new byte[0];
  private int declaredCommentLength = -1;
  private Zip64 zip64;

  /**
   * A ZIP64 end record and locator before the classic end record. Fields left at -1 take the
   * true values; {@code classic*} set the classic record's fields (-1: true value, or use
   * {@link #placeholders()}).
   */
  static final class Zip64 {
    long entries = -1;
    long cdSize = -1;
    long cdOffset = -1;
    long recordSize = 44;
    long locatorOffset = -1;
    long classicEntries = -1;
    long classicCdSize = -1;
    long classicCdOffset = -1;

    /** The classic record says 0xFFFF / 0xFFFFFFFF everywhere, as a ZIP64 writer does. */
    Zip64 placeholders() {
      classicEntries = 0xFFFF;
      classicCdSize = 0xFFFF_FFFFL;
      classicCdOffset = 0xFFFF_FFFFL;
      return this;
    }
  }

  /** Adds a stored entry. */
  Entry stored(String name, byte[] content) {
    return add(name.getBytes(StandardCharsets.UTF_8), content, content, 0);
  }

  /** Adds a deflated entry. */
  Entry deflated(String name, byte[] content) {
    return add(name.getBytes(StandardCharsets.UTF_8), content, deflate(content), 8);
  }

  /** Adds an entry with a raw name. */
  Entry add(byte[] name, byte[] content, byte[] data, int method) {
    Entry e = new Entry();
    e.name = name;
    e.localName = name;
    e.data = data;
    e.method(method);
    e.crc(crc(content));
    e.sizes(content.length);
    e.compressedSize = data.length;
    e.localCompressedSize = data.length;
    entries.add(e);
    return e;
  }

  RawZipBuilder prefix(byte[] bytes) {
    prefix = bytes;
    return this;
  }

  RawZipBuilder suffix(byte[] bytes) {
    suffix = bytes;
    return this;
  }

  RawZipBuilder countOverride(int count) {
    countOverride = count;
    return this;
  }

  /** Junk between the last entry and the central directory. */
  RawZipBuilder beforeDirectory(byte[] bytes) {
    beforeDirectory = bytes;
    return this;
  }

  /** Bytes after the last central record, counted in the directory's size. */
  RawZipBuilder directoryTrailer(byte[] bytes) {
    directoryTrailer = bytes;
    return this;
  }

  /** The end record's comment. */
  RawZipBuilder endComment(byte[] bytes) {
    endComment = bytes;
    return this;
  }

  /** A comment length field that differs from the comment written. */
  RawZipBuilder declaredCommentLength(int length) {
    declaredCommentLength = length;
    return this;
  }

  /** Adds ZIP64 end records, returning their settings to adjust. */
  Zip64 zip64() {
    zip64 = new Zip64();
    return zip64;
  }

  /** One extra field: id, length, data. */
  static byte[] extraField(int id, byte[] data) {
    return le(4 + data.length).putShort((short) id).putShort((short) data.length).put(data).array();
  }

  /** Concatenates byte arrays. */
  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** A data descriptor with signature and 4-byte sizes, holding the entry's true values. */
  static byte[] descriptor(Entry e, boolean signature) {
    ByteBuffer b = le(signature ? 16 : 12);
    if (signature) {
      b.putInt(0x08074b50);
    }
    return b.putInt((int) e.crc).putInt((int) e.compressedSize).putInt((int) e.size).array();
  }

  static long crc(byte[] content) {
    CRC32 c = new CRC32();
    c.update(content);
    return c.getValue();
  }

  static byte[] deflate(byte[] content) {
    Deflater d = new Deflater(6, true);
    d.setInput(content);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  /** The local header and data of an entry, for embedding inside another entry's data. */
  static byte[] localRecord(Entry e) {
    ByteBuffer b = le(30 + e.localName.length + e.localExtra.length + e.data.length + e.after.length);
    b.putInt(0x04034b50).putShort((short) 20).putShort((short) e.localFlags).putShort((short) e.localMethod)
        .putShort((short) 0).putShort((short) 0x21).putInt((int) e.localCrc)
        .putInt((int) e.localCompressedSize).putInt((int) e.localSize)
        .putShort((short) e.localName.length).putShort((short) e.localExtra.length).put(e.localName)
        .put(e.localExtra).put(e.data).put(e.after);
    return b.array();
  }

  byte[] build() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix);
    long[] offsets = new long[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      out.writeBytes(e.before);
      offsets[i] = e.centralOffset >= 0 ? e.centralOffset : out.size() - prefix.length;
      if (e.emitLocal) {
        out.writeBytes(localRecord(e));
      }
    }
    out.writeBytes(beforeDirectory);
    long cdOffset = out.size() - prefix.length;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      ByteBuffer b = le(46 + e.name.length + e.centralExtra.length + e.comment.length);
      b.putInt(0x02014b50).putShort((short) e.versionMadeBy).putShort((short) 20).putShort((short) e.flags)
          .putShort((short) e.method).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc)
          .putInt((int) e.compressedSize).putInt((int) e.size).putShort((short) e.name.length)
          .putShort((short) e.centralExtra.length).putShort((short) e.comment.length).putShort((short) e.diskStart)
          .putShort((short) 0).putInt((int) e.externalAttributes).putInt((int) offsets[i]).put(e.name)
          .put(e.centralExtra).put(e.comment);
      out.writeBytes(b.array());
    }
    out.writeBytes(directoryTrailer);
    long cdSize = out.size() - prefix.length - cdOffset;
    long count = countOverride >= 0 ? countOverride : entries.size();
    long classicCount = count;
    long classicSize = cdSize;
    long classicOffset = cdOffset;
    if (zip64 != null) {
      long recordAt = out.size() - prefix.length;
      ByteBuffer record = le(56);
      record.putInt(0x06064b50).putLong(zip64.recordSize).putShort((short) ((3 << 8) | 45)).putShort((short) 45)
          .putInt(0).putInt(0).putLong(pick(zip64.entries, count)).putLong(pick(zip64.entries, count))
          .putLong(pick(zip64.cdSize, cdSize)).putLong(pick(zip64.cdOffset, cdOffset));
      out.writeBytes(record.array());
      ByteBuffer locator = le(20);
      locator.putInt(0x07064b50).putInt(0).putLong(pick(zip64.locatorOffset, recordAt)).putInt(1);
      out.writeBytes(locator.array());
      classicCount = pick(zip64.classicEntries, count);
      classicSize = pick(zip64.classicCdSize, cdSize);
      classicOffset = pick(zip64.classicCdOffset, cdOffset);
    }
    ByteBuffer end = le(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) classicCount)
        .putShort((short) classicCount).putInt((int) classicSize).putInt((int) classicOffset)
        .putShort((short) (declaredCommentLength >= 0 ? declaredCommentLength : endComment.length));
    out.writeBytes(end.array());
    out.writeBytes(endComment);
    out.writeBytes(suffix);
    return out.toByteArray();
  }

  private static long pick(long override, long real) {
    return override >= 0 ? override : real;
  }

  Path write(Path file) throws IOException {
    Files.write(file, build());
    return file;
  }

  static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
