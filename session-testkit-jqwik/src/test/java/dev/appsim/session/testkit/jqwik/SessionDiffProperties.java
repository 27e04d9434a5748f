package dev.appsim.session.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.testkit.SessionDiff;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SessionDiffProperties {
  @Property(tries = 200)
  void aDocumentDoesNotDifferFromItself(@ForAll("documents") SessionDocument doc) {
    assertTrue(SessionDiff.between(doc, doc.toBuilder().build()).isEmpty());
  }

  @Property(tries = 200)
  void theDiffIsEmptyExactlyWhenTheDocumentsAreEqual(@ForAll("documents") SessionDocument a,
      @ForAll("documents") SessionDocument b) {
    assertEquals(a.equals(b), SessionDiff.between(a, b).isEmpty());
  }

  @Property(tries = 200)
  void movingOneNodeIsReportedOnlyUnderItsTransform(@ForAll("documents") SessionDocument doc,
      @ForAll @IntRange(max = 1000) int pick, @ForAll("transforms") Transform moved) {
    Assume.that(doc.scene().size() > 0);
    int index = pick % doc.scene().size();
    SceneNode node = doc.scene().nodes().get(index);
    Assume.that(!node.transform().equals(moved));
    SessionDiff diff = SessionDiff.between(doc, doc.withScene(doc.scene().withTransform(node.id(), moved)));
    assertFalse(diff.isEmpty());
    diff.differences().forEach(d -> assertTrue(d.pointer().startsWith("/scene/nodes/" + index + "/transform/"),
        d::toString));
  }

  @Provide
  Arbitrary<SessionDocument> documents() {
    return SessionArbitraries.documents().nasty();
  }

  @Provide
  Arbitrary<Transform> transforms() {
    return SessionArbitraries.transforms(ValueStyle.NASTY);
  }
}
