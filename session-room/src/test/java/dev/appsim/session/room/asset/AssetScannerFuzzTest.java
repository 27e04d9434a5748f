package dev.appsim.session.room.asset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.room.FuzzOutcomes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the asset scanner and rewriter (docs/fuzzing.md), one target per
 * format so each mutates its own seeds. Accepted outcomes: references found, or our exception
 * family. Checked on success: an identity rewrite is byte-identical to the input, and a rewrite
 * to new names scans back to exactly those names at the same places. On failure: the rewriter
 * refuses the asset too.
 */
class AssetScannerFuzzTest {
  private static final AssetScanner SCANNER = AssetScanner.create();
  private static final AssetRewriter REWRITER = AssetRewriter.create();

  @TempDir
  static Path tmp;

  @FuzzTest(maxDuration = "10m")
  void scanGltf(byte[] input) throws IOException {
    check(input, "gltf");
  }

  @FuzzTest(maxDuration = "10m")
  void scanGlb(byte[] input) throws IOException {
    check(input, "glb");
  }

  @FuzzTest(maxDuration = "10m")
  void scanObj(byte[] input) throws IOException {
    check(input, "obj");
  }

  @FuzzTest(maxDuration = "10m")
  void scanMtl(byte[] input) throws IOException {
    check(input, "mtl");
  }

  private static void check(byte[] input, String extension) throws IOException {
    Path file = Files.write(tmp.resolve("asset." + extension), input);
    List<AssetReference> refs;
    try {
      refs = SCANNER.scan(file);
    } catch (SessionException e) {
      FuzzOutcomes.expected(e);
      requireRewriteRefuses(file);
      return;
    }
    assertArrayEquals(input, rewrite(file, AssetReference::raw), "an identity rewrite changed bytes");

    Path renamed = Files.write(tmp.resolve("renamed." + extension), rewrite(file, AssetScannerFuzzTest::newName));
    List<AssetReference> expected = refs.stream()
        .map(r -> new AssetReference(newName(r), r.location(), r.kind())).toList();
    assertEquals(expected, SCANNER.scan(renamed), "a rewrite to new names did not scan back to them");
  }

  // A plain name derived from the old one, so equal references get equal replacements.
  private static String newName(AssetReference ref) {
    return "n" + Integer.toUnsignedString(ref.raw().hashCode(), 36) + ".png";
  }

  private static byte[] rewrite(Path file, Function<AssetReference, String> replacement) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    REWRITER.rewrite(file, replacement, out);
    return out.toByteArray();
  }

  private static void requireRewriteRefuses(Path file) throws IOException {
    try {
      rewrite(file, AssetReference::raw);
    } catch (SessionException e) {
      FuzzOutcomes.expected(e);
      return;
    }
    throw new AssertionError("the scanner refuses " + file.getFileName() + " but the rewriter copies it");
  }
}
