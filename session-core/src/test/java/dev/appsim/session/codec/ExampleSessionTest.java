package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.SessionDocument;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The human-written example of FORMAT.md, with unknown extension members added. */
class ExampleSessionTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ExampleSessionTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsEveryPartOfTheExample() throws IOException {
    SessionDocument doc = CODEC.read(resource("example.session"));
    assertEquals("Living room, evening light", doc.metadata().name());
    assertEquals(4, doc.scene().size());
    LightNode lamp = (LightNode) doc.scene().node("lamp").orElseThrow();
    assertEquals(35.0, lamp.light().outerConeDeg());
    assertEquals("lamps/reading.ies", lamp.light().extensions().asMap().get("x-iesProfile"));
    GeometryCache cache = (GeometryCache) doc.geometryCache();
    assertEquals(9, cache.meshBlocks().get(0).vertices().size());
    assertEquals(3L, cache.meshBlocks().get(0).extensions().asMap().get("x-scanPass"));
    assertEquals(List.of(new AssetRef("/scene/nodes/1/asset",
            "C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice\\data\\models\\sofa.gltf",
            dev.appsim.session.model.AssetRole.MODEL)), doc.assetRefs());
    @SuppressWarnings("unchecked")
    Map<String, Object> simulator = (Map<String, Object>) doc.extensions().asMap().get("x-simulator");
    assertEquals(new BigInteger("12345678901234567890"), simulator.get("seed"));
    assertEquals(new BigDecimal("1.10"), simulator.get("exposure"));
    assertEquals(List.of("unicode été 😀", true), simulator.get("notes"));
  }

  @Test
  void writesExactlyTheCanonicalText() throws IOException {
    SessionDocument doc = CODEC.read(resource("example.session"));
    assertEquals(new String(resource("example.canonical.session"), java.nio.charset.StandardCharsets.UTF_8),
        new String(CODEC.toBytes(doc, SessionFormat.JSON), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void canonicalTextRewritesToTheSameBytes() throws IOException {
    byte[] canonical = resource("example.canonical.session");
    assertArrayEquals(canonical, CODEC.toBytes(CODEC.read(canonical), SessionFormat.JSON));
  }

  @Test
  void roundTripsThroughSmileInBothArrayEncodings() throws IOException {
    SessionDocument doc = CODEC.read(resource("example.session"));
    assertEquals(doc, CODEC.read(CODEC.toBytes(doc, SessionFormat.SMILE)));
    SessionCodec numbers = SessionCodec.builder().smileArrayEncoding(SmileArrayEncoding.NUMBERS).build();
    assertEquals(doc, CODEC.read(numbers.toBytes(doc, SessionFormat.SMILE)));
  }

  @Test
  void roundTripsThroughFilesWithTheFacade(@TempDir Path dir) throws IOException {
    SessionDocument doc = CODEC.read(resource("example.session"));
    Path json = dir.resolve("a.session");
    Path smile = dir.resolve("b.session");
    Sessions.write(doc, json);
    Sessions.write(doc, smile, SessionFormat.SMILE);
    assertEquals(doc, Sessions.read(json));
    assertEquals(doc, Sessions.read(smile));
    assertArrayEquals(resource("example.canonical.session"), Files.readAllBytes(json));
    assertTrue(Files.size(smile) < Files.size(json), "Smile is the compact form");
    try (var files = Files.list(dir)) {
      assertEquals(List.of("a.session", "b.session"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
