package dev.appsim.session.room.asset;

import static dev.appsim.session.room.asset.Assets.rewrite;
import static dev.appsim.session.room.asset.Assets.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OBJ and MTL statements as exporters write them: spaces in names, escapes, BOMs, continuations, options after names. */
class ObjStatementsTest {
  @TempDir Path tmp;

  private Path write(String name, String content) throws IOException {
    return Files.write(tmp.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  private static AssetReference lib(String raw, String line, AssetReference... alternatives) {
    return new AssetReference(raw, line, ReferenceKind.MATERIAL_LIBRARY, List.of(alternatives));
  }

  private static AssetReference tex(String raw, String line) {
    return new AssetReference(raw, line, ReferenceKind.TEXTURE);
  }

  @Test
  void blenderMtllibIsTheWholeRemainderWithTheSplitNamesAsAlternatives() throws IOException {
    Path obj = write("box.obj", "mtllib box mtllib red.mtl\n");
    assertEquals(List.of(lib("box mtllib red.mtl", "line 1",
            lib("box", "line 1"), lib("mtllib", "line 1"), lib("red.mtl", "line 1"))),
        AssetScanner.create().scan(obj));
  }

  @Test
  void escapedSpacesJoinOneName() throws IOException {
    Path obj = write("e.obj", "mtllib invalid\\ file\\ with\\ spaces.mtl\nmtllib a\\ b.mtl c.mtl\n");
    assertEquals(List.of(lib("invalid file with spaces.mtl", "line 1"),
            lib("a b.mtl c.mtl", "line 2", lib("a b.mtl", "line 2"), lib("c.mtl", "line 2"))),
        AssetScanner.create().scan(obj));
  }

  @Test
  void rewritingKeepsTheEscapingConventionOfTheFile() throws IOException {
    Path obj = write("e.obj", "mtllib invalid\\ file\\ with\\ spaces.mtl\nmtllib plain.mtl\n");
    assertEquals("mtllib new\\ name.mtl\nmtllib new name.mtl\n", utf8(rewrite(obj, Map.of(
        "invalid file with spaces.mtl", "new name.mtl", "plain.mtl", "new name.mtl"))));
  }

  @Test
  void aChangedWholeReplacesTheLineElseEachChangedNameAlone() throws IOException {
    Path obj = write("m.obj", "mtllib a.mtl  b.mtl # two\n");
    assertEquals("mtllib one.mtl # two\n", utf8(rewrite(obj, Map.of("a.mtl  b.mtl", "one.mtl"))));
    assertEquals("mtllib x.mtl  b.mtl # two\n", utf8(rewrite(obj, Map.of("a.mtl", "x.mtl"))));
  }

  @Test
  void refusesNamesTheLineCannotHold() throws IOException {
    Path obj = write("m.obj", "mtllib a.mtl\n");
    assertEquals("replacement \"a #b.mtl\" for \"a.mtl\" at " + obj + ":line 1 contains \" #\", which mtllib reads"
            + " as a comment",
        assertThrows(IllegalArgumentException.class, () -> rewrite(obj, Map.of("a.mtl", "a #b.mtl"))).getMessage());
    Path mtl = write("m.mtl", "map_Kd a.png\n");
    assertEquals("replacement \"a #b.png\" for \"a.png\" at " + mtl + ":line 1 contains \" #\", which MTL reads as"
            + " a comment",
        assertThrows(IllegalArgumentException.class, () -> rewrite(mtl, Map.of("a.png", "a #b.png"))).getMessage());
  }

  @Test
  void aByteOrderMarkIsSkippedWhenReadingAndKeptWhenRewriting() throws IOException {
    byte[] bom = "\uFEFFmtllib chair.mtl\r\nv 0 0 0\r\n".getBytes(StandardCharsets.UTF_8);
    Path obj = Files.write(tmp.resolve("bom.obj"), bom);
    assertEquals(List.of(lib("chair.mtl", "line 1")), AssetScanner.create().scan(obj));
    assertEquals("\uFEFFmtllib c-2.mtl\r\nv 0 0 0\r\n", utf8(rewrite(obj, Map.of("chair.mtl", "c-2.mtl"))));
    Path mtl = Files.write(tmp.resolve("bom.mtl"), "\uFEFFmap_Kd wood.png\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(tex("wood.png", "line 1")), AssetScanner.create().scan(mtl));
  }

  @Test
  void aBackslashAtTheEndContinuesTheStatementAndLinesAreCountedFromItsStart() throws IOException {
    String text = "v 1 2 3\nmtllib a.mtl \\\r\n  b.mtl\nmtllib c.mtl\nmap_Kd\\\nnothing\n";
    Path obj = write("c.obj", text);
    assertEquals(List.of(lib("a.mtl", "line 2"), lib("b.mtl", "line 2"), lib("c.mtl", "line 4")),
        AssetScanner.create().scan(obj));
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), rewrite(obj, AssetReference::raw));
    assertEquals(text.replace("b.mtl", "x.mtl"), utf8(rewrite(obj, Map.of("b.mtl", "x.mtl"))));
    Path last = write("l.obj", "mtllib a.mtl \\");
    assertEquals(List.of(lib("a.mtl", "line 1")), AssetScanner.create().scan(last));
  }

  @Test
  void mtlOptionsAfterTheNameAreOptionsWhenTheyFormACompleteRun() throws IOException {
    Path mtl = write("o.mtl", "map_bump -imfchan r bump.jpg -bm 1.5\n"
        + "map_Kd wood grain.png -s 1 2 3 -o 0.5 -clamp on\n"
        + "map_Ks a -b.png\n"
        + "map_d alpha.png -bm\n"
        + "map_Ka -cc on ambient.png -type cube_top\n"
        + "norm n.png -imfchan q\n"
        + "disp -mm 0 1 d.png -texres 1024 -blendu off -blendv on -boost 2 -t 1\n");
    assertEquals(List.of(tex("bump.jpg", "line 1"), tex("wood grain.png", "line 2"), tex("a -b.png", "line 3"),
            tex("alpha.png -bm", "line 4"), tex("ambient.png", "line 5"), tex("n.png -imfchan q", "line 6"),
            tex("d.png", "line 7")),
        AssetScanner.create().scan(mtl));
    assertEquals("map_bump -imfchan r b2.jpg -bm 1.5\n", utf8(rewrite(write("p.mtl",
        "map_bump -imfchan r bump.jpg -bm 1.5\n"), Map.of("bump.jpg", "b2.jpg"))));
  }

  @Test
  void scansFromAStreamWithAFileNameForLocations() throws IOException {
    AssetScan scan = AssetScanner.create().inspect("assets/lamp.mtl",
        new ByteArrayInputStream("newmtl x\nmap_Kd -bm 0.5 brass.png\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(new AssetScan(List.of(tex("brass.png", "line 2")), List.of()), scan);
    AssetFormatException e = assertThrows(AssetFormatException.class, () -> AssetScanner.create()
        .scan("assets/a.obj", new ByteArrayInputStream("mtllib\n".getBytes(StandardCharsets.UTF_8))));
    assertEquals("assets/a.obj:line 1", e.location());
    assertEquals(List.of(), AssetScanner.create().scan("x.png", new ByteArrayInputStream(new byte[] {1, 2})));
  }
}
