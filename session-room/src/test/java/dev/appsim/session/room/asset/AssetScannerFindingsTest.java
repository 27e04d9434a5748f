package dev.appsim.session.room.asset;

import static dev.appsim.session.room.asset.Assets.rewrite;
import static dev.appsim.session.room.asset.Assets.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs found by fuzzing ({@link AssetScannerFuzzTest}, docs/fuzzing.md), minimised, each
 * guarding the fix of one finding. The inputs as found are also seeds of the fuzz target
 * ({@code AssetScannerFuzzTestInputs/scanMtl/f7-continued-name.mtl}, {@code f8-backslash-lone-cr.mtl}).
 */
class AssetScannerFindingsTest {
  @TempDir Path tmp;

  private static AssetReference tex(String raw, String line) {
    return new AssetReference(raw, line, ReferenceKind.TEXTURE);
  }

  // F7: a texture name continued over two lines was replaced by a one-line name together with
  // the line break, so every later reference was reported one line too early.
  @Test
  void aRewrittenNameContinuedOverLinesKeepsTheLineBreaksAndLaterLineNumbers() throws IOException {
    Path mtl = Files.write(tmp.resolve("f7.mtl"),
        "map_Kd -o 1 a\\\nb.png\nnewmtl x\nmap_Ks c.png\nmap_d wet\\\r\nstone.png -bm 1\n".getBytes(StandardCharsets.UTF_8));
    // Read as Blender joins continued lines: each byte of the break is a space.
    assertEquals(List.of(tex("a  b.png", "line 1"), tex("c.png", "line 4"), tex("wet   stone.png", "line 5")),
        AssetScanner.create().scan(mtl));

    byte[] renamed = rewrite(mtl, Map.of("a  b.png", "n1.png", "c.png", "n2.png", "wet   stone.png", "n3.png"));
    assertEquals("map_Kd -o 1 n1.png\\\n\nnewmtl x\nmap_Ks n2.png\nmap_d n3.png\\\r\n -bm 1\n", utf8(renamed));
    Path back = Files.write(tmp.resolve("back.mtl"), renamed);
    assertEquals(List.of(tex("n1.png", "line 1"), tex("n2.png", "line 4"), tex("n3.png", "line 5")),
        AssetScanner.create().scan(back));
    assertArrayEquals(Files.readAllBytes(mtl), rewrite(mtl, AssetReference::raw));
  }

  // F8, found right after F7's fix: a backslash before a lone CR (no LF after it) was taken for
  // a continuation break and written after the new name, where the line's LF then made it a real
  // one, joining the next line into the name.
  @Test
  void aBackslashBeforeALoneCarriageReturnIsNoLineBreak() throws IOException {
    Path mtl = Files.write(tmp.resolve("f8.mtl"), "map_Kd a\\\rb.png\nbump c\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(List.of(tex("a\\\rb.png", "line 1"), tex("c", "line 2")), AssetScanner.create().scan(mtl));
    byte[] renamed = rewrite(mtl, Map.of("a\\\rb.png", "n.png"));
    assertEquals("map_Kd n.png\nbump c\n", utf8(renamed));
    Path back = Files.write(tmp.resolve("back8.mtl"), renamed);
    assertEquals(List.of(tex("n.png", "line 1"), tex("c", "line 2")), AssetScanner.create().scan(back));
  }
}
