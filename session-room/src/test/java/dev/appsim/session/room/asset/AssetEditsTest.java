package dev.appsim.session.room.asset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rewrite as byte-range edits: one parse gives the edits, applying them (checked or not) gives
 * exactly the copy {@link AssetRewriter} writes and the copy written by hand, and a source that
 * changed since it was parsed is refused by the checked apply.
 */
class AssetEditsTest {
  @TempDir
  Path dir;

  /** The copy by every route: rewrite, checked apply, unchecked open, and edits from a located scan. */
  private byte[] everyRoute(Path file, Map<String, String> replacements) throws IOException {
    byte[] rewritten = Assets.rewrite(file, replacements);
    AssetEdits edits = AssetRewriter.create().edits(file, replacements);
    ByteArrayOutputStream applied = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(file)) {
      edits.apply(in, applied);
    }
    byte[] opened;
    try (InputStream in = edits.open(Files.newInputStream(file))) {
      opened = in.readAllBytes();
    }
    AssetEdits fromLayout = AssetRewriter.create().edits(AssetScanner.create().locate(file), replacements);
    assertEquals(edits, fromLayout);
    assertArrayEquals(rewritten, applied.toByteArray());
    assertArrayEquals(rewritten, opened);
    assertEquals(rewritten.length, edits.sizeFrom(Files.size(file)));
    return rewritten;
  }

  @Test
  void gltfEditsReplaceOnlyTheChangedStringTokens() throws IOException {
    String json = "{\"asset\":{\"version\":\"2.0\"},\n \"buffers\":[{\"uri\":\"a.bin\",\"byteLength\":4}],\n"
        + " \"images\":[{\"uri\":\"wood grain.png\"},{\"uri\":\"keep.png\"}]}\n";
    Path gltf = Files.writeString(dir.resolve("chair.gltf"), json);
    byte[] copy = everyRoute(gltf, Map.of("a.bin", "chair-1.bin", "wood grain.png", "t/wood grain.png"));
    assertEquals(json.replace("\"a.bin\"", "\"chair-1.bin\"").replace("\"wood grain.png\"", "\"t/wood%20grain.png\""),
        Assets.utf8(copy));
    assertEquals(2, AssetRewriter.create().edits(gltf, Map.of("a.bin", "chair-1.bin", "wood grain.png", "t/w.png")).count());
    assertTrue(AssetRewriter.create().edits(gltf, Map.of("keep.png", "keep.png")).isEmpty());
  }

  @Test
  void glbJsonGrowingAcrossAPaddingBoundaryGetsNewLengthsAndTheSameBinChunk() throws IOException {
    byte[] bin = {1, 2, 3, 4, 5, 6, 7, 8};
    // 40 bytes of JSON: no padding; one byte more needs three bytes of padding.
    String json = "{\"buffers\":[{\"uri\":\"a.bin\"}],\"x\":\"1234\"}";
    assertEquals(0, json.length() % 4);
    Path glb = Files.write(dir.resolve("m.glb"), Assets.glb(json, bin));
    byte[] copy = everyRoute(glb, Map.of("a.bin", "ab.bin"));
    assertArrayEquals(Assets.glb(json.replace("a.bin", "ab.bin"), bin), copy);
    assertEquals(copy.length, intAt(copy, 8));
    assertEquals(44, intAt(copy, 12));
    assertArrayEquals(Arrays.copyOfRange(Files.readAllBytes(glb), 20 + 40, 20 + 40 + 8 + bin.length),
        Arrays.copyOfRange(copy, 20 + 44, 20 + 44 + 8 + bin.length));
  }

  @Test
  void glbJsonShrinkingAcrossAPaddingBoundaryDropsTheOldPadding() throws IOException {
    byte[] bin = {9, 8, 7, 6};
    // 41 bytes of JSON padded to 44; one byte less is 40, unpadded.
    String json = "{\"buffers\":[{\"uri\":\"ab.bin\"}],\"x\":\"1234\"}";
    assertEquals(1, json.length() % 4);
    Path glb = Files.write(dir.resolve("m.glb"), Assets.glb(json, bin));
    byte[] copy = everyRoute(glb, Map.of("ab.bin", "a.bin"));
    assertArrayEquals(Assets.glb(json.replace("ab.bin", "a.bin"), bin), copy);
    assertEquals(40, intAt(copy, 12));
    // No BIN chunk: the padding edit sits at the very end of the file.
    Path bare = Files.write(dir.resolve("bare.glb"), Assets.glb(json, null));
    assertArrayEquals(Assets.glb(json.replace("ab.bin", "a.bin"), null), everyRoute(bare, Map.of("ab.bin", "a.bin")));
  }

  @Test
  void objMtllibEditsKeepEscapedSpacesAndReplaceSeveralNamesOnTheirOwn() throws IOException {
    String obj = "\uFEFFmtllib wood\\ grain.mtl\r\nv 0 0 0\nmtllib red.mtl blue.mtl keep.mtl\nf 1 1 1\n";
    Path file = Files.writeString(dir.resolve("m.obj"), obj);
    byte[] copy = everyRoute(file, Map.of("wood grain.mtl", "wood grain 2.mtl", "red.mtl", "r.mtl", "blue.mtl",
        "materials/blue-1.mtl"));
    assertEquals("\uFEFFmtllib wood\\ grain\\ 2.mtl\r\nv 0 0 0\nmtllib r.mtl materials/blue-1.mtl keep.mtl\nf 1 1 1\n",
        Assets.utf8(copy));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AssetRewriter.create().edits(file, Map.of("red.mtl", "r e d.mtl")));
    assertEquals("replacement \"r e d.mtl\" for \"red.mtl\" at " + file + ":line 3 contains whitespace, which one of"
        + " several mtllib names cannot hold", e.getMessage());
  }

  @Test
  void mtlEditsReplaceTheNameBetweenOptionsAndKeepContinuations() throws IOException {
    String mtl = "newmtl a\nmap_Kd -s 1 1 1 wood grain.png -bm 1.5\nbump \\\nb.png\nmap_Ka wood \\\ngrain.png\n"
        + "map_Ks keep.png\n";
    Path file = Files.writeString(dir.resolve("m.mtl"), mtl);
    // A name continued over two lines is replaced by a one-line name, its line break kept after it.
    byte[] copy = everyRoute(file, Map.of("wood grain.png", "t/wood.png", "b.png", "t/b.png", "wood   grain.png", "t/w.png"));
    assertEquals("newmtl a\nmap_Kd -s 1 1 1 t/wood.png -bm 1.5\nbump \\\nt/b.png\nmap_Ka t/w.png\\\n\n"
        + "map_Ks keep.png\n", Assets.utf8(copy));
  }

  @Test
  void checkedApplyRefusesASourceThatChangedSinceItWasParsed() throws IOException {
    Path file = Files.writeString(dir.resolve("m.mtl"), "map_Kd wood.png\n");
    AssetEdits edits = AssetRewriter.create().edits(file, Map.of("wood.png", "t/wood.png"));
    IOException moved = assertThrows(IOException.class,
        () -> edits.apply(new ByteArrayInputStream(utf8("map_Kd  wood.png\n")), new ByteArrayOutputStream()));
    assertEquals(file + " changed since it was parsed for rewriting: bytes [7, 15) are not the ones it had",
        moved.getMessage());
    IOException grew = assertThrows(IOException.class,
        () -> edits.apply(new ByteArrayInputStream(utf8("map_Kd wood.png\n\n")), new ByteArrayOutputStream()));
    assertEquals(file + " changed since it was parsed for rewriting: it has more than the 16 bytes it had",
        grew.getMessage());
    IOException shrank = assertThrows(IOException.class,
        () -> edits.apply(new ByteArrayInputStream(utf8("map_Kd wood.png")), new ByteArrayOutputStream()));
    assertEquals(file + " changed since it was parsed for rewriting: it has 15 bytes, it had 16", shrank.getMessage());
    // Unchecked, the same source gives a copy that its digest check will refuse.
    try (InputStream in = edits.open(new ByteArrayInputStream(utf8("map_Kd  wood.png\n")))) {
      assertEquals("map_Kd t/wood.pngg\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void editsThatChangeNothingCopyAnyFileAsItIs() throws IOException {
    Path png = Files.write(dir.resolve("a.png"), new byte[] {1, 2, 3});
    AssetEdits edits = AssetRewriter.create().edits(png, Map.of("x", "y"));
    assertTrue(edits.isEmpty());
    assertEquals(AssetEdits.none().sizeFrom(3), 3);
    try (InputStream in = AssetEdits.none().open(new ByteArrayInputStream(new byte[] {4, 5}))) {
      assertArrayEquals(new byte[] {4, 5}, in.readAllBytes());
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static int intAt(byte[] b, int offset) {
    return ByteBuffer.wrap(b, offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
  }
}
