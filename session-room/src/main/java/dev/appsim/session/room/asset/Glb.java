package dev.appsim.session.room.asset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The GLB container: a 12-byte header ({@code glTF}, version 2, total length), a JSON chunk, then
 * optional chunks (BIN and any unknown ones), each an 8-byte header and its data. Every declared
 * length is checked against the file before anything is read; only the JSON chunk is held in
 * memory, the rest is streamed.
 */
final class Glb {
  static final int MAGIC = 0x46546C67;
  static final int JSON = 0x4E4F534A;
  private static final int HEADER = 12;
  private static final int CHUNK_HEADER = 8;

  private final AssetLimits limits;
  private final GltfJson json;

  Glb(AssetLimits limits) {
    this.limits = limits;
    this.json = new GltfJson(limits);
  }

  /** The JSON chunk of an opened GLB, trimmed of trailing padding, and where the rest starts. */
  private record Layout(byte[] json, int jsonLength, long restStart, long size) {}

  List<AssetReference> scan(Path path) throws IOException {
    String file = path.toString();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      Layout layout = read(channel, file);
      return json.scan(layout.json(), layout.jsonLength(), file).stream().map(Splice::reference).toList();
    }
  }

  void rewrite(Path path, Function<AssetReference, String> replacement, OutputStream out)
      throws IOException {
    String file = path.toString();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      Layout layout = read(channel, file);
      ByteArrayOutputStream newJson = new ByteArrayOutputStream(layout.jsonLength() + 64);
      if (!json.rewrite(layout.json(), layout.jsonLength(), file, replacement, newJson)) {
        copy(channel, 0, layout.size(), out);
        return;
      }
      while (newJson.size() % 4 != 0) {
        newJson.write(' ');
      }
      long total = HEADER + CHUNK_HEADER + (long) newJson.size() + (layout.size() - layout.restStart());
      if (total > 0xFFFF_FFFFL) {
        throw new AssetFormatException(file + ":byte 8",
            "rewritten GLB would be " + total + " bytes, more than a GLB can declare (4 GiB - 1)");
      }
      ByteBuffer head = ByteBuffer.allocate(HEADER + CHUNK_HEADER).order(ByteOrder.LITTLE_ENDIAN);
      head.putInt(MAGIC).putInt(2).putInt((int) total).putInt(newJson.size()).putInt(JSON);
      out.write(head.array());
      newJson.writeTo(out);
      copy(channel, layout.restStart(), layout.size(), out);
    }
  }

  private Layout read(FileChannel channel, String file) throws IOException {
    long size = channel.size();
    if (size < HEADER + CHUNK_HEADER) {
      throw new AssetFormatException(file + ":byte 0",
          "truncated GLB: " + size + " bytes, a GLB needs at least " + (HEADER + CHUNK_HEADER));
    }
    ByteBuffer head = readFully(channel, 0, HEADER + CHUNK_HEADER, file);
    int magic = head.getInt();
    if (magic != MAGIC) {
      throw new AssetFormatException(file + ":byte 0",
          "not a GLB: magic " + hex(magic) + ", expected " + hex(MAGIC) + " (\"glTF\")");
    }
    int version = head.getInt();
    if (version != 2) {
      throw new AssetFormatException(file + ":byte 4",
          "unsupported GLB version " + Integer.toUnsignedString(version) + ", expected 2");
    }
    long declared = Integer.toUnsignedLong(head.getInt());
    if (declared != size) {
      throw new AssetFormatException(file + ":byte 8",
          "GLB header declares " + declared + " bytes but the file has " + size);
    }
    long jsonLength = Integer.toUnsignedLong(head.getInt());
    int type = head.getInt();
    if (type != JSON) {
      throw new AssetFormatException(file + ":byte 16",
          "first GLB chunk has type " + hex(type) + ", expected " + hex(JSON) + " (JSON)");
    }
    long restStart = HEADER + CHUNK_HEADER + jsonLength;
    if (restStart > size) {
      throw new AssetFormatException(file + ":byte 12",
          "JSON chunk declares " + jsonLength + " bytes but only " + (size - HEADER - CHUNK_HEADER)
              + " follow its header");
    }
    if (jsonLength > limits.maxGlbJsonBytes()) {
      throw new AssetFormatException(file + ":byte 12",
          "JSON chunk of " + jsonLength + " bytes exceeds the limit of " + limits.maxGlbJsonBytes()
              + " bytes (AssetLimits.maxGlbJsonBytes)");
    }
    checkChunks(channel, restStart, size, file);
    byte[] bytes = readFully(channel, HEADER + CHUNK_HEADER, (int) jsonLength, file).array();
    int length = bytes.length;
    // Padding is spaces by the spec; some writers pad with NULs, which no JSON parser accepts.
    while (length > 0 && (bytes[length - 1] == ' ' || bytes[length - 1] == 0)) {
      length--;
    }
    return new Layout(bytes, length, restStart, size);
  }

  /** Walks the chunk headers after the JSON chunk: each must fit in the file. */
  private static void checkChunks(FileChannel channel, long from, long size, String file)
      throws IOException {
    long at = from;
    while (at < size) {
      if (size - at < CHUNK_HEADER) {
        throw new AssetFormatException(file + ":byte " + at,
            "truncated GLB chunk header: " + (size - at) + " bytes, expected " + CHUNK_HEADER);
      }
      long length = Integer.toUnsignedLong(readFully(channel, at, CHUNK_HEADER, file).getInt());
      if (length > size - at - CHUNK_HEADER) {
        throw new AssetFormatException(file + ":byte " + at,
            "GLB chunk declares " + length + " bytes but only " + (size - at - CHUNK_HEADER)
                + " follow its header");
      }
      at += CHUNK_HEADER + length;
    }
  }

  private static ByteBuffer readFully(FileChannel channel, long position, int length, String file)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new AssetFormatException(file + ":byte " + at, "GLB ended while reading " + length
            + " bytes at byte " + position);
      }
      at += n;
    }
    return buffer.flip();
  }

  private static void copy(FileChannel channel, long from, long to, OutputStream out)
      throws IOException {
    channel.position(from);
    try (var in = Channels.newInputStream(channel)) {
      long remaining = to - from;
      byte[] buffer = new byte[64 * 1024];
      while (remaining > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
        if (n < 0) {
          throw new IOException("file shrank while being copied, " + remaining + " bytes short");
        }
        out.write(buffer, 0, n);
        remaining -= n;
      }
    }
  }

  private static String hex(int value) {
    return String.format(Locale.ROOT, "0x%08X", value);
  }
}
