package dev.appsim.session.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.testkit.jqwik.SessionArbitraries;
import dev.appsim.session.testkit.jqwik.ValueStyle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

class GltfExportProperties {
  @Property(tries = 150)
  void everyDocumentExportsToAGlbWhoseCountsMatch(@ForAll("documents") SessionDocument doc,
      @ForAll("caches") GeometryCache cache) throws Exception {
    GlbReader r = GlbReader.read(GltfExportTest.glb(doc, cache));
    long drawn = cache.meshBlocks().stream().filter(b -> b.vertexCount() > 0).count();
    boolean camera = doc.gizmos() != null && doc.gizmos().room() != null && doc.gizmos().room().camera() != null
        && doc.gizmos().room().camera().pose() != null;
    assertEquals(doc.scene().size() + 1 + drawn + cache.planes().size() + (camera ? 1 : 0), r.count("nodes"));
    assertEquals(drawn + cache.planes().size(), r.count("meshes"));
    int mesh = 0;
    for (MeshBlock block : cache.meshBlocks()) {
      if (block.vertexCount() == 0) {
        continue;
      }
      JsonNode primitive = r.json.get("meshes").get(mesh++).get("primitives").get(0);
      JsonNode position = r.accessor(primitive.get("attributes").get("POSITION").asInt());
      assertEquals(block.vertexCount(), position.get("count").asInt());
      for (int k = 0; k < 3; k++) {
        for (int i = 0; i < block.vertexCount(); i++) {
          float v = block.vertices().get(3 * i + k);
          assertTrue(position.get("min").get(k).asDouble() <= v && v <= position.get("max").get(k).asDouble());
        }
      }
      if (block.triangleCount() > 0) {
        assertEquals(block.indices().size(), r.accessor(primitive.get("indices").asInt()).get("count").asInt());
        assertEquals(block.indices().get(block.indices().size() - 1),
            r.indexAt(primitive.get("indices").asInt(), block.indices().size() - 1));
      }
    }
    for (JsonNode view : r.json.path("bufferViews")) {
      assertEquals(0, view.path("byteOffset").asLong(0) % 4, "every view starts 4-byte aligned");
      assertTrue(view.path("byteOffset").asLong(0) + view.get("byteLength").asLong() <= r.bin.capacity());
    }
  }

  @Provide
  Arbitrary<SessionDocument> documents() {
    return Arbitraries.oneOf(SessionArbitraries.documents().withNodes(0, 15).withVertices(0, 100),
        SessionArbitraries.documents().withNodes(0, 15).withVertices(0, 100).nasty());
  }

  @Provide
  Arbitrary<GeometryCache> caches() {
    return Arbitraries.oneOf(SessionArbitraries.geometryCaches(ValueStyle.PLAIN),
        SessionArbitraries.geometryCaches(ValueStyle.NASTY));
  }
}
