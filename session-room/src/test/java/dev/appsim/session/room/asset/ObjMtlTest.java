package dev.appsim.session.room.asset;

import static dev.appsim.session.room.asset.Assets.rewrite;
import static dev.appsim.session.room.asset.Assets.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjMtlTest {
  private static final String OBJ = "# chair\r\n"
      + "mtllib chair.mtl  extra.mtl\r\n"
      + "v 0 0 0\r\n"
      + "v 1 0 0\r\n"
      + "  MTLLIB\tshared/common.mtl\r\n"
      + "usemtl wood\r\n"
      + "f 1 2 3";

  private static final String MTL = "newmtl wood\n"
      + "Kd 1 1 1\n"
      + "map_Kd wood grain.png\n"
      + "MAP_KS -o 0.5 0.5 -s 2 2 2 -clamp on spec.png  \n"
      + "bump -bm 0.3 -imfchan l textures/bump map.tga\n"
      + "refl -type sphere -mm 0 1 env.hdr\n"
      + "map_d -texres 512 -blendu off -blendv on -boost 1.5 -cc on alpha.png\n"
      + "disp -t 1 disp.png\n"
      + "map_Pr rough.png\n"
      + "# map_Kd commented.png\n"
      + "norm -o 1 2 3 4.png\n";

  @TempDir Path tmp;

  private Path write(String name, String content) throws IOException {
    return Files.write(tmp.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void findsEveryMtllibNameWithItsLine() throws IOException {
    Path obj = write("chair.obj", OBJ);
    // Two names or one name with two spaces: whoever resolves tries the whole first, then the names.
    assertEquals(List.of(
            new AssetReference("chair.mtl  extra.mtl", "line 2", ReferenceKind.MATERIAL_LIBRARY, List.of(
                new AssetReference("chair.mtl", "line 2", ReferenceKind.MATERIAL_LIBRARY),
                new AssetReference("extra.mtl", "line 2", ReferenceKind.MATERIAL_LIBRARY))),
            new AssetReference("shared/common.mtl", "line 5", ReferenceKind.MATERIAL_LIBRARY)),
        AssetScanner.create().scan(obj));
  }

  @Test
  void rewritesOnlyTheNamesAndKeepsCrLf() throws IOException {
    Path obj = write("chair.obj", OBJ);
    byte[] out = rewrite(obj, Map.of("chair.mtl", "assets/c.mtl", "shared/common.mtl", "assets/common-2.mtl"));
    assertEquals(OBJ.replace("mtllib chair.mtl  extra.mtl", "mtllib assets/c.mtl  extra.mtl")
        .replace("MTLLIB\tshared/common.mtl", "MTLLIB\tassets/common-2.mtl"), utf8(out));
  }

  @Test
  void stopsMtllibAtATrailingComment() throws IOException {
    Path obj = write("c.obj", "mtllib a.mtl # b.mtl\nmtllib #none\n");
    AssetFormatException e = assertThrows(AssetFormatException.class, () -> AssetScanner.create().scan(obj));
    assertEquals(obj + ":line 2", e.location());
    assertEquals("mtllib names no file", e.getMessage());
    Path ok = write("d.obj", "mtllib a.mtl # b.mtl\n");
    assertEquals(List.of("a.mtl"), AssetScanner.create().scan(ok).stream().map(AssetReference::raw).toList());
  }

  @Test
  void findsTextureNamesAfterOptionsKeepingSpaces() throws IOException {
    Path mtl = write("wood.mtl", MTL);
    assertEquals(List.of(
            new AssetReference("wood grain.png", "line 3", ReferenceKind.TEXTURE),
            new AssetReference("spec.png", "line 4", ReferenceKind.TEXTURE),
            new AssetReference("textures/bump map.tga", "line 5", ReferenceKind.TEXTURE),
            new AssetReference("env.hdr", "line 6", ReferenceKind.TEXTURE),
            new AssetReference("alpha.png", "line 7", ReferenceKind.TEXTURE),
            new AssetReference("disp.png", "line 8", ReferenceKind.TEXTURE),
            new AssetReference("rough.png", "line 9", ReferenceKind.TEXTURE),
            new AssetReference("4.png", "line 11", ReferenceKind.TEXTURE)),
        AssetScanner.create().scan(mtl));
  }

  @Test
  void rewritesTextureNamesKeepingOptionsAndTrailingSpaces() throws IOException {
    Path mtl = write("wood.mtl", MTL);
    byte[] out = rewrite(mtl, Map.of("wood grain.png", "assets/wood grain.png", "spec.png", "s.png"));
    assertEquals(MTL.replace("map_Kd wood grain.png", "map_Kd assets/wood grain.png")
        .replace("-clamp on spec.png  ", "-clamp on s.png  "), utf8(out));
  }

  @Test
  void rewriteThenScanGivesNewValuesAndIdentityIsByteIdentical() throws IOException {
    Path mtl = write("wood.mtl", MTL);
    assertArrayEquals(Files.readAllBytes(mtl), rewrite(mtl, AssetReference::raw));
    Path copy = Files.write(tmp.resolve("copy.mtl"), rewrite(mtl, ref -> "x/" + ref.raw()));
    assertEquals(List.of("x/wood grain.png", "x/spec.png", "x/textures/bump map.tga", "x/env.hdr",
            "x/alpha.png", "x/disp.png", "x/rough.png", "x/4.png"),
        AssetScanner.create().scan(copy).stream().map(AssetReference::raw).toList());
  }

  @Test
  void keepsLatin1NamesAndTheirBytes() throws IOException {
    byte[] latin1 = "map_Kd caf\u00e9.png\n".getBytes(StandardCharsets.ISO_8859_1);
    Path mtl = Files.write(tmp.resolve("l.mtl"), latin1);
    assertEquals("café.png", AssetScanner.create().scan(mtl).get(0).raw());
    assertArrayEquals(latin1, rewrite(mtl, AssetReference::raw));
  }

  @Test
  void rejectsStatementsWithoutFileName() throws IOException {
    Path obj = write("a.obj", "v 1 2 3\nmtllib   \n");
    AssetFormatException e = assertThrows(AssetFormatException.class, () -> AssetScanner.create().scan(obj));
    assertEquals(obj + ":line 2", e.location());
    assertEquals("mtllib names no file", e.getMessage());
    Path mtl = write("a.mtl", "map_Kd -s 1 2 3\n");
    AssetFormatException m = assertThrows(AssetFormatException.class, () -> AssetScanner.create().scan(mtl));
    assertEquals(mtl + ":line 1", m.location());
    assertEquals("map_Kd names no file", m.getMessage());
  }

  @Test
  void rejectsLinesOverTheLimit() throws IOException {
    Path obj = write("a.obj", "v 1 2 3\n# " + "x".repeat(100) + "\n");
    AssetScanner small = AssetScanner.create(AssetLimits.defaults().withMaxLineBytes(64));
    AssetFormatException e = assertThrows(AssetFormatException.class, () -> small.scan(obj));
    assertEquals(obj + ":line 2", e.location());
    assertEquals("line is longer than the limit of 64 bytes (AssetLimits.maxLineBytes)", e.getMessage());
  }

  @Test
  void rejectsReplacementsThatWouldBreakTheLine() throws IOException {
    Path obj = write("a.obj", "mtllib a.mtl x.mtl\n");
    assertEquals("replacement \"b c.mtl\" for \"a.mtl\" at " + obj + ":line 1 contains whitespace, "
            + "which one of several mtllib names cannot hold",
        assertThrows(IllegalArgumentException.class, () -> rewrite(obj, Map.of("a.mtl", "b c.mtl"))).getMessage());
    assertEquals("replacement \"b\tc.mtl\" for \"a.mtl x.mtl\" at " + obj + ":line 1 contains a tab or form feed,"
            + " which mtllib cannot hold",
        assertThrows(IllegalArgumentException.class, () -> rewrite(obj, Map.of("a.mtl x.mtl", "b\tc.mtl"))).getMessage());
    Path mtl = write("a.mtl", "map_Kd a.png\n");
    assertEquals("replacement \"b\nc.png\" for \"a.png\" at " + mtl + ":line 1 contains a line break",
        assertThrows(IllegalArgumentException.class, () -> rewrite(mtl, Map.of("a.png", "b\nc.png"))).getMessage());
    assertEquals("replacement \" b.png\" for \"a.png\" at " + mtl + ":line 1 starts or ends with whitespace",
        assertThrows(IllegalArgumentException.class, () -> rewrite(mtl, Map.of("a.png", " b.png"))).getMessage());
  }

  @Test
  void copiesOtherFormatsUnchangedAndFindsNoReferences() throws IOException {
    Path png = Files.write(tmp.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    assertEquals(List.of(), AssetScanner.create().scan(png));
    assertArrayEquals(Files.readAllBytes(png), rewrite(png, ref -> "never"));
  }

  @Test
  void streamsLargeObjAndFindsMtllibAtTheEnd() throws IOException {
    Path obj = tmp.resolve("big.obj");
    try (var out = Files.newBufferedWriter(obj)) {
      for (int i = 0; i < 200_000; i++) {
        out.write("v " + i + " 0.5 1.25\n");
      }
      out.write("mtllib late.mtl\n");
    }
    AssetScanner small = AssetScanner.create(AssetLimits.defaults().withMaxLineBytes(64));
    assertEquals(List.of(new AssetReference("late.mtl", "line 200001", ReferenceKind.MATERIAL_LIBRARY)),
        small.scan(obj));
  }

  @Test
  void handlesEmptyFilesAndMissingFinalNewline() throws IOException {
    Path empty = write("e.obj", "");
    assertEquals(List.of(), AssetScanner.create().scan(empty));
    assertArrayEquals(new byte[0], rewrite(empty, ref -> "x"));
    Path last = write("l.obj", "v 1\nmtllib a.mtl");
    assertEquals("v 1\nmtllib b.mtl", utf8(rewrite(last, Map.of("a.mtl", "b.mtl"))));
  }
}
