package dev.appsim.session.codec.internal;

import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.NodeKind;
import dev.appsim.session.model.NodeMember;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.Transform;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the scene graph: nodes of every kind with their transforms and lights. */
final class SceneReader {
  private final TokenReader in;
  private final ShapeReader shapes;

  // What the node being read said of its place in the graph, kept when the node fails.
  private @Nullable String lastId;
  private @Nullable String lastParent;
  private @Nullable List<SceneNode> standIns;

  SceneReader(TokenReader in, ShapeReader shapes) {
    this.in = in;
    this.shapes = shapes;
  }

  @Nullable SceneGraph scene() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    List<SceneNode> nodes = null;
    for (String m; (m = o.nextMember()) != null; ) {
      if (m.equals("nodes")) {
        nodes = nodes();
      } else {
        o.readUnknown(m);
      }
    }
    o.require("nodes");
    if (o.failed()) {
      if (standIns != null) {
        // Still report duplicate ids, unknown parents and cycles among the nodes that failed.
        List<SceneNode> graph = standIns;
        in.build(o.pointer(), () -> new SceneGraph(graph, Extensions.EMPTY));
      }
      return null;
    }
    List<SceneNode> all = nodes;
    return o.build(() -> new SceneGraph(all, o.extensions()));
  }

  private @Nullable List<SceneNode> nodes() {
    standIns = null;
    if (!in.beginArray()) {
      return null;
    }
    long before = in.errors();
    List<SceneNode> out = new ArrayList<>();
    List<SceneNode> shapes = new ArrayList<>();
    while (in.nextElement(out.size())) {
      lastId = null;
      lastParent = null;
      SceneNode node = node();
      out.add(node);
      shapes.add(node != null ? node : standIn(out.size() - 1));
    }
    standIns = shapes;
    return in.errors() > before ? null : out;
  }

  // A group with the failed node's id and parent, so the graph's own checks can still run.
  private SceneNode standIn(int index) {
    String id = lastId;
    if (id == null || id.isEmpty() || id.length() > SceneNode.MAX_ID_LENGTH) {
      return GroupNode.root("\u0000unreadable node " + index);
    }
    String parent = lastParent == null || lastParent.equals(id) ? null : lastParent;
    return GroupNode.of(id, parent);
  }

  private @Nullable SceneNode node() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    Map<NodeMember, @Nullable Object> values = new EnumMap<>(NodeMember.class);
    for (String m; (m = o.nextMember()) != null; ) {
      NodeMember member = NodeMember.fromWire(m).orElse(null);
      if (member == null) {
        o.readUnknown(m);
        continue;
      }
      // A switch expression: a member added to the table without a case here does not compile.
      Object value = switch (member) {
        case ID, PARENT, NAME, ASSET, ANCHOR_ID -> in.readString();
        case KIND -> in.readEnum(NodeKind.values(), "node kind");
        case VISIBLE -> in.readBoolean();
        case TRANSFORM -> shapes.transform();
        case LIGHT -> light();
      };
      values.put(member, value);
    }
    lastId = (String) values.get(NodeMember.ID);
    lastParent = (String) values.get(NodeMember.PARENT);
    NodeKind kind = (NodeKind) values.get(NodeMember.KIND);
    requireMembers(o, null);
    if (kind != null) {
      for (NodeMember member : NodeMember.values()) {
        NodeKind owner = member.owner();
        if (owner != null && owner != kind && o.saw(member.wireName())) {
          o.violation(member.wireName(), "\"" + member.wireName() + "\" belongs to " + owner.wireName()
              + " nodes, not to a " + kind.wireName() + " node");
        }
      }
      requireMembers(o, kind);
    }
    if (o.failed() || kind == null) {
      return null;
    }
    String i = (String) values.get(NodeMember.ID);
    String p = lastParent;
    String n = (String) values.get(NodeMember.NAME);
    boolean v = values.get(NodeMember.VISIBLE) != Boolean.FALSE;
    Transform t = (Transform) values.getOrDefault(NodeMember.TRANSFORM, Transform.IDENTITY);
    return switch (kind) {
      case GROUP -> o.build(() -> new GroupNode(i, p, n, v, t, o.extensions()));
      case MODEL -> {
        String asset = (String) values.get(NodeMember.ASSET);
        yield o.build(() -> new ModelNode(i, p, n, v, t, asset, o.extensions()));
      }
      case LIGHT -> {
        Light light = (Light) values.get(NodeMember.LIGHT);
        yield o.build(() -> new LightNode(i, p, n, v, t, light, o.extensions()));
      }
      case ANCHOR -> {
        String anchorId = (String) values.get(NodeMember.ANCHOR_ID);
        yield o.build(() -> new AnchorNode(i, p, n, v, t, anchorId, o.extensions()));
      }
    };
  }

  // Reports each required member of every node (owner null) or of one kind that the node lacks.
  private static void requireMembers(ObjectReader o, @Nullable NodeKind owner) {
    for (NodeMember member : NodeMember.values()) {
      if (member.required() && member.owner() == owner) {
        o.require(member.wireName());
      }
    }
  }

  private @Nullable Light light() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    LightType type = null;
    Rgb color = null;
    Double intensity = null;
    Double range = null;
    Double inner = null;
    Double outer = null;
    Boolean castShadows = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "type" -> type = in.readEnum(LightType.values(), "light type");
        case "color" -> color = shapes.rgb();
        case "intensity" -> intensity = in.readDouble();
        case "range" -> range = in.readDouble();
        case "innerConeDeg" -> inner = in.readDouble();
        case "outerConeDeg" -> outer = in.readDouble();
        case "castShadows" -> castShadows = in.readBoolean();
        default -> o.readUnknown(m);
      }
    }
    o.require("type", "color", "intensity", "castShadows");
    LightType t = type;
    Rgb c = color;
    Double i = intensity;
    Double r = range;
    Double ic = inner;
    Double oc = outer;
    Boolean s = castShadows;
    return o.build(() -> new Light(t, c, i, r, ic, oc, s, o.extensions()));
  }
}
