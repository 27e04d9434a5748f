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
    ByteBuffer b = le(30 + e.localName.length + e.data.length);
    b.putInt(0x04034b50).putShort((short) 20).putShort((short) e.localFlags).putShort((short) e.localMethod)
        .putShort((short) 0).putShort((short) 0x21).putInt((int) e.localCrc)
        .putInt((int) e.localCompressedSize).putInt((int) e.localSize)
        .putShort((short) e.localName.length).putShort((short) 0).put(e.localName).put(e.data);
    return b.array();
  }

  byte[] build() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix);
    long[] offsets = new long[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      offsets[i] = e.centralOffset >= 0 ? e.centralOffset : out.size() - prefix.length;
      if (e.emitLocal) {
        out.writeBytes(localRecord(e));
      }
    }
    long cdOffset = out.size() - prefix.length;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      ByteBuffer b = le(46 + e.name.length);
      b.putInt(0x02014b50).putShort((short) e.versionMadeBy).putShort((short) 20).putShort((short) e.flags)
          .putShort((short) e.method).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc)
          .putInt((int) e.compressedSize).putInt((int) e.size).putShort((short) e.name.length)
          .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
          .putInt((int) e.externalAttributes).putInt((int) offsets[i]).put(e.name);
      out.writeBytes(b.array());
    }
    long cdSize = out.size() - prefix.length - cdOffset;
    int count = countOverride >= 0 ? countOverride : entries.size();
    ByteBuffer end = le(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count).putShort((short) count)
        .putInt((int) cdSize).putInt((int) cdOffset).putShort((short) 0);
    out.writeBytes(end.array());
    out.writeBytes(suffix);
    return out.toByteArray();
  }

  Path write(Path file) throws IOException {
    Files.write(file, build());
    return file;
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
