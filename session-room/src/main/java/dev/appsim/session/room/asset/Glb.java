package dev.appsim.session.room.asset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Binary glTF ({@code .glb}), both container versions. Version 2: a 12-byte header
 * ({@code glTF}, 2, total length), a JSON chunk, then optional chunks (BIN and any unknown ones),
 * each an 8-byte header and its data. Version 1 (glTF 1.0 with {@code KHR_binary_glTF}): a
 * 20-byte header ({@code glTF}, 1, total length, content length, content format 0 = JSON), the
 * JSON content, then the binary body. Every declared length is checked against the file before
 * the first byte of a copy is written; only the JSON is held in memory, the rest is streamed.
 */
final class Glb implements FormatHandler {
  static final int MAGIC = 0x46546C67;
  static final int JSON = 0x4E4F534A;
  private static final int HEADER = 12;
  private static final int CHUNK_HEADER = 8;
  private static final int FIRST = HEADER + CHUNK_HEADER;

  private final AssetLimits limits;
  private final GltfJson json;

  Glb(AssetLimits limits) {
    this.limits = limits;
    this.json = new GltfJson(limits);
  }

  @Override
  public String name() {
    return "GLB";
  }

  @Override
  public List<String> extensions() {
    return List.of("glb");
  }

  @Override
  public String mediaType() {
    return "model/gltf-binary";
  }

  /** Its payload is mostly quantised or Draco-compressed buffers and embedded images. */
  @Override
  public boolean embedsDataUris() {
    return true;
  }

  @Override
  public boolean isAlreadyCompressed() {
    return true;
  }

  /** The JSON of an opened GLB, trimmed of trailing padding, and where the rest starts. */
  private record Layout(int version, byte[] json, int jsonLength, long restStart, long size) {}

  @Override
  public AssetScan scan(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return scan(GlbInput.of(channel), path.toString());
    }
  }

  @Override
  public AssetScan scan(String file, InputStream in) throws IOException {
    return scan(GlbInput.of(in), file);
  }

  private AssetScan scan(GlbInput input, String file) throws IOException {
    Layout layout = read(input, file);
    return json.scan(layout.json(), layout.jsonLength(), file).toScan();
  }

  @Override
  public void rewrite(Path path, Function<AssetReference, String> replacement, OutputStream out)
      throws IOException {
    String file = path.toString();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      GlbInput input = GlbInput.of(channel);
      Layout layout = read(input, file);
      ByteArrayOutputStream newJson = new ByteArrayOutputStream(layout.jsonLength() + 64);
      if (!json.rewrite(layout.json(), layout.jsonLength(), file, replacement, newJson)) {
        input.copy(0, layout.size(), out, file);
        return;
      }
      while (newJson.size() % 4 != 0) {
        newJson.write(' ');
      }
      long total = FIRST + (long) newJson.size() + (layout.size() - layout.restStart());
      if (total > 0xFFFF_FFFFL) {
        throw new AssetFormatException(file + ":byte 8",
            "rewritten GLB would be " + total + " bytes, more than a GLB can declare (4 GiB - 1)");
      }
      ByteBuffer head = ByteBuffer.allocate(FIRST).order(ByteOrder.LITTLE_ENDIAN);
      head.putInt(MAGIC).putInt(layout.version()).putInt((int) total).putInt(newJson.size())
          .putInt(layout.version() == 1 ? 0 : JSON);
      out.write(head.array());
      newJson.writeTo(out);
      input.copy(layout.restStart(), layout.size(), out, file);
    }
  }

  private Layout read(GlbInput input, String file) throws IOException {
    long size = input.size();
    if (size >= 0 && size < FIRST) {
      throw new AssetFormatException(file + ":byte 0",
          "truncated GLB: " + size + " bytes, a GLB needs at least " + FIRST);
    }
    ByteBuffer head = input.read(0, FIRST, file);
    int magic = head.getInt();
    if (magic != MAGIC) {
      throw new AssetFormatException(file + ":byte 0",
          "not a GLB: magic " + hex(magic) + ", expected " + hex(MAGIC) + " (\"glTF\")");
    }
    int version = head.getInt();
    if (version != 1 && version != 2) {
      throw new AssetFormatException(file + ":byte 4",
          "unsupported GLB version " + Integer.toUnsignedString(version) + ", expected 1 or 2");
    }
    long declared = Integer.toUnsignedLong(head.getInt());
    if (size >= 0 && declared != size) {
      throw new AssetFormatException(file + ":byte 8",
          "GLB header declares " + declared + " bytes but the file has " + size);
    }
    long total = size >= 0 ? size : declared;
    long jsonLength = Integer.toUnsignedLong(head.getInt());
    int type = head.getInt();
    if (version == 2 && type != JSON) {
      throw new AssetFormatException(file + ":byte 16",
          "first GLB chunk has type " + hex(type) + ", expected " + hex(JSON) + " (JSON)");
    }
    if (version == 1 && type != 0) {
      throw new AssetFormatException(file + ":byte 16",
          "GLB version 1 content format is " + Integer.toUnsignedString(type) + ", expected 0 (JSON)");
    }
    long restStart = FIRST + jsonLength;
    if (restStart > total) {
      throw new AssetFormatException(file + ":byte 12", (version == 2 ? "JSON chunk" : "JSON content")
          + " declares " + jsonLength + " bytes but only " + (total - FIRST) + " follow its header");
    }
    if (jsonLength > limits.maxGlbJsonBytes()) {
      throw new AssetFormatException(file + ":byte 12",
          "JSON chunk of " + jsonLength + " bytes exceeds the limit of " + limits.maxGlbJsonBytes()
              + " bytes (AssetLimits.maxGlbJsonBytes)");
    }
    byte[] bytes = input.read(FIRST, (int) jsonLength, file).array();
    if (version == 2) {
      checkChunks(input, restStart, total, file);
    }
    if (size < 0 && !input.endsAt(total, file)) {
      throw new AssetFormatException(file + ":byte " + total,
          "GLB header declares " + declared + " bytes but more follow");
    }
    int length = bytes.length;
    // Padding is spaces by the spec; some writers pad with NULs, which no JSON parser accepts.
    while (length > 0 && (bytes[length - 1] == ' ' || bytes[length - 1] == 0)) {
      length--;
    }
    return new Layout(version, bytes, length, restStart, total);
  }

  /** Walks the chunk headers after the JSON chunk: each must fit in the file. */
  private static void checkChunks(GlbInput input, long from, long size, String file) throws IOException {
    long at = from;
    while (at < size) {
      if (size - at < CHUNK_HEADER) {
        throw new AssetFormatException(file + ":byte " + at,
            "truncated GLB chunk header: " + (size - at) + " bytes, expected " + CHUNK_HEADER);
      }
      long length = Integer.toUnsignedLong(input.read(at, CHUNK_HEADER, file).getInt());
      if (length > size - at - CHUNK_HEADER) {
        throw new AssetFormatException(file + ":byte " + at,
            "GLB chunk declares " + length + " bytes but only " + (size - at - CHUNK_HEADER)
                + " follow its header");
      }
      at += CHUNK_HEADER + length;
    }
  }

  private static String hex(int value) {
    return String.format(Locale.ROOT, "0x%08X", value);
  }
}
