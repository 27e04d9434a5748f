package dev.appsim.session.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What failing properties over the arbitraries shrink to: small, readable documents. The
 * fixtures run with a fixed seed, so the shrunk samples are stable.
 */
class ShrinkingTest {
  private static final String EMPTY_REST = " metadata=Metadata[name=, createdAt=null, modifiedAt=null, generator=null,"
      + " properties={}, extensions=Extensions{}] gizmos=null cache=null extensions=Extensions{}"
      + " sceneExtensions=Extensions{}";

  @Test
  void documentWithTooManyNodesShrinksToThreePlainRootGroups() {
    PropertyRun run = PropertyRun.of(ShrinkingFixtures.class, "documentsHaveFewerThanThreeNodes");
    assertNotNull(run.failure, run::report);
    assertEquals("[group a, group b, group c]" + EMPTY_REST, run.failure.getMessage());
  }

  @Test
  void documentWithSpotLightShrinksToOneDarkSpotLight() {
    PropertyRun run = PropertyRun.of(ShrinkingFixtures.class, "documentsHaveNoSpotLight");
    assertNotNull(run.failure, run::report);
    assertEquals("[light a Light[type=SPOT, color=Rgb[r=0.0, g=0.0, b=0.0], intensity=0.0, range=null,"
        + " innerConeDeg=null, outerConeDeg=null, castShadows=false, extensions=Extensions{}]]" + EMPTY_REST,
        run.failure.getMessage());
  }

  @Test
  void nastyDocumentWithMeshShrinksToOneVertexWithoutTriangles() {
    PropertyRun run = PropertyRun.of(ShrinkingFixtures.class, "nastyDocumentsHaveNoMeshVertices");
    assertNotNull(run.failure, run::report);
    String message = run.failure.getMessage();
    assertTrue(message.startsWith("[] metadata=Metadata[name=, createdAt=null"), message);
    assertTrue(message.contains("meshBlocks=[MeshBlock[id=a, lod=null, bounds=null, vertices=FloatArray[size=3: "),
        message);
    assertTrue(message.contains("indices=IntArray[size=0], normals=null, confidence=null, extensions=Extensions{}]],"
        + " planes=[]"), message);
  }
}
