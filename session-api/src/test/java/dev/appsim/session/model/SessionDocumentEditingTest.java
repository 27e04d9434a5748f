package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Document-level removal keeps the document valid: removed ids leave the gizmo selection. */
class SessionDocumentEditingTest {
  private static final Panels PANELS = Panels.NONE.withEyes(new EyesPanel(new Vec3(0, 1.4, -2), 1.0));
  private static final SessionDocument DOC = SessionDocument.builder()
      .scene(SceneGraph.of(
          GroupNode.root("room"),
          GroupNode.of("corner", "room"),
          ModelNode.of("sofa", "corner", "models/sofa.gltf", Transform.translation(0, 0, -2)),
          ModelNode.of("lamp", "corner", "models/lamp.obj", Transform.IDENTITY),
          ModelNode.of("chair", "room", "models/chair.glb", Transform.IDENTITY)))
      .gizmos(new GizmoState(RoomGizmos.NONE.withSelection(List.of("sofa", "chair", "corner")), PANELS))
      .build();

  @Test
  void removingASubtreeDropsItsIdsFromTheSelection() {
    SessionDocument edited = DOC.withoutSubtree("corner");
    assertEquals(List.of("room", "chair"), edited.scene().nodes().stream().map(SceneNode::id).toList());
    assertEquals(List.of("chair"), edited.gizmos().room().selection());
    assertEquals(PANELS, edited.gizmos().panels());
    assertEquals(DOC.metadata(), edited.metadata());
  }

  @Test
  void removingASelectedLeafDropsItFromTheSelection() {
    SessionDocument edited = DOC.withoutNode("sofa");
    assertEquals(List.of("room", "corner", "lamp", "chair"),
        edited.scene().nodes().stream().map(SceneNode::id).toList());
    assertEquals(List.of("chair", "corner"), edited.gizmos().room().selection());
  }

  @Test
  void removingAnUnselectedLeafKeepsTheGizmosAsTheyAre() {
    SessionDocument edited = DOC.withoutNode("lamp");
    assertSame(DOC.gizmos(), edited.gizmos());
    assertEquals(4, edited.scene().size());
  }

  @Test
  void refusesToOrphanChildren() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DOC.withoutNode("corner"));
    assertEquals("node \"corner\" has 2 children (first \"sofa\"); remove them first, or remove the whole subtree"
        + " with withoutSubtree(\"corner\")", e.getMessage());
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> DOC.withoutNode("lamp").withoutNode("corner"));
    assertEquals("node \"corner\" has 1 child (first \"sofa\"); remove them first, or remove the whole subtree"
        + " with withoutSubtree(\"corner\")", one.getMessage());
  }

  @Test
  void unknownIdsLeaveTheDocumentUnchanged() {
    assertSame(DOC, DOC.withoutNode("ghost"));
    assertSame(DOC, DOC.withoutSubtree("ghost"));
  }

  @Test
  void worksWithoutGizmosOrWithoutRoomGizmos() {
    SessionDocument bare = DOC.withGizmos(null);
    assertEquals(List.of("room"), bare.withoutSubtree("corner").withoutNode("chair").scene().nodes().stream()
        .map(SceneNode::id).toList());
    SessionDocument panelsOnly = DOC.withGizmos(GizmoState.NONE.withPanels(PANELS));
    assertEquals(panelsOnly.gizmos(), panelsOnly.withoutSubtree("room").gizmos());
    assertEquals(0, panelsOnly.withoutSubtree("room").scene().size());
  }

  @Test
  void sceneLevelRemovalOfASelectedNodeIsStillRefused() {
    // What the document-level methods exist for: the scene alone cannot see the selection.
    assertEquals(List.of("/gizmos/room/selection/0: unknown node \"sofa\""),
        Violations.of(() -> DOC.withScene(DOC.scene().withoutSubtree("sofa"))));
  }

  @Test
  void rejectsANullId() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> DOC.withoutNode(null));
    assertEquals("id is null", e.getMessage());
    NullPointerException s = assertThrows(NullPointerException.class, () -> DOC.withoutSubtree(null));
    assertEquals("id is null", s.getMessage());
  }
}
