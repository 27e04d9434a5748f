package dev.appsim.session.testkit.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.testkit.CodecsUnderTest;
import dev.appsim.session.testkit.GoldenFile;
import dev.appsim.session.testkit.GoldenFiles;
import dev.appsim.session.testkit.RoundTrips;
import dev.appsim.session.testkit.SessionAssertions;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every golden file of every released version reads to the expected model values. */
class GoldenConformanceTest {
  private final SessionCodec codec = SessionCodec.defaults();

  @Test
  void indexListsExactlyTheGoldenFilesOnDisk() throws Exception {
    Set<String> onDisk = new TreeSet<>();
    Path root = Path.of(getClass().getResource("/dev/appsim/session/testkit/golden/index.txt").toURI())
        .getParent();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.contains("/")).forEach(onDisk::add);
    }
    Set<String> indexed = GoldenFiles.sessions().stream().map(GoldenFile::toString)
        .collect(Collectors.toCollection(TreeSet::new));
    GoldenFiles.rooms().forEach(r -> indexed.add(r.toString()));
    assertEquals(onDisk, indexed);
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenFileHasItsHashAndFormatAndSurvivesBothCodecs() {
    return GoldenFiles.sessions().stream().map(golden -> DynamicTest.dynamicTest(golden.toString(), () -> {
      byte[] bytes = golden.bytes();
      assertEquals(golden.format(), SessionFormat.detect(bytes, Math.min(bytes.length, SessionFormat.DETECTION_BYTES)));
      SessionDocument doc = golden.read();
      RoundTrips.check(CodecsUnderTest.json(), doc);
      RoundTrips.check(CodecsUnderTest.smile(), doc);
      if (golden.format() == SessionFormat.JSON) {
        // JSON goldens are canonical (FORMAT 1.2), so writing what was read gives the same bytes.
        assertArrayEquals(bytes, codec.toBytes(doc, SessionFormat.JSON), golden + " is not rewritten byte for byte");
      }
    }));
  }

  @Test
  void smallReadsAsFormatExample() {
    SessionAssertions.assertSameDocument(GoldenExpectations.small(), GoldenFiles.session("1.0", "small.session").read());
  }

  @Test
  void smallSmileReadsWithNanosecondsNegativeZeroAndExtremes() {
    SessionAssertions.assertSameDocument(GoldenExpectations.smallSmile(),
        GoldenFiles.session("1.0", "small-smile.session").read());
  }

  @Test
  void geometryReadsAsFormatExampleWithItsCache() {
    SessionAssertions.assertSameDocument(GoldenExpectations.withGeometry(),
        GoldenFiles.session("1.0", "geometry.session").read());
  }

  @Test
  void bunnyScanReadsToTheStanfordBunnyBlocksAndPlanes() throws Exception {
    SessionDocument json = GoldenFiles.session("1.0", "bunny-scan.session").read();
    SessionDocument smile = GoldenFiles.session("1.0", "bunny-scan-smile.session").read();
    SessionAssertions.assertSameDocument(json, smile);
    GeometryCache cache = (GeometryCache) json.geometryCache();
    assertEquals("2026-11-20T09:10:00Z", String.valueOf(cache.capturedAt()));
    assertEquals(List.of(
            "blk-floor v=42 t=60 minimum 8e73be64e90780685b4d3b7baa457b7c4d84be58ac32621aa4c53a7e330585ec",
            "blk-table v=8 t=10 medium 65b1e32a260380ea500145215e0d733d99eb88b69bc75cb1558a56c81e85c52d",
            "blk-bunny v=1839 t=3674 maximum da5106ce69b3e9ccf1f1c87f68cff7351e40be2d8d37e37eca1c4671cd8e46a5"),
        cache.meshBlocks().stream().map(GoldenConformanceTest::summary).toList());
    MeshBlock bunny = cache.meshBlocks().get(2);
    assertEquals(-1.1756461f, bunny.vertices().get(0));
    assertEquals(0.45234406f, bunny.vertices().get(1));
    assertEquals(-1.753226f, bunny.vertices().get(2));
    assertEquals(bunny.vertices().size(), bunny.normals().size());
    assertEquals(bunny.vertexCount(), bunny.confidence().size());
    assertEquals(List.of("pln-floor [FLOOR] 6.0x5.0", "pln-wall-back [WALL] 6.0x2.7", "pln-table [TABLE] 0.6x1.0"),
        cache.planes().stream().map(GoldenConformanceTest::summary).toList());
  }

  @Test
  void editedGoldenFileIsRefusedWithBothHashes() {
    GoldenFile small = GoldenFiles.session("1.0", "small.session");
    GoldenFile tampered = new GoldenFile(small.version(), small.name(), small.format(), "00".repeat(32));
    IllegalStateException e = assertThrows(IllegalStateException.class, tampered::bytes);
    assertEquals("golden file dev/appsim/session/testkit/golden/1.0/small.session has SHA-256 " + small.sha256()
        + ", expected " + "00".repeat(32) + ": golden files are never edited; add a new file instead", e.getMessage());
  }

  @Test
  void unknownGoldenFileIsNamedInTheError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldenFiles.session("1.0", "x"));
    assertEquals("no golden session 1.0/x in dev/appsim/session/testkit/golden/index.txt", e.getMessage());
  }

  private static String summary(MeshBlock b) {
    ByteBuffer buffer = ByteBuffer.allocate((b.vertices().size() + b.indices().size()) * 4);
    b.vertices().writeLittleEndian(buffer);
    b.indices().writeLittleEndian(buffer);
    try {
      return b.id() + " v=" + b.vertexCount() + " t=" + b.triangleCount() + " " + b.lod().wireName() + " "
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buffer.array()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static String summary(Plane p) {
    return p.id() + " " + p.semantics() + " " + p.width() + "x" + p.height();
  }

}
