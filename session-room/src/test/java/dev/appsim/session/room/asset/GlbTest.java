package dev.appsim.session.room.asset;

import static dev.appsim.session.room.asset.Assets.glb;
import static dev.appsim.session.room.asset.Assets.rewrite;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlbTest {
  private static final String JSON =
      "{\"buffers\":[{\"byteLength\":8},{\"uri\":\"extra.bin\",\"byteLength\":4}],"
          + "\"images\":[{\"uri\":\"tex/wood.png\"}]}";
  private static final byte[] BIN = {1, 2, 3, 4, 5, 6, 7, 8};

  @TempDir Path tmp;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(tmp.resolve(name), bytes);
  }

  private static int intAt(byte[] b, int offset) {
    return ByteBuffer.wrap(b, offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
  }

  @Test
  void findsUrisInTheJsonChunk() throws IOException {
    Path file = write("lamp.glb", glb(JSON, BIN));
    assertEquals(List.of(
            new AssetReference("extra.bin", "/buffers/1/uri", ReferenceKind.BUFFER),
            new AssetReference("tex/wood.png", "/images/0/uri", ReferenceKind.IMAGE)),
        AssetScanner.create().scan(file));
  }

  @Test
  void rewriteRebuildsJsonChunkFixesLengthsAndCopiesBinUnchanged() throws IOException {
    Path file = write("lamp.glb", glb(JSON, BIN));
    byte[] out = rewrite(file, Map.of("tex/wood.png", "assets/textures/wood-0001.png"));
    assertEquals(Glb.MAGIC, intAt(out, 0));
    assertEquals(2, intAt(out, 4));
    assertEquals(out.length, intAt(out, 8));
    int jsonLength = intAt(out, 12);
    assertEquals(0, jsonLength % 4);
    assertEquals(Glb.JSON, intAt(out, 16));
    String json = new String(out, 20, jsonLength, StandardCharsets.UTF_8);
    assertEquals(JSON.replace("tex/wood.png", "assets/textures/wood-0001.png"), json.stripTrailing());
    byte[] original = Files.readAllBytes(file);
    int originalRest = 20 + intAt(original, 12);
    assertArrayEquals(Arrays.copyOfRange(original, originalRest, original.length),
        Arrays.copyOfRange(out, 20 + jsonLength, out.length));
    Path copy = write("copy.glb", out);
    assertEquals(List.of("extra.bin", "assets/textures/wood-0001.png"),
        AssetScanner.create().scan(copy).stream().map(AssetReference::raw).toList());
  }

  @Test
  void rewriteWithoutChangeIsByteIdentical() throws IOException {
    Path file = write("lamp.glb", glb(JSON, BIN));
    assertArrayEquals(Files.readAllBytes(file), rewrite(file, AssetReference::raw));
  }

  @Test
  void acceptsGlbWithoutBinChunkAndWithNulPadding() throws IOException {
    byte[] bytes = glb("{\"images\":[{\"uri\":\"a.png\"}]}", null);
    for (int i = bytes.length - 1; bytes[i] == ' '; i--) {
      bytes[i] = 0;
    }
    Path file = write("a.glb", bytes);
    assertEquals(List.of(new AssetReference("a.png", "/images/0/uri", ReferenceKind.IMAGE)),
        AssetScanner.create().scan(file));
    byte[] out = rewrite(file, Map.of("a.png", "b.png"));
    assertEquals(out.length, intAt(out, 8));
  }

  private AssetFormatException rejected(byte[] bytes) throws IOException {
    Path file = write("bad.glb", bytes);
    return assertThrows(AssetFormatException.class, () -> AssetScanner.create().scan(file));
  }

  @Test
  void rejectsTruncatedHeader() throws IOException {
    AssetFormatException e = rejected(Arrays.copyOf(glb(JSON, BIN), 7));
    assertEquals(tmp.resolve("bad.glb") + ":byte 0", e.location());
    assertEquals("truncated GLB: 7 bytes, a GLB needs at least 20", e.getMessage());
  }

  @Test
  void rejectsTruncatedFileWhoseHeaderDeclaresMore() throws IOException {
    byte[] full = glb(JSON, BIN);
    AssetFormatException e = rejected(Arrays.copyOf(full, full.length - 3));
    assertEquals(tmp.resolve("bad.glb") + ":byte 8", e.location());
    assertEquals("GLB header declares " + full.length + " bytes but the file has " + (full.length - 3),
        e.getMessage());
  }

  @Test
  void rejectsBadMagicAndVersion() throws IOException {
    byte[] bytes = glb(JSON, BIN);
    bytes[0] = 'x';
    assertEquals("not a GLB: magic 0x46546C78, expected 0x46546C67 (\"glTF\")", rejected(bytes).getMessage());
    byte[] v3 = glb(JSON, BIN);
    v3[4] = 3;
    AssetFormatException e = rejected(v3);
    assertEquals("unsupported GLB version 3, expected 1 or 2", e.getMessage());
    assertEquals(tmp.resolve("bad.glb") + ":byte 4", e.location());
  }

  @Test
  void rejectsJsonChunkLengthThatLies() throws IOException {
    byte[] bytes = glb(JSON, BIN);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(12, 0x7FFF_FFF0);
    AssetFormatException e = rejected(bytes);
    assertEquals(tmp.resolve("bad.glb") + ":byte 12", e.location());
    assertEquals("JSON chunk declares 2147483632 bytes but only " + (bytes.length - 20)
        + " follow its header", e.getMessage());
  }

  @Test
  void rejectsBinChunkLengthThatLies() throws IOException {
    byte[] bytes = glb(JSON, BIN);
    int binAt = 20 + intAt(bytes, 12);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(binAt, -1);
    AssetFormatException e = rejected(bytes);
    assertEquals(tmp.resolve("bad.glb") + ":byte " + binAt, e.location());
    assertEquals("GLB chunk declares 4294967295 bytes but only 8 follow its header", e.getMessage());
  }

  @Test
  void rejectsTruncatedChunkHeader() throws IOException {
    byte[] bytes = glb(JSON, null);
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 4);
    ByteBuffer.wrap(longer).order(ByteOrder.LITTLE_ENDIAN).putInt(8, longer.length);
    AssetFormatException e = rejected(longer);
    assertEquals(tmp.resolve("bad.glb") + ":byte " + bytes.length, e.location());
    assertEquals("truncated GLB chunk header: 4 bytes, expected 8", e.getMessage());
  }

  @Test
  void rejectsFirstChunkThatIsNotJson() throws IOException {
    byte[] bytes = glb(JSON, BIN);
    bytes[16] = 'B';
    assertEquals("first GLB chunk has type 0x4E4F5342, expected 0x4E4F534A (JSON)", rejected(bytes).getMessage());
  }

  @Test
  void rejectsJsonChunkOverTheLimit() throws IOException {
    Path file = write("big.glb", glb(JSON, BIN));
    AssetScanner small = AssetScanner.create(AssetLimits.defaults().withMaxGlbJsonBytes(16));
    AssetFormatException e = assertThrows(AssetFormatException.class, () -> small.scan(file));
    assertEquals("JSON chunk of " + intAt(Files.readAllBytes(file), 12)
        + " bytes exceeds the limit of 16 bytes (AssetLimits.maxGlbJsonBytes)", e.getMessage());
  }

  @Test
  void rejectsInvalidJsonInsideGlbWithPointer() throws IOException {
    AssetFormatException e = rejected(glb("{\"images\":[{\"uri\":1e}]}", BIN));
    assertEquals(tmp.resolve("bad.glb") + ":/images/0/uri", e.location());
  }
}
