package dev.appsim.session.testkit.jqwik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.testkit.jqwik.SessionArbitraries;
import dev.appsim.session.testkit.jqwik.ValueStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The model's editing methods keep a valid document valid (issue 2: "a valid random graph stays valid under edits"). */
class SceneGraphEditProperties {

  @Group
  class SceneEdits {
    @Property(tries = 200)
    void movingANodeChangesOnlyItsTransform(@ForAll("graphs") SceneGraph graph, @ForAll @IntRange(max = 1000) int pick,
        @ForAll("transforms") Transform moved) {
      Assume.that(graph.size() > 0);
      SceneNode node = graph.nodes().get(pick % graph.size());
      SceneGraph edited = graph.withTransform(node.id(), moved);
      assertEquals(moved, edited.node(node.id()).orElseThrow().transform());
      assertEquals(graph.size(), edited.size());
      for (int i = 0; i < graph.size(); i++) {
        if (!graph.nodes().get(i).id().equals(node.id())) {
          assertEquals(graph.nodes().get(i), edited.nodes().get(i));
        }
      }
    }

    @Property(tries = 200)
    void reparentingUnderANonDescendantKeepsTheGraphAcyclic(@ForAll("graphs") SceneGraph graph,
        @ForAll @IntRange(max = 1000) int pick, @ForAll @IntRange(max = 1000) int parentPick) {
      Assume.that(graph.size() > 1);
      SceneNode node = graph.nodes().get(pick % graph.size());
      Set<String> below = ids(graph.subtree(node.id()));
      List<SceneNode> candidates = graph.nodes().stream().filter(n -> !below.contains(n.id())).toList();
      Assume.that(!candidates.isEmpty());
      String parent = candidates.get(parentPick % candidates.size()).id();
      SceneGraph edited = graph.withNode(node.withParent(parent));
      assertTrue(ids(edited.pathToRoot(node.id())).contains(parent));
      assertEquals(below, ids(edited.subtree(node.id())));
    }

    @Property(tries = 200)
    void removingASubtreeRemovesExactlyItsNodes(@ForAll("graphs") SceneGraph graph,
        @ForAll @IntRange(max = 1000) int pick) {
      Assume.that(graph.size() > 0);
      String id = graph.nodes().get(pick % graph.size()).id();
      Set<String> removed = ids(graph.subtree(id));
      SceneGraph edited = graph.withoutSubtree(id);
      assertEquals(graph.size() - removed.size(), edited.size());
      edited.nodes().forEach(n -> assertFalse(removed.contains(n.id()), n.id()));
    }

    @Property(tries = 200)
    void addingALightUnderAnyNodeKeepsTheGraphValid(@ForAll("graphs") SceneGraph graph,
        @ForAll @IntRange(max = 1000) int pick, @ForAll("lights") Light light, @ForAll("transforms") Transform t) {
      String parent = graph.size() == 0 ? null : graph.nodes().get(pick % graph.size()).id();
      SceneGraph edited = graph.withNode(LightNode.of("new light", parent, light, t));
      assertEquals(graph.size() + 1, edited.size());
      assertEquals(graph.nodes(), edited.nodes().subList(0, graph.size()));
      assertEquals(parent, edited.node("new light").orElseThrow().parent());
    }
  }

  @Group
  class DocumentEdits {
    @Property(tries = 200)
    void droppingAMeshBlockKeepsTheOthers(@ForAll("documents") SessionDocument original,
        @ForAll("cachesWithBlocks") GeometryCache cache, @ForAll @IntRange(max = 1000) int pick) {
      SessionDocument doc = original.withGeometryCache(cache);
      MeshBlock dropped = cache.meshBlocks().get(pick % cache.meshBlocks().size());
      SessionDocument edited = doc.withGeometryCache(cache.withoutMeshBlock(dropped.id()));
      GeometryCache after = (GeometryCache) edited.geometryCache();
      assertEquals(cache.meshBlocks().size() - 1, after.meshBlocks().size());
      assertEquals(cache.vertexCount() - dropped.vertexCount(), after.vertexCount());
      assertEquals(cache.planes(), after.planes());
    }

    @Property(tries = 200)
    void rewritingAssetPathsChangesOnlyThePaths(@ForAll("nastyDocuments") SessionDocument doc) {
      SessionDocument edited = doc.withAssetPaths(ref -> "assets" + ref.pointer());
      List<AssetRef> before = doc.assetRefs();
      List<AssetRef> after = edited.assetRefs();
      assertEquals(before.size(), after.size());
      for (int i = 0; i < before.size(); i++) {
        assertEquals(before.get(i).pointer(), after.get(i).pointer());
        assertEquals(before.get(i).role(), after.get(i).role());
        assertEquals("assets" + before.get(i).pointer(), after.get(i).path());
      }
      assertEquals(doc, edited.withAssetPaths(ref -> before.get(after.indexOf(ref)).path()));
    }
  }

  private static Set<String> ids(List<SceneNode> nodes) {
    Set<String> ids = new HashSet<>();
    nodes.forEach(n -> ids.add(n.id()));
    return ids;
  }

  @Provide
  Arbitrary<SceneGraph> graphs() {
    return SessionArbitraries.sceneGraphs().withNodes(0, 20);
  }

  @Provide
  Arbitrary<Transform> transforms() {
    return SessionArbitraries.transforms(ValueStyle.NASTY);
  }

  @Provide
  Arbitrary<Light> lights() {
    return SessionArbitraries.lights(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<SessionDocument> documents() {
    return SessionArbitraries.documents();
  }

  @Provide
  Arbitrary<GeometryCache> cachesWithBlocks() {
    return SessionArbitraries.geometryCaches(ValueStyle.NASTY).filter(c -> !c.meshBlocks().isEmpty());
  }

  @Provide
  Arbitrary<SessionDocument> nastyDocuments() {
    return SessionArbitraries.documents().nasty();
  }
}
