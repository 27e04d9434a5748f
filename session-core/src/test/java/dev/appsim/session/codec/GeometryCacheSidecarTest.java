package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeometryCacheSidecarTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  private static GeometryCache exampleCache() throws IOException {
    return (GeometryCache) CODEC.read(ExampleSessionTest.resource("example.session")).geometryCache();
  }

  @Test
  void writesAndReadsASidecarInBothFormats(@TempDir Path dir) throws IOException {
    GeometryCache cache = exampleCache();
    for (SessionFormat format : SessionFormat.values()) {
      Path file = dir.resolve("scan-" + format + ".geocache");
      CODEC.writeGeometryCache(cache, file, format);
      assertEquals(cache, CODEC.readGeometryCache(file));
    }
  }

  // Regression: an inline cache keeps an unknown "format" member; writing it as a sidecar failed
  // with a raw Jackson duplicate-property exception.
  @Test
  void refusesToWriteACacheWhoseUnknownMembersClashWithTheSidecarHeader() {
    GeometryCache cache = new GeometryCache(null, null, java.util.List.of(), java.util.List.of(),
        dev.appsim.session.model.Extensions.EMPTY.with("formatVersion", "7.0"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CODEC.writeGeometryCache(cache, new java.io.ByteArrayOutputStream(), SessionFormat.JSON));
    assertEquals("cannot write the cache as a sidecar: its unknown member \"formatVersion\" clashes with the"
        + " sidecar's own; remove it from the cache's extensions", e.getMessage());
  }

  @Test
  void startsWithItsFormatAndVersion() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    CODEC.writeGeometryCache(exampleCache(), out, SessionFormat.JSON);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals("{\n  \"format\": \"appsim.geometry-cache\",\n  \"formatVersion\": \"1.0\",\n  \"capturedAt\"",
        text.substring(0, text.indexOf("\"capturedAt\"") + "\"capturedAt\"".length()));
  }

  @Test
  void refusesASessionReadAsASidecar() throws IOException {
    SessionValidationException e = assertThrows(SessionValidationException.class,
        () -> CODEC.readGeometryCache(ExampleSessionTest.resource("example.canonical.session")));
    assertEquals("/format: expected \"appsim.geometry-cache\", found \"appsim.session\"", e.getMessage());
  }

  @Test
  void refusesASidecarOfAnotherMajor() {
    assertEquals("/formatVersion: geometry cache formatVersion 2.1 has another major than the supported 1.0;"
            + " only 1.x sidecars can be read",
        assertThrows(UnsupportedVersionException.class, () -> CODEC.readGeometryCache(
            "{\"format\": \"appsim.geometry-cache\", \"formatVersion\": \"2.1\"}".getBytes(StandardCharsets.UTF_8)))
            .getMessage());
  }

  @Test
  void aSessionNamesItsSidecarAsAnAsset() {
    SessionDocument doc = CODEC.read(("{\"format\": \"appsim.session\", \"formatVersion\": \"1.0\","
        + " \"metadata\": {\"name\": \"\"}, \"scene\": {\"nodes\": []},"
        + " \"geometryCache\": {\"source\": \"scans/room.geocache\", \"x-hash\": \"abc\"}}").getBytes(StandardCharsets.UTF_8));
    ExternalGeometryCache external = (ExternalGeometryCache) doc.geometryCache();
    assertEquals("scans/room.geocache", external.source());
    assertEquals("abc", external.extensions().asMap().get("x-hash"));
    assertEquals(doc, CODEC.read(CODEC.toBytes(doc, SessionFormat.SMILE)));
  }

  @Test
  void refusesACacheThatIsBothExternalAndInline() {
    assertEquals("/geometryCache: an external cache (with \"source\") cannot also hold \"meshBlocks\"",
        assertThrows(SessionValidationException.class, () -> CODEC.read(("{\"format\": \"appsim.session\","
            + " \"formatVersion\": \"1.0\", \"metadata\": {\"name\": \"\"}, \"scene\": {\"nodes\": []},"
            + " \"geometryCache\": {\"source\": \"a\", \"meshBlocks\": []}}").getBytes(StandardCharsets.UTF_8)))
            .getMessage());
  }
}
