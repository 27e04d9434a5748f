package dev.appsim.session.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** The arbitraries themselves: validity, coverage of the model and of nasty values. */
class SessionArbitrariesProperties {

  @Group
  class GeneratesValidValues {
    @Property(tries = 200)
    void documentsSurviveRevalidation(@ForAll("documents") SessionDocument doc) {
      assertValid(doc);
    }

    @Property(tries = 100)
    void nastyDocumentsSurviveRevalidation(@ForAll("nastyDocuments") SessionDocument doc) {
      assertValid(doc);
    }

    @Property(tries = 10)
    void largeDocumentsSurviveRevalidation(@ForAll("largeDocuments") SessionDocument doc) {
      assertValid(doc);
      doc.scene().nodes().forEach(n -> assertTrue(n.id().length() <= SceneNode.MAX_ID_LENGTH, n::id));
    }

    @Property(tries = 200)
    void sceneGraphsAreAcyclicWithExistingParents(@ForAll("nastyGraphs") SceneGraph graph) {
      for (SceneNode node : graph.nodes()) {
        assertTrue(graph.pathToRoot(node.id()).size() <= graph.size(), node.id());
        if (node.parent() != null) {
          assertTrue(graph.node(node.parent()).isPresent(), node.parent());
        }
      }
    }

    @Property(tries = 200)
    void rotationsAreUnitQuaternions(@ForAll("nastyRotations") Quaternion q) {
      double norm = Math.sqrt(q.x() * q.x() + q.y() * q.y() + q.z() * q.z() + q.w() * q.w());
      assertTrue(Math.abs(norm - 1) <= Quaternion.NORM_TOLERANCE, q::toString);
    }

    @Property(tries = 100)
    void meshBlocksStayWithinTheVertexKnob(@ForAll("sizedBlocks") MeshBlock block) {
      assertTrue(block.vertexCount() >= 10 && block.vertexCount() <= 20, block::toString);
      if (block.normals() != null) {
        assertEquals(block.vertices().size(), block.normals().size());
      }
    }

    @Property(tries = 50)
    void nodeKnobBoundsTheSceneSize(@ForAll("fiveToSevenNodes") SessionDocument doc) {
      assertTrue(doc.scene().size() >= 5 && doc.scene().size() <= 7, doc.scene()::toString);
    }

    @Provide
    Arbitrary<SessionDocument> largeDocuments() {
      return SessionArbitraries.documents().withNodes(0, 30).withVertices(0, 5_000).withExtensionDepth(2).nasty();
    }

    @Provide
    Arbitrary<SceneGraph> nastyGraphs() {
      return SessionArbitraries.sceneGraphs().withNodes(0, 40).nasty();
    }

    @Provide
    Arbitrary<Quaternion> nastyRotations() {
      return SessionArbitraries.rotations(ValueStyle.NASTY);
    }

    @Provide
    Arbitrary<MeshBlock> sizedBlocks() {
      return SessionArbitraries.meshBlocks().withVertices(10, 20).nasty();
    }

    @Provide
    Arbitrary<SessionDocument> fiveToSevenNodes() {
      return SessionArbitraries.documents().withNodes(5, 7);
    }
  }

  @Group
  class Coverage {
    @Property(tries = 1500)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void plainDocumentsCoverEveryKindEnumValueAndOptionalPart(@ForAll("documents") SessionDocument doc) {
      Set<String> features = Features.of(doc);
      for (String label : Features.expected()) {
        Statistics.label(label).collect(features.contains(label));
      }
      for (String label : Features.expected()) {
        Statistics.label(label).coverage(c -> c.check(true).count(n -> n > 0));
      }
    }

    @Property(tries = 600)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void nastyDocumentsContainTheEdgeCases(@ForAll("nastyDocuments") SessionDocument doc) {
      String text = doc.toString();
      Statistics.label("surrogate pair").collect(text.codePoints().anyMatch(Character::isSupplementaryCodePoint));
      Statistics.label("right-to-left").collect(text.contains("\u05e9") || text.contains("\u0645"));
      Statistics.label("-0.0").collect(text.contains("-0.0"));
      Statistics.label("Double.MAX_VALUE").collect(text.contains(String.valueOf(Double.MAX_VALUE)));
      Statistics.label("256-char id").collect(doc.scene().nodes().stream()
          .anyMatch(n -> n.id().length() >= SceneNode.MAX_ID_LENGTH - 1));
      Statistics.label("deep chain").collect(doc.scene().nodes().stream()
          .anyMatch(n -> doc.scene().pathToRoot(n.id()).size() >= 5));
      Statistics.label("empty scene").collect(doc.scene().size() == 0);
      Statistics.label("empty name").collect(doc.metadata().name().isEmpty());
      Statistics.label("empty mesh block").collect(doc.geometryCache() instanceof GeometryCache c
          && c.meshBlocks().stream().anyMatch(b -> b.vertexCount() == 0));
      Statistics.label("Windows path").collect(doc.assetRefs().stream().anyMatch(r -> r.path().startsWith("C:\\")));
      Statistics.label("newer minor").collect(doc.formatVersion().minor() > 0);
      Statistics.label("env var path").collect(doc.assetRefs().stream().anyMatch(r -> r.path().contains("${")));
      for (String label : new String[] {"surrogate pair", "right-to-left", "-0.0", "Double.MAX_VALUE", "256-char id",
          "deep chain", "empty scene", "empty name", "empty mesh block", "Windows path", "env var path", "newer minor"}) {
        Statistics.label(label).coverage(c -> c.check(true).count(n -> n > 0));
      }
    }
  }

  @Provide
  Arbitrary<SessionDocument> documents() {
    return SessionArbitraries.documents();
  }

  @Provide
  Arbitrary<SessionDocument> nastyDocuments() {
    return SessionArbitraries.documents().withNodes(0, 12).nasty();
  }

  /** Rebuilds every validated part from its components, so that a generator bypassing a check shows up. */
  static void assertValid(SessionDocument doc) {
    SessionDocument rebuilt = doc.toBuilder()
        .scene(new SceneGraph(doc.scene().nodes(), doc.scene().extensions()))
        .build();
    assertEquals(doc, rebuilt);
    if (doc.geometryCache() instanceof GeometryCache cache) {
      GeometryCache copy = new GeometryCache(cache.capturedAt(), cache.bounds(), cache.meshBlocks().stream()
          .map(b -> new MeshBlock(b.id(), b.lod(), b.bounds(), b.vertices(), b.indices(), b.normals(), b.confidence(),
              b.extensions())).toList(), cache.planes(), cache.extensions());
      assertEquals(cache, copy);
    }
    if (doc.gizmos() != null && doc.gizmos().room() != null) {
      doc.gizmos().room().selection().forEach(id -> assertTrue(doc.scene().node(id).isPresent(), id));
    }
  }
}
