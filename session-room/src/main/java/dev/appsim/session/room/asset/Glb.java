package dev.appsim.session.room.asset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Binary glTF ({@code .glb}), both container versions. Version 2: a 12-byte header
 * ({@code glTF}, 2, total length), a JSON chunk, then optional chunks (BIN and any unknown ones),
 * each an 8-byte header and its data. Version 1 (glTF 1.0 with {@code KHR_binary_glTF}): a
 * 20-byte header ({@code glTF}, 1, total length, content length, content format 0 = JSON), the
 * JSON content, then the binary body. Every declared length is checked against the file before
 * the first edit is made; only the JSON is held in memory while scanning, the rest is never read
 * into memory.
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
  public AssetLayout locate(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      return locate(GlbInput.of(channel), path.toString());
    }
  }

  @Override
  public AssetLayout locate(String file, InputStream in) throws IOException {
    return locate(GlbInput.of(in), file);
  }

  private AssetLayout locate(GlbInput input, String file) throws IOException {
    Layout layout = read(input, file);
    GltfJson.Found found = json.scan(layout.json(), layout.jsonLength(), file);
    long jsonEnd = FIRST + (long) layout.jsonLength();
    byte[] padding = Arrays.copyOfRange(layout.json(), layout.jsonLength(), layout.json().length);
    return new AssetLayout(this, file, layout.size(),
        found.splices().stream().map(s -> s.at(FIRST, layout.json())).toList(), found.toScan(),
        new AssetLayout.GlbFrame(layout.size(), layout.restStart() - FIRST, jsonEnd, layout.restStart(), padding));
  }

  /**
   * The JSON's reference edits, then (when any) the header's total length {@code [8, 12)}, the
   * JSON chunk's length {@code [12, 16)} and its trailing padding replaced by spaces up to a
   * multiple of 4; every later chunk (BIN...) is left as it is.
   */
  @Override
  public AssetEdits edits(AssetLayout layout, Function<AssetReference, String> replacement) {
    String file = layout.file();
    List<AssetEdits.Edit> jsonEdits = GltfJson.edits(layout.splices(), file, replacement);
    if (jsonEdits.isEmpty()) {
      return AssetEdits.none(file, layout.size());
    }
    AssetLayout.GlbFrame frame = Objects.requireNonNull(layout.frame(), "a GLB layout has a frame");
    long json = frame.jsonEnd() - FIRST;
    for (AssetEdits.Edit e : jsonEdits) {
      json += e.delta();
    }
    int pad = (int) ((4 - json % 4) % 4);
    long chunk = json + pad;
    long total = FIRST + chunk + (layout.size() - frame.restStart());
    if (total > 0xFFFF_FFFFL) {
      throw new AssetFormatException(file + ":byte 8",
          "rewritten GLB would be " + total + " bytes, more than a GLB can declare (4 GiB - 1)");
    }
    List<AssetEdits.Edit> edits = new ArrayList<>();
    edits.add(new AssetEdits.Edit(8, 12, le(total), le(frame.declaredTotal())));
    edits.add(new AssetEdits.Edit(12, 16, le(chunk), le(frame.chunkLength())));
    edits.addAll(jsonEdits);
    byte[] spaces = new byte[pad];
    Arrays.fill(spaces, (byte) ' ');
    edits.add(new AssetEdits.Edit(frame.jsonEnd(), frame.restStart(), spaces, frame.padding()));
    return new AssetEdits(file, layout.size(), edits);
  }

  private static byte[] le(long value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array();
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
