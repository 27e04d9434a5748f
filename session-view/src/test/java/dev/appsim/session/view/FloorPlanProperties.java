package dev.appsim.session.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.testkit.jqwik.SessionArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FloorPlanProperties {
  @Property(tries = 150)
  void everyDocumentRendersToWellFormedXml(@ForAll("documents") SessionDocument doc, @ForAll("views") View view)
      throws Exception {
    String svg = FloorPlan.toSvg(doc, null, RenderOptions.builder().view(view).build());
    SafeXml.parse(svg);
    assertFalse(svg.contains("NaN") || svg.contains("Infinity"), "every number is finite");
  }

  @Property(tries = 60)
  void renderingIsDeterministic(@ForAll("documents") SessionDocument doc) {
    assertEquals(FloorPlan.toSvg(doc, null, RenderOptions.defaults()), FloorPlan.toSvg(doc, null, RenderOptions.defaults()));
  }

  @Provide
  Arbitrary<SessionDocument> documents() {
    return Arbitraries.oneOf(
        SessionArbitraries.documents().withNodes(0, 20).withVertices(0, 200),
        SessionArbitraries.documents().withNodes(0, 20).withVertices(0, 200).nasty());
  }

  @Provide
  Arbitrary<View> views() {
    return Arbitraries.of(View.class);
  }
}
