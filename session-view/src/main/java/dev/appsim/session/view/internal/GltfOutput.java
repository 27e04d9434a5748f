package dev.appsim.session.view.internal;

import dev.appsim.session.view.ViewException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes an assembled {@link GltfDocument}: as GLB (header, JSON chunk, BIN chunk streamed part by
 * part), or as the two halves of a .gltf (the JSON text and the .bin buffer). Every length is
 * known before the first byte goes out, so nothing is buffered but one 64 KiB block.
 */
public final class GltfOutput {
  private static final int GLB_MAGIC = 0x46546C67;
  private static final int JSON_CHUNK = 0x4E4F534A;
  private static final int BIN_CHUNK = 0x004E4942;
  /** GLB stores its total length in 32 unsigned bits. */
  public static final long MAX_GLB_LENGTH = 0xFFFF_FFFFL;

  private GltfOutput() {}

  /**
   * @param where names the output in an error message
   * @throws ViewException if the file would exceed GLB's 4 GiB
   */
  public static void writeGlb(GltfDocument doc, String json, OutputStream out, String where) throws IOException {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    int jsonPadded = (text.length + 3) & ~3;
    long bin = doc.bufferLength();
    long binPadded = (bin + 3) & ~3L;
    long total = 12L + 8 + jsonPadded + (bin > 0 ? 8 + binPadded : 0);
    if (total > MAX_GLB_LENGTH) {
      throw new ViewException(where, "the GLB would be " + total + " bytes, more than the " + MAX_GLB_LENGTH
          + " its 32-bit length can hold; export as .gltf with a separate .bin instead");
    }
    ByteBuffer head = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
    head.putInt(GLB_MAGIC).putInt(2).putInt((int) total).putInt(jsonPadded).putInt(JSON_CHUNK);
    out.write(head.array());
    out.write(text);
    byte[] spaces = new byte[jsonPadded - text.length];
    Arrays.fill(spaces, (byte) ' ');
    out.write(spaces);
    if (bin > 0) {
      ByteBuffer chunk = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      chunk.putInt((int) binPadded).putInt(BIN_CHUNK);
      out.write(chunk.array());
      writeBin(doc, out, binPadded);
    }
    out.flush();
  }

  /** Writes the buffer alone (a .gltf's .bin file), without trailing padding. */
  public static void writeBin(GltfDocument doc, OutputStream out) throws IOException {
    writeBin(doc, out, doc.bufferLength());
  }

  private static void writeBin(GltfDocument doc, OutputStream out, long paddedLength) throws IOException {
    BinSink sink = new BinSink(out);
    List<BinPart> parts = doc.parts();
    for (int i = 0; i < parts.size(); i++) {
      long offset = doc.offsets().get(i);
      sink.padTo(offset);
      parts.get(i).writeTo(sink);
      if (sink.written() != offset + parts.get(i).byteLength()) {
        throw new IllegalStateException("buffer view " + i + " wrote " + (sink.written() - offset) + " bytes, planned "
            + parts.get(i).byteLength());
      }
    }
    sink.padTo(paddedLength);
    sink.flush();
  }
}
