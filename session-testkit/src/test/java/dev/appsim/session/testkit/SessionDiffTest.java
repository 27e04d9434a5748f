package dev.appsim.session.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class SessionDiffTest {
  private static final SessionDocument ROOM = SessionDocument.builder()
      .metadata(Metadata.named("Living room"))
      .scene(SceneGraph.of(
          GroupNode.root("room"),
          LightNode.of("lamp", "room", Light.of(LightType.POINT, 600), Transform.translation(1.5, 1.6, -1.5))))
      .build();

  @Test
  void equalDocumentsHaveNoDifferences() {
    SessionDiff diff = SessionDiff.between(ROOM, ROOM.toBuilder().build());
    assertTrue(diff.isEmpty());
    assertEquals("no differences", diff.toString());
  }

  @Test
  void movedNodeIsReportedAtTheChangedCoordinate() {
    SessionDocument moved = ROOM.withScene(ROOM.scene().withTransform("lamp", Transform.translation(1.0, 1.6, -1.5)));
    assertEquals(List.of(new Difference("/scene/nodes/1/transform/position/0", "1.5", "1.0")),
        SessionDiff.between(ROOM, moved).differences());
  }

  @Test
  void negativeZeroDiffersFromZero() {
    SessionDocument a = ROOM.withScene(ROOM.scene().withTransform("room", Transform.translation(-0.0, 0, 0)));
    assertEquals(List.of(new Difference("/scene/nodes/0/transform/position/0", "-0.0", "0.0")),
        SessionDiff.between(a, ROOM).differences());
  }

  @Test
  void droppedUnknownMemberIsReportedAsAbsentWithAnEscapedPointer() {
    SessionDocument withExtension = ROOM.withScene(ROOM.scene().withNode(new GroupNode("room", null, null, true,
        Transform.IDENTITY, Extensions.EMPTY.with("X-vendor/a~b", "kept?"))));
    assertEquals(List.of(new Difference("/scene/nodes/0/X-vendor~1a~0b", "\"kept?\"", "<absent>")),
        SessionDiff.between(withExtension, ROOM).differences());
  }

  @Test
  void numbersOfDifferentTypesAreComparedAfterExtensionsNormaliseThem() {
    // Extensions turn BigDecimal 1.0 into Double 1.0 (what a reader gives back), so no difference.
    SessionDocument decimal = ROOM.toBuilder().extensions(Extensions.EMPTY.with("X-n", new BigDecimal("1.0"))).build();
    SessionDocument dbl = ROOM.toBuilder().extensions(Extensions.EMPTY.with("X-n", 1.0)).build();
    SessionDocument lng = ROOM.toBuilder().extensions(Extensions.EMPTY.with("X-n", 1L)).build();
    assertEquals(List.of(), SessionDiff.between(decimal, dbl).differences());
    assertEquals(List.of(new Difference("/X-n", "1", "1.0")), SessionDiff.between(lng, dbl).differences());
  }

  @Test
  void reorderedUnknownMembersAreReportedAtTheirObject() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("X-a", 1L);
    ab.put("X-b", 2L);
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("X-b", 2L);
    ba.put("X-a", 1L);
    SessionDocument first = ROOM.withMetadata(new Metadata("m", null, null, null, Map.of(), Extensions.of(ab)));
    SessionDocument second = ROOM.withMetadata(new Metadata("m", null, null, null, Map.of(), Extensions.of(ba)));
    assertEquals(List.of(new Difference("/metadata",
            "members in order [\"name\", \"properties\", \"X-a\", \"X-b\"]",
            "members in order [\"name\", \"properties\", \"X-b\", \"X-a\"]")),
        SessionDiff.between(first, second).differences());
  }

  @Test
  void bigArraysReportTheFirstDifferingIndexAndTheLengths() {
    float[] vertices = new float[3000];
    float[] longer = new float[3003];
    longer[1500] = 2f;
    SessionDocument a = withBlock(MeshBlock.of("blk", FloatArray.of(vertices), IntArray.of(0, 1, 2)));
    SessionDocument b = withBlock(MeshBlock.of("blk", FloatArray.of(longer), IntArray.of(0, 1, 999)));
    assertEquals(List.of(
            new Difference("/geometryCache/meshBlocks/0/vertices/1500", "0.0", "2.0"),
            new Difference("/geometryCache/meshBlocks/0/vertices", "length 3000", "length 3003"),
            new Difference("/geometryCache/meshBlocks/0/indices/2", "2", "999")),
        SessionDiff.between(a, b).differences());
  }

  @Test
  void missingAndExtraNodesAreReportedWithTheirValues() {
    SessionDocument withoutLamp = ROOM.withScene(ROOM.scene().withoutSubtree("lamp"));
    List<Difference> differences = SessionDiff.between(ROOM, withoutLamp).differences();
    assertEquals(1, differences.size());
    assertEquals("/scene/nodes/1", differences.get(0).pointer());
    assertTrue(differences.get(0).expected().startsWith("{\"id\": \"lamp\", \"kind\": \"light\", \"parent\": \"room\""),
        differences.get(0).expected());
    assertEquals("<absent>", differences.get(0).actual());
  }

  @Test
  void manyDifferencesAreCutAtTheLimitWithACount() {
    SessionDocument a = ROOM.withMetadata(Metadata.named("a"));
    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < 60; i++) {
      many.put("X-" + i, (long) i);
    }
    SessionDocument b = ROOM.toBuilder().metadata(Metadata.named("b")).extensions(Extensions.of(many)).build();
    List<Difference> differences = SessionDiff.between(a, b).differences();
    assertEquals(SessionDiff.MAX_DIFFERENCES + 1, differences.size());
    assertEquals(new Difference("", "50 differences shown", "61 differences in all"), differences.get(50));
  }

  @Test
  void assertSameDocumentExplainsTheDifference() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> SessionAssertions.assertSameDocument(ROOM, ROOM.withMetadata(Metadata.named("Kitchen"))));
    assertEquals("documents differ at 1 pointer:\n  /metadata/name: expected \"Living room\", actual \"Kitchen\"",
        e.getMessage());
    assertTrue(e.getExpected().getStringRepresentation().contains("  /metadata/name = \"Living room\"\n"),
        e.getExpected().getStringRepresentation());
  }

  @Test
  void renderShowsEveryLeafWithItsPointer() {
    assertEquals("""
          /formatVersion = "1.0"
          /metadata/name = "Living room"
          /metadata/properties = {}
          /scene/nodes/0/id = "room"
          /scene/nodes/0/kind = "group"
          /scene/nodes/0/visible = true
          /scene/nodes/0/transform/position = [0.0, 0.0, 0.0]
          /scene/nodes/0/transform/rotation = [0.0, 0.0, 0.0, 1.0]
          /scene/nodes/0/transform/scale = [1.0, 1.0, 1.0]
          ... 11 more lines
        """, SessionDiff.render(ROOM, 9));
  }

  @Test
  void controlAndFormatCharactersAreEscapedInValues() {
    SessionDocument a = ROOM.withMetadata(Metadata.named("tab\there\u202e"));
    assertEquals(List.of(new Difference("/metadata/name", "\"tab\\u0009here\\u202e\"", "\"Living room\"")),
        SessionDiff.between(a, ROOM).differences());
  }

  private static SessionDocument withBlock(MeshBlock block) {
    return ROOM.withGeometryCache(new GeometryCache(null, null, List.of(block), List.of()));
  }
}
