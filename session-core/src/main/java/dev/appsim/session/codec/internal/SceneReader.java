package dev.appsim.session.codec.internal;

import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.NodeKind;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.Transform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    List<SceneNode> nodes = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      if (m.equals("nodes")) {
        nodes = nodes();
      } else {
        in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      if (standIns != null) {
        // Still report duplicate ids, unknown parents and cycles among the nodes that failed.
        List<SceneNode> graph = standIns;
        in.build(pointer, () -> new SceneGraph(graph, Extensions.EMPTY));
      }
      return null;
    }
    if (nodes == null) {
      in.missing(pointer, "nodes");
      return null;
    }
    List<SceneNode> all = nodes;
    return in.build(pointer, () -> new SceneGraph(all, in.extensions(ext)));
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
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    String id = null;
    NodeKind kind = null;
    String parent = null;
    String name = null;
    Boolean visible = Boolean.TRUE;
    Transform transform = Transform.IDENTITY;
    String asset = null;
    Light light = null;
    String anchorId = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "id" -> id = lastId = in.readString();
        case "kind" -> kind = in.readEnum(NodeKind.values(), "node kind");
        case "parent" -> parent = lastParent = in.readString();
        case "name" -> name = in.readString();
        case "visible" -> visible = in.readBoolean();
        case "transform" -> transform = shapes.transform();
        case "asset" -> asset = in.readString();
        case "light" -> light = light();
        case "anchorId" -> anchorId = in.readString();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    if (id == null || kind == null) {
      in.missing(pointer, id == null ? "id" : "kind");
      return null;
    }
    misplaced(pointer, kind, NodeKind.MODEL, "asset", asset != null);
    misplaced(pointer, kind, NodeKind.LIGHT, "light", light != null);
    misplaced(pointer, kind, NodeKind.ANCHOR, "anchorId", anchorId != null);
    if (in.errors() > before) {
      return null;
    }
    String i = id;
    String p = parent;
    String n = name;
    boolean v = visible;
    Transform t = transform;
    Map<String, @Nullable Object> e = ext;
    switch (kind) {
      case GROUP:
        return in.build(pointer, () -> new GroupNode(i, p, n, v, t, in.extensions(e)));
      case MODEL:
        if (asset == null) {
          in.missing(pointer, "asset");
          return null;
        }
        String a = asset;
        return in.build(pointer, () -> new ModelNode(i, p, n, v, t, a, in.extensions(e)));
      case LIGHT:
        if (light == null) {
          in.missing(pointer, "light");
          return null;
        }
        Light l = light;
        return in.build(pointer, () -> new LightNode(i, p, n, v, t, l, in.extensions(e)));
      case ANCHOR:
        if (anchorId == null) {
          in.missing(pointer, "anchorId");
          return null;
        }
        String anchor = anchorId;
        return in.build(pointer, () -> new AnchorNode(i, p, n, v, t, anchor, in.extensions(e)));
      default:
        throw new IllegalStateException("unhandled node kind " + kind);
    }
  }

  private void misplaced(String pointer, NodeKind kind, NodeKind owner, String member, boolean present) {
    if (present && kind != owner) {
      in.violation(pointer + "/" + member, "\"" + member + "\" belongs to " + owner.wireName()
          + " nodes, not to a " + kind.wireName() + " node");
    }
  }

  private @Nullable Light light() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    LightType type = null;
    Rgb color = null;
    Double intensity = null;
    Double range = null;
    Double inner = null;
    Double outer = null;
    Boolean castShadows = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "type" -> type = in.readEnum(LightType.values(), "light type");
        case "color" -> color = shapes.rgb();
        case "intensity" -> intensity = in.readDouble();
        case "range" -> range = in.readDouble();
        case "innerConeDeg" -> inner = in.readDouble();
        case "outerConeDeg" -> outer = in.readDouble();
        case "castShadows" -> castShadows = in.readBoolean();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    if (type == null || color == null || intensity == null || castShadows == null) {
      in.missing(pointer, type == null ? "type" : color == null ? "color"
          : intensity == null ? "intensity" : "castShadows");
      return null;
    }
    LightType t = type;
    Rgb c = color;
    double i = intensity;
    Double r = range;
    Double ic = inner;
    Double oc = outer;
    boolean s = castShadows;
    return in.build(pointer, () -> new Light(t, c, i, r, ic, oc, s, in.extensions(ext)));
  }
}
