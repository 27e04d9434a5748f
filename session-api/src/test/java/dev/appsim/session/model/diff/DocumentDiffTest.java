package dev.appsim.session.model.diff;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentDiffTest {
  private static final SessionDocument ROOM = SessionDocument.builder()
      .metadata(Metadata.named("Living room"))
      .scene(SceneGraph.of(
          GroupNode.root("room"),
          LightNode.of("lamp", "room", Light.of(LightType.POINT, 600), Transform.translation(1.5, 1.6, -1.5))))
      .build();

  @Test
  void equalDocumentsHaveNoChanges() {
    DocumentDiff diff = DocumentDiff.between(ROOM, ROOM.toBuilder().build());
    assertTrue(diff.isEmpty());
    assertEquals(0, diff.count());
    assertEquals("no differences", diff.toString());
  }

  @Test
  void aChangedValueHasItsPointerAndBothValues() {
    SessionDocument moved = ROOM.withScene(ROOM.scene().withTransform("lamp", Transform.translation(1.0, 1.6, -1.5)));
    DocumentDiff diff = DocumentDiff.between(ROOM, moved);
    assertEquals(List.of(new Change("/scene/nodes/1/transform/position/0", Change.Kind.CHANGED, 1.5, 1.0)), diff.changes());
    assertEquals("1 difference:\n  /scene/nodes/1/transform/position/0: 1.5 -> 1.0", diff.toString());
  }

  @Test
  void aRemovedNodeIsOneChangeHoldingTheWholeNode() {
    DocumentDiff diff = DocumentDiff.between(ROOM, ROOM.withScene(ROOM.scene().withoutSubtree("lamp")));
    Change c = diff.changes().get(0);
    assertEquals(1, diff.count());
    assertEquals("/scene/nodes/1", c.pointer());
    assertEquals(Change.Kind.REMOVED, c.kind());
    assertEquals("lamp", ((Map<?, ?>) c.oldValue()).get("id"));
    assertEquals(null, c.newValue());
    assertEquals("<absent>", c.newText());
    assertTrue(c.oldText().startsWith("{\"id\": \"lamp\", \"kind\": \"light\""), c.oldText());
  }

  @Test
  void anAddedUnknownMemberIsAddedWithAnEscapedPointer() {
    SessionDocument extended = ROOM.toBuilder().extensions(Extensions.EMPTY.with("x/a~b", 7L)).build();
    assertEquals(List.of(new Change("/x~1a~0b", Change.Kind.ADDED, null, 7L)),
        DocumentDiff.between(ROOM, extended).changes());
  }

  @Test
  void valuesThatPrintAlikeNameTheirTypes() {
    SessionDocument one = ROOM.toBuilder().extensions(Extensions.EMPTY.with("x-n", 1L)).build();
    SessionDocument oneDouble = ROOM.toBuilder().extensions(Extensions.EMPTY.with("x-n", 1.0)).build();
    Change c = DocumentDiff.between(one, oneDouble).changes().get(0);
    assertEquals("1", c.oldText());
    assertEquals("1.0", c.newText());
    Change zero = new Change("/a", Change.Kind.CHANGED, 0.0f, 0.0);
    assertEquals("0.0 (Float)", zero.oldText());
    assertEquals("0.0 (Double)", zero.newText());
  }

  @Test
  void reorderedMembersAreOneOrderChange() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("x-a", 1L);
    ab.put("x-b", 2L);
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("x-b", 2L);
    ba.put("x-a", 1L);
    Change c = DocumentDiff.between(ROOM.toBuilder().extensions(Extensions.of(ab)).build(),
        ROOM.toBuilder().extensions(Extensions.of(ba)).build()).changes().get(0);
    assertEquals(Change.Kind.ORDER, c.kind());
    assertEquals("", c.pointer());
    assertEquals("members in order [\"formatVersion\", \"metadata\", \"scene\", \"x-a\", \"x-b\"]", c.oldText());
  }

  @Test
  void meshArraysGiveTheirFirstDifferenceAndTheirLengths() {
    float[] longer = new float[3003];
    longer[1500] = 2f;
    DocumentDiff diff = DocumentDiff.between(withBlock(FloatArray.of(new float[3000]), IntArray.of(0, 1, 2)),
        withBlock(FloatArray.of(longer), IntArray.of(0, 1, 999)));
    assertEquals(List.of(
            new Change("/geometryCache/meshBlocks/0/vertices/1500", Change.Kind.CHANGED, 0.0f, 2.0f),
            new Change("/geometryCache/meshBlocks/0/vertices", Change.Kind.LENGTH, 3000, 3003),
            new Change("/geometryCache/meshBlocks/0/indices/2", Change.Kind.CHANGED, 2L, 999L)),
        diff.changes());
    assertEquals("length 3000", diff.changes().get(1).oldText());
  }

  @Test
  void aLimitListsTheFirstChangesAndCountsThemAll() {
    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < 30; i++) {
      many.put("x-" + i, (long) i);
    }
    SessionDocument b = ROOM.toBuilder().extensions(Extensions.of(many)).build();
    DocumentDiff diff = DocumentDiff.between(ROOM, b, 10);
    assertEquals(10, diff.changes().size());
    assertEquals(30, diff.count());
    assertTrue(diff.toString().endsWith("\n  (20 more not listed)"), diff.toString());
    assertEquals(30, DocumentDiff.between(ROOM, b, 0).count());
  }

  @Test
  void aNegativeLimitIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentDiff.between(ROOM, ROOM, -1));
    assertEquals("limit (-1) must be >= 0", e.getMessage());
    assertEquals("limit (-2) must be >= 0",
        assertThrows(IllegalArgumentException.class, () -> DocumentDiff.ofTrees(null, null, -2)).getMessage());
  }

  @Test
  void treesOfPlainValuesCompareTheSameWay() {
    Map<String, Object> old = Map.of("files", Map.of("assets/a.png", Map.of("size", 10L)));
    Map<String, Object> now = Map.of("files", Map.of("assets/a.png", Map.of("size", 12L), "assets/b.png", Map.of()));
    DocumentDiff diff = DocumentDiff.ofTrees(old, now, 10);
    assertEquals(List.of(
            new Change("/files/assets~1a.png/size", Change.Kind.CHANGED, 10L, 12L),
            new Change("/files/assets~1b.png", Change.Kind.ADDED, null, Map.of())),
        diff.changes().stream().sorted(java.util.Comparator.comparing(Change::pointer)).toList());
  }

  @Test
  void renderShowsTheLeavesThePointersReferTo() {
    String text = DocumentDiff.render(ROOM, 3);
    assertEquals("  /formatVersion = \"1.0\"\n  /metadata/name = \"Living room\"\n  /metadata/properties = {}\n"
        + "  ... 17 more lines\n", text);
  }

  @Test
  void nullsAreRefusedByName() {
    assertEquals("old is null", assertThrows(NullPointerException.class, () -> DocumentDiff.between(null, ROOM)).getMessage());
    assertEquals("pointer is null",
        assertThrows(NullPointerException.class, () -> new Change(null, Change.Kind.ADDED, null, 1)).getMessage());
  }

  private static SessionDocument withBlock(FloatArray vertices, IntArray indices) {
    return ROOM.withGeometryCache(new GeometryCache(null, null, List.of(MeshBlock.of("blk", vertices, indices)), List.of()));
  }
}
