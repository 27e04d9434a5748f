package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NodeVisitorTest {
  private static final NodeVisitor<String> NAMES = new NodeVisitor<>() {
    @Override
    public String group(GroupNode node) {
      return "group " + node.id();
    }

    @Override
    public String model(ModelNode node) {
      return "model " + node.asset();
    }

    @Override
    public String light(LightNode node) {
      return "light " + node.light().type().wireName();
    }

    @Override
    public String anchor(AnchorNode node) {
      return "anchor " + node.anchorId();
    }
  };

  @Test
  void eachKindCallsItsOwnMethod() {
    List<SceneNode> nodes = List.of(GroupNode.root("room"),
        ModelNode.of("sofa", "room", "sofa.glb", Transform.IDENTITY),
        LightNode.of("lamp", "room", Light.of(LightType.POINT, 600), Transform.IDENTITY),
        AnchorNode.of("door", "room", "uuid-1", Transform.IDENTITY));
    assertEquals(List.of("group room", "model sofa.glb", "light point", "anchor uuid-1"),
        nodes.stream().map(n -> n.accept(NAMES)).toList());
  }

  @Test
  void memberTableListsCommonMembersFirstThenEachKindsOwn() {
    assertEquals(List.of("id", "kind", "parent", "name", "visible", "transform", "asset", "light", "anchorId"),
        NodeMember.wireNames());
    assertEquals(List.of(NodeMember.ASSET), Stream.of(NodeMember.values())
        .filter(m -> m.owner() == NodeKind.MODEL).toList());
    assertEquals(true, NodeMember.ID.belongsTo(NodeKind.ANCHOR));
    assertEquals(false, NodeMember.LIGHT.belongsTo(NodeKind.MODEL));
    assertEquals("/anchorId", NodeMember.ANCHOR_ID.pointer());
  }

  @Test
  void rejectsAMemberNameAsAnExtension() {
    assertEquals(List.of("/anchorId: \"anchorId\" is a member the format defines, so it cannot be an extension;"
            + " set it through the model"),
        Violations.of(() -> new GroupNode("g", null, null, true, Transform.IDENTITY,
            Extensions.of(java.util.Map.of("anchorId", "x")))));
  }
}
