package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.SessionDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limits that the format's own code enforces, beyond Jackson's stream constraints. */
class LimitsTest {
  private static SessionDocument withMesh(int vertices) {
    MeshBlock block = new MeshBlock("m", null, null, FloatArray.of(new float[vertices * 3]),
        IntArray.of(new int[] {0, 0, 0}), null, null, dev.appsim.session.model.Extensions.EMPTY);
    return SessionDocument.builder().geometryCache(new GeometryCache(null, null, List.of(block), List.of(),
        dev.appsim.session.model.Extensions.EMPTY)).build();
  }

  private static SessionCodec limited(ReadLimits.Builder limits) {
    return SessionCodec.builder().limits(limits.build()).build();
  }

  @Test
  void stopsReadingVerticesOverTheLimitInJsonAndSmile() {
    SessionDocument doc = withMesh(11);
    SessionCodec codec = limited(ReadLimits.builder().maxVertices(10));
    for (SessionFormat format : SessionFormat.values()) {
      SessionFormatException e = assertThrows(SessionFormatException.class,
          () -> codec.read(SessionCodec.defaults().toBytes(doc, format)));
      assertEquals(format == SessionFormat.JSON ? "/geometryCache/meshBlocks/0/vertices/30"
          : "/geometryCache/meshBlocks/0/vertices", e.pointer());
      assertEquals("geometry cache holds more values than ReadLimits.maxVertices allows (30 left for this array)",
          e.reason());
    }
  }

  @Test
  void stopsReadingIndicesOverTheLimit() {
    SessionCodec codec = limited(ReadLimits.builder().maxIndices(2));
    assertEquals("geometry cache holds more values than ReadLimits.maxIndices allows (2 left for this array)",
        assertThrows(SessionFormatException.class,
            () -> codec.read(SessionCodec.defaults().toBytes(withMesh(1), SessionFormat.SMILE))).reason());
  }

  @Test
  void boundsArraysOtherThanGeometry() {
    SessionCodec codec = limited(ReadLimits.builder().maxArrayLength(2));
    String json = "{\"format\": \"appsim.session\", \"formatVersion\": \"1.0\", \"metadata\": {\"name\": \"\"},"
        + " \"scene\": {\"nodes\": [{\"id\": \"a\", \"kind\": \"group\"}, {\"id\": \"b\", \"kind\": \"group\"},"
        + " {\"id\": \"c\", \"kind\": \"group\"}]}}";
    assertEquals("/scene/nodes/2 (line 1, column 160): array has more than 2 elements (ReadLimits.maxArrayLength)",
        assertThrows(SessionFormatException.class,
            () -> codec.read(json.getBytes(StandardCharsets.UTF_8))).getMessage());
  }

  @Test
  void boundsValuesKeptFromUnknownMembers() {
    SessionCodec codec = limited(ReadLimits.builder().maxExtensionValues(3));
    String json = "{\"format\": \"appsim.session\", \"x\": [1, 2, 3, 4]}";
    assertEquals("/x/2 (line 1, column 42): unknown members hold more than 3 values (ReadLimits.maxExtensionValues)",
        assertThrows(SessionFormatException.class,
            () -> codec.read(json.getBytes(StandardCharsets.UTF_8))).getMessage());
  }

  @Test
  void boundsTheTokenCount() {
    SessionCodec codec = limited(ReadLimits.builder().maxTokenCount(5));
    String json = "{\"format\": \"appsim.session\", \"x\": [1, 2, 3, 4]}";
    assertEquals("Token count (6) exceeds the maximum allowed (5, from ReadLimits.maxTokenCount)",
        assertThrows(SessionFormatException.class,
            () -> codec.read(json.getBytes(StandardCharsets.UTF_8))).reason());
  }
}
