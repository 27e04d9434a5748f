package dev.appsim.session.room.asset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** Builds small assets for tests and runs the scanner and rewriter on them. */
final class Assets {
  private Assets() {}

  /** A GLB: header, JSON chunk padded with spaces, and a BIN chunk if {@code bin} is not null. */
  static byte[] glb(String json, byte[] bin) {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    int jsonLength = (text.length + 3) / 4 * 4;
    int binLength = bin == null ? 0 : (bin.length + 3) / 4 * 4;
    int total = 12 + 8 + jsonLength + (bin == null ? 0 : 8 + binLength);
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(Glb.MAGIC).putInt(2).putInt(total).putInt(jsonLength).putInt(Glb.JSON).put(text);
    for (int i = text.length; i < jsonLength; i++) {
      b.put((byte) ' ');
    }
    if (bin != null) {
      b.putInt(binLength).putInt(0x004E4942).put(bin);
    }
    return b.array();
  }

  static byte[] rewrite(Path file, Function<AssetReference, String> replacement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      AssetRewriter.create().rewrite(file, replacement, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] rewrite(Path file, Map<String, String> replacements) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      AssetRewriter.create().rewrite(file, replacements, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
