package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties that fail on purpose, run by {@link ShrinkingTest} through the JUnit launcher to see
 * what jqwik shrinks them to. Not named {@code *Test}/{@code *Properties}, so Surefire skips it.
 */
class ShrinkingFixtures {
  @Property(seed = "42")
  void documentsHaveFewerThanThreeNodes(@ForAll("documents") SessionDocument doc) {
    if (doc.scene().size() >= 3) {
      throw new AssertionError(describe(doc));
    }
  }

  @Property(seed = "42")
  void documentsHaveNoSpotLight(@ForAll("documents") SessionDocument doc) {
    if (doc.scene().ofType(LightNode.class).stream().anyMatch(l -> l.light().type() == LightType.SPOT)) {
      throw new AssertionError(describe(doc));
    }
  }

  @Property(seed = "42")
  void nastyDocumentsHaveNoMeshVertices(@ForAll("nastyDocuments") SessionDocument doc) {
    if (doc.geometryCache() instanceof dev.appsim.session.model.GeometryCache c
        && c.vertexCount() > 0) {
      throw new AssertionError(describe(doc) + "; " + c.meshBlocks());
    }
  }

  @Provide
  Arbitrary<SessionDocument> documents() {
    return SessionArbitraries.documents().withNodes(0, 20);
  }

  @Provide
  Arbitrary<SessionDocument> nastyDocuments() {
    return SessionArbitraries.documents().nasty();
  }

  static String describe(SessionDocument doc) {
    return doc.scene().nodes().stream().map(ShrinkingFixtures::describe).collect(Collectors.joining(", ", "[", "]"))
        + " metadata=" + doc.metadata() + " gizmos=" + doc.gizmos() + " cache=" + doc.geometryCache()
        + " extensions=" + doc.extensions() + " sceneExtensions=" + doc.scene().extensions();
  }

  private static String describe(SceneNode n) {
    return n.kind().wireName() + " " + n.id() + (n.parent() == null ? "" : " <- " + n.parent())
        + (n.name() == null ? "" : " name=" + n.name()) + (n.visible() ? "" : " hidden")
        + (n.transform().isIdentity() ? "" : " " + n.transform()) + (n.extensions().isEmpty() ? "" : " " + n.extensions())
        + (n instanceof LightNode l ? " " + l.light() : "");
  }
}
