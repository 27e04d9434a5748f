package dev.appsim.session.model.diff;

import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.ControllerPanel;
import dev.appsim.session.model.EyesPanel;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GeometryCacheSource;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.HandState;
import dev.appsim.session.model.HandsPanel;
import dev.appsim.session.model.HeadPosePanel;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.NodeMember;
import dev.appsim.session.model.NodeVisitor;
import dev.appsim.session.model.PanelLayout;
import dev.appsim.session.model.Panels;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneCamera;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Touchpad;
import dev.appsim.session.model.Vec2;
import dev.appsim.session.model.Vec3;
import dev.appsim.session.model.WireNamed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A document as a JSON-like tree with the wire's member names (FORMAT.md 1.1), so that a diff
 * names the same JSON Pointers a user sees in the file. Unknown members sit beside the known
 * ones, as on the wire. Absent optional members are left out; defaults are written out, so that
 * "absent" and "default" stay distinguishable. Mesh arrays stay {@code FloatArray}/{@code IntArray}
 * leaves so that big arrays are compared without boxing.
 */
final class ModelTree {
  private ModelTree() {}

  static Map<String, @Nullable Object> of(SessionDocument doc) {
    Obj o = new Obj();
    o.put("formatVersion", doc.formatVersion().toString());
    o.put("metadata", metadata(doc.metadata()));
    Obj scene = new Obj();
    List<Object> nodes = new ArrayList<>();
    doc.scene().nodes().forEach(n -> nodes.add(node(n)));
    scene.put("nodes", nodes);
    o.put("scene", scene.ext(doc.scene().extensions()));
    o.putIf("gizmos", doc.gizmos() == null ? null : gizmos(doc.gizmos()));
    o.putIf("geometryCache", doc.geometryCache() == null ? null : cache(doc.geometryCache()));
    return o.ext(doc.extensions());
  }

  /** An ordered JSON object under construction. */
  private static final class Obj extends LinkedHashMap<String, @Nullable Object> {
    private static final long serialVersionUID = 1L;

    void putIf(String key, @Nullable Object value) {
      if (value != null) {
        put(key, value);
      }
    }

    void putEnum(String key, @Nullable WireNamed value) {
      if (value != null) {
        put(key, value.wireName());
      }
    }

    // A name that clashes with a known member is kept apart rather than overwriting it.
    Obj ext(Extensions ext) {
      ext.asMap().forEach((k, v) -> put(containsKey(k) ? "(unknown member) " + k : k, v));
      return this;
    }
  }

  private static Obj metadata(Metadata m) {
    Obj o = new Obj();
    o.put("name", m.name());
    o.putIf("createdAt", m.createdAt() == null ? null : m.createdAt().toString());
    o.putIf("modifiedAt", m.modifiedAt() == null ? null : m.modifiedAt().toString());
    if (m.generator() != null) {
      Obj g = new Obj();
      g.put("name", m.generator().name());
      g.put("version", m.generator().version());
      o.put("generator", g.ext(m.generator().extensions()));
    }
    o.put("properties", new LinkedHashMap<String, Object>(m.properties()));
    return o.ext(m.extensions());
  }

  private static Obj node(SceneNode n) {
    Obj o = new Obj();
    o.put(NodeMember.ID.wireName(), n.id());
    o.put(NodeMember.KIND.wireName(), n.kind().wireName());
    o.putIf(NodeMember.PARENT.wireName(), n.parent());
    o.putIf(NodeMember.NAME.wireName(), n.name());
    o.put(NodeMember.VISIBLE.wireName(), n.visible());
    Obj t = new Obj();
    t.put("position", vec3(n.transform().position()));
    t.put("rotation", quaternion(n.transform().rotation()));
    t.put("scale", vec3(n.transform().scale()));
    o.put(NodeMember.TRANSFORM.wireName(), t.ext(n.transform().extensions()));
    n.accept(new KindMembers(o));
    return o.ext(n.extensions());
  }

  /** Puts the members of each node kind's own, named as in {@link NodeMember}. */
  private record KindMembers(Obj o) implements NodeVisitor<Void> {
    @Override
    public @Nullable Void group(GroupNode node) {
      return null;
    }

    @Override
    public @Nullable Void model(ModelNode node) {
      o.put(NodeMember.ASSET.wireName(), node.asset());
      return null;
    }

    @Override
    public @Nullable Void light(LightNode node) {
      o.put(NodeMember.LIGHT.wireName(), ModelTree.light(node.light()));
      return null;
    }

    @Override
    public @Nullable Void anchor(AnchorNode node) {
      o.put(NodeMember.ANCHOR_ID.wireName(), node.anchorId());
      return null;
    }
  }

  private static Obj light(Light l) {
    Obj o = new Obj();
    o.putEnum("type", l.type());
    o.put("color", List.of(l.color().r(), l.color().g(), l.color().b()));
    o.put("intensity", l.intensity());
    o.putIf("range", l.range());
    o.putIf("innerConeDeg", l.innerConeDeg());
    o.putIf("outerConeDeg", l.outerConeDeg());
    o.put("castShadows", l.castShadows());
    return o.ext(l.extensions());
  }

