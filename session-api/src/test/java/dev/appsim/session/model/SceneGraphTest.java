package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SceneGraphTest {
  private static final SceneGraph ROOM = SceneGraph.of(
      GroupNode.root("room"),
      ModelNode.of("sofa", "room", "models/sofa.gltf", Transform.translation(0, 0, -2)),
      GroupNode.of("shelf", "room"),
      LightNode.of("lamp", "shelf", Light.of(LightType.POINT, 600), Transform.translation(1, 1.6, -1)),
      AnchorNode.of("desk", null, "2f1c9b1e", Transform.IDENTITY));

  @Test
  void rejectsDuplicateIdsNamingTheFirstUse() {
    assertEquals(List.of("/nodes/1/id: duplicate node id \"a\" (first used by node 0)"),
        Violations.of(() -> SceneGraph.of(GroupNode.root("a"), GroupNode.root("a"))));
  }

  @Test
  void rejectsUnknownParent() {
    assertEquals(List.of("/nodes/1/parent: unknown node \"lamp-7\""),
        Violations.of(() -> SceneGraph.of(GroupNode.root("a"), GroupNode.of("b", "lamp-7"))));
  }

  @Test
  void rejectsParentCycleNamingTheLoop() {
    assertEquals(List.of("/nodes/0/parent: parent cycle a -> c -> b -> a"),
        Violations.of(() -> SceneGraph.of(GroupNode.of("a", "c"), GroupNode.of("b", "a"), GroupNode.of("c", "b"))));
  }

  @Test
  void rejectsNodeThatIsItsOwnParent() {
    assertEquals(List.of("/parent: node \"a\" cannot be its own parent"), Violations.of(() -> GroupNode.of("a", "a")));
  }

  @Test
  void reportsEveryViolationAtOnce() {
    assertEquals(List.of(
            "/nodes/1/id: duplicate node id \"a\" (first used by node 0)",
            "/nodes/2/parent: unknown node \"x\"",
            "/nodes/3/parent: unknown node \"y\""),
        Violations.of(() -> SceneGraph.of(GroupNode.root("a"), GroupNode.root("a"), GroupNode.of("b", "x"),
            GroupNode.of("c", "y"))));
  }

  @Test
  void rejectsEmptyAndOverlongIds() {
    assertEquals(List.of("/id: id must be 1 to 256 characters, was 0"), Violations.of(() -> GroupNode.root("")));
    assertEquals(List.of("/id: id must be 1 to 256 characters, was 257"),
        Violations.of(() -> GroupNode.root("x".repeat(257))));
  }

  @Test
  void traversesChildrenAndPathToRoot() {
    assertEquals(List.of("sofa", "shelf"), ids(ROOM.childrenOf("room")));
    assertEquals(List.of("lamp", "shelf", "room"), ids(ROOM.pathToRoot("lamp")));
    assertEquals(List.of("room", "desk"), ids(ROOM.roots()));
    assertEquals(List.of("room", "sofa", "shelf", "lamp"), ids(ROOM.subtree("room")));
    assertEquals(List.of(), ROOM.childrenOf("nope"));
    assertEquals(3, ROOM.indexOf("lamp"));
    assertEquals(1, ROOM.ofType(LightNode.class).size());
  }

  @Test
  void movingANodeKeepsItsPlace() {
    SceneGraph moved = ROOM.withTransform("lamp", Transform.translation(0, 2, 0));
    assertEquals(3, moved.indexOf("lamp"));
    assertEquals(new Vec3(0, 2, 0), moved.node("lamp").orElseThrow().transform().position());
  }

  @Test
  void reparentingUnderADescendantIsRejected() {
    SessionValidationException e = assertThrows(SessionValidationException.class,
        () -> ROOM.withNodeEdited("room", n -> n.withParent("lamp")));
    assertEquals("/nodes/0/parent: parent cycle room -> lamp -> shelf -> room", e.getMessage());
  }

  @Test
  void removingASubtreeRemovesItsDescendants() {
    assertEquals(List.of("room", "sofa", "desk"), ids(ROOM.withoutSubtree("shelf").nodes()));
  }

  @Test
  void editThatChangesTheIdIsMisuse() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ROOM.withNodeEdited("room", n -> GroupNode.root("other")));
    assertEquals("edit changed the id \"room\" to \"other\"", e.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ROOM.withTransform("ghost", Transform.IDENTITY));
    assertEquals("no node with id \"ghost\"", missing.getMessage());
  }

  @Test
  void addsANewLightAtTheEnd() {
    SceneGraph more = ROOM.withNode(LightNode.of("sun", null, Light.of(LightType.DIRECTIONAL, 3), Transform.IDENTITY));
    assertEquals("sun", more.nodes().get(more.size() - 1).id());
    assertEquals(ROOM.size() + 1, more.size());
  }

  private static List<String> ids(List<SceneNode> nodes) {
    return nodes.stream().map(SceneNode::id).toList();
  }
}