  private static Obj gizmos(GizmoState g) {
    Obj o = new Obj();
    RoomGizmos r = g.room();
    if (r != null) {
      Obj room = new Obj();
      room.put("selection", new ArrayList<Object>(r.selection()));
      room.putEnum("manipulation", r.manipulation());
      room.putEnum("pivot", r.pivot());
      room.putEnum("reference", r.reference());
      SceneCamera c = r.camera();
      if (c != null) {
        Obj camera = new Obj();
        camera.putEnum("mode", c.mode());
        camera.putIf("pose", pose(c.pose()));
        room.put("camera", camera.ext(c.extensions()));
      }
      room.put("visible", r.visible().stream().map(WireNamed::wireName).toList());
      o.put("room", room.ext(r.extensions()));
    }
    if (g.panels() != null) {
      o.put("panels", panels(g.panels()));
    }
    return o.ext(g.extensions());
  }

  private static Obj panels(Panels p) {
    Obj o = new Obj();
    HeadPosePanel h = p.headPose();
    if (h != null) {
      Obj head = new Obj();
      head.putIf("pose", pose(h.pose()));
      head.putEnum("tracking", h.tracking());
      o.put("headPose", head.ext(h.extensions()));
    }
    ControllerPanel c = p.controller();
    if (c != null) {
      Obj controller = new Obj();
      controller.putIf("pose", pose(c.pose()));
      controller.putEnum("snapToHand", c.snapToHand());
      controller.putIf("followHeadPose", c.followHeadPose());
      Touchpad t = c.touchpad();
      if (t != null) {
        Obj pad = new Obj();
        pad.put("x", t.x());
        pad.put("y", t.y());
        pad.put("force", t.force());
        controller.put("touchpad", pad.ext(t.extensions()));
      }
      controller.put("pressed", c.pressed().stream().map(WireNamed::wireName).toList());
      o.put("controller", controller.ext(c.extensions()));
    }
    HandsPanel hs = p.hands();
    if (hs != null) {
      Obj hands = new Obj();
      hands.putIf("left", hand(hs.left()));
      hands.putIf("right", hand(hs.right()));
      o.put("hands", hands.ext(hs.extensions()));
    }
    EyesPanel e = p.eyes();
    if (e != null) {
      Obj eyes = new Obj();
      eyes.putIf("fixation", e.fixation() == null ? null : vec3(e.fixation()));
      eyes.putIf("confidence", e.confidence());
      o.put("eyes", eyes.ext(e.extensions()));
    }
    Obj layout = new Obj();
    p.layout().forEach((name, l) -> layout.put(name, layout(l)));
    o.put("layout", layout);
    return o.ext(p.extensions());
  }

  private static Obj layout(PanelLayout l) {
    Obj o = new Obj();
    o.putIf("visible", l.visible());
    o.putIf("collapsed", l.collapsed());
    return o.ext(l.extensions());
  }

  private static @Nullable Obj hand(@Nullable HandState h) {
    if (h == null) {
      return null;
    }
    Obj o = new Obj();
    o.putIf("pose", pose(h.pose()));
    o.putEnum("gesture", h.gesture());
    o.putIf("confidence", h.confidence());
    return o.ext(h.extensions());
  }

  private static Obj cache(GeometryCacheSource source) {
    Obj o = new Obj();
    if (source instanceof ExternalGeometryCache external) {
      o.put("source", external.source());
      return o.ext(external.extensions());
    }
    GeometryCache c = (GeometryCache) source;
    o.putIf("capturedAt", c.capturedAt() == null ? null : c.capturedAt().toString());
    o.putIf("bounds", bounds(c.bounds()));
    List<Object> blocks = new ArrayList<>();
    c.meshBlocks().forEach(b -> blocks.add(block(b)));
    o.put("meshBlocks", blocks);
    List<Object> planes = new ArrayList<>();
    c.planes().forEach(p -> planes.add(plane(p)));
    o.put("planes", planes);
    return o.ext(c.extensions());
  }

  private static Obj block(MeshBlock b) {
    Obj o = new Obj();
    o.put("id", b.id());
    o.putEnum("lod", b.lod());
    o.putIf("bounds", bounds(b.bounds()));
    o.put("vertices", b.vertices());
    o.put("indices", b.indices());
    o.putIf("normals", b.normals());
    o.putIf("confidence", b.confidence());
    return o.ext(b.extensions());
  }

  private static Obj plane(Plane p) {
    Obj o = new Obj();
    o.put("id", p.id());
    o.put("pose", pose(p.pose()));
    o.put("extent", List.of(p.width(), p.height()));
    o.put("semantics", p.semantics().stream().map(WireNamed::wireName).toList());
    if (p.boundary() != null) {
      List<Object> points = new ArrayList<>();
      for (Vec2 v : p.boundary()) {
        points.add(List.of(v.x(), v.y()));
      }
      o.put("boundary", points);
    }
    return o.ext(p.extensions());
  }

  private static @Nullable Obj bounds(@Nullable Bounds b) {
    if (b == null) {
      return null;
    }
    Obj o = new Obj();
    o.put("min", vec3(b.min()));
    o.put("max", vec3(b.max()));
    return o.ext(b.extensions());
  }

  private static @Nullable Obj pose(@Nullable Pose p) {
    if (p == null) {
      return null;
    }
    Obj o = new Obj();
    o.put("position", vec3(p.position()));
    o.put("rotation", quaternion(p.rotation()));
    return o.ext(p.extensions());
  }

  private static List<Object> vec3(Vec3 v) {
    return List.of(v.x(), v.y(), v.z());
  }

  private static List<Object> quaternion(Quaternion q) {
    return List.of(q.x(), q.y(), q.z(), q.w());
  }
}
