package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.ControllerPanel;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.HandState;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.Panels;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.WireNamed;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The observable features of a generated document (node kinds, enum values, optional parts),
 * as labels for jqwik coverage checks.
 */
final class Features {
  private final Set<String> found = new TreeSet<>();

  private Features() {}

  static Set<String> of(SessionDocument doc) {
    Features f = new Features();
    f.document(doc);
    return f.found;
  }

  /** Every label a large enough sample of plain documents must show at least once. */
  static List<String> expected() {
    List<String> all = new ArrayList<>(List.of(
        "node:group", "node:model", "node:light", "node:anchor", "node:name", "node:hidden", "node:parent",
        "node:transform", "node:rotated", "node:scaled",
        "light:range", "light:innerCone", "light:outerCone", "light:castShadows",
        "metadata:createdAt", "metadata:modifiedAt", "metadata:generator", "metadata:properties",
        "instant:seconds", "instant:millis", "instant:nanos",
        "gizmos", "gizmos:room", "gizmos:panels", "room:selection", "room:camera", "camera:pose",
        "panels:headPose", "headPose:pose", "panels:controller", "controller:pose", "controller:followHeadPose",
        "controller:touchpad", "panels:hands", "hands:left", "hands:right", "hand:pose", "hand:confidence",
        "panels:eyes", "eyes:fixation", "eyes:confidence", "panels:layout", "layout:visible", "layout:collapsed",
        "cache:inline", "cache:external", "cache:capturedAt", "cache:bounds", "cache:meshBlock", "cache:plane",
        "block:bounds", "block:normals", "block:confidence", "block:triangles", "plane:boundary",
        "extensions", "ext:String", "ext:Boolean", "ext:Long", "ext:BigInteger", "ext:Double", "ext:BigDecimal",
        "ext:null", "ext:List", "ext:Map", "scene:extensions", "document:extensions"));
    for (Class<?> e : List.of(dev.appsim.session.model.LightType.class, dev.appsim.session.model.ManipulationMode.class,
        dev.appsim.session.model.Pivot.class, dev.appsim.session.model.ReferenceFrame.class,
        dev.appsim.session.model.CameraMode.class, dev.appsim.session.model.GizmoKind.class,
        dev.appsim.session.model.TrackingState.class, dev.appsim.session.model.SnapToHand.class,
        dev.appsim.session.model.ControllerButton.class, dev.appsim.session.model.Gesture.class,
        dev.appsim.session.model.LevelOfDetail.class, dev.appsim.session.model.PlaneSemantic.class)) {
      for (Object constant : e.getEnumConstants()) {
        all.add(label(e, (WireNamed) constant));
      }
    }
    return all;
  }

  private static String label(Class<?> type, WireNamed value) {
    return type.getSimpleName() + ":" + value.wireName();
  }

  private void add(String label) {
    found.add(label);
  }

  private void enumValue(@Nullable WireNamed value) {
    if (value != null) {
      add(label(value.getClass(), value));
    }
  }

  private void document(SessionDocument doc) {
    metadata(doc.metadata());
    for (SceneNode node : doc.scene().nodes()) {
      node(node);
    }
    if (!doc.scene().extensions().isEmpty()) {
      add("scene:extensions");
    }
    if (!doc.extensions().isEmpty()) {
      add("document:extensions");
    }
    extensions(doc.extensions());
    extensions(doc.scene().extensions());
    if (doc.gizmos() != null) {
      gizmos(doc.gizmos());
    }
    if (doc.geometryCache() instanceof GeometryCache cache) {
      cache(cache);
    } else if (doc.geometryCache() instanceof ExternalGeometryCache external) {
      add("cache:external");
      extensions(external.extensions());
    }
  }

  private void metadata(Metadata m) {
    if (m.createdAt() != null) {
      add("metadata:createdAt");
      instant(m.createdAt());
    }
    if (m.modifiedAt() != null) {
      add("metadata:modifiedAt");
      instant(m.modifiedAt());
    }
    if (m.generator() != null) {
      add("metadata:generator");
      extensions(m.generator().extensions());
    }
    if (!m.properties().isEmpty()) {
      add("metadata:properties");
    }
    extensions(m.extensions());
  }

  private void instant(Instant at) {
    add(at.getNano() == 0 ? "instant:seconds" : at.getNano() % 1_000_000 == 0 ? "instant:millis" : "instant:nanos");
  }

  private void node(SceneNode node) {
    add("node:" + node.kind().wireName());
    if (node.name() != null) {
      add("node:name");
    }
    if (!node.visible()) {
      add("node:hidden");
    }
    if (node.parent() != null) {
      add("node:parent");
    }
    if (!node.transform().isIdentity()) {
      add("node:transform");
    }
    if (!node.transform().rotation().equals(dev.appsim.session.model.Quaternion.IDENTITY)) {
      add("node:rotated");
    }
    if (!node.transform().scale().equals(dev.appsim.session.model.Vec3.ONE)) {
      add("node:scaled");
    }
    extensions(node.extensions());
    extensions(node.transform().extensions());
    if (node instanceof LightNode light) {
      light(light.light());
    } else if (node instanceof ModelNode || node instanceof AnchorNode) {
      return;
    }
  }

  private void light(Light light) {
    enumValue(light.type());
    if (light.range() != null) {
      add("light:range");
    }
    if (light.innerConeDeg() != null) {
      add("light:innerCone");
    }
    if (light.outerConeDeg() != null) {
      add("light:outerCone");
    }
    if (light.castShadows()) {
      add("light:castShadows");
    }
    extensions(light.extensions());
  }

  private void gizmos(GizmoState g) {
    add("gizmos");
    extensions(g.extensions());
    RoomGizmos room = g.room();
    if (room != null) {
      add("gizmos:room");
      if (!room.selection().isEmpty()) {
        add("room:selection");
      }
      enumValue(room.manipulation());
      enumValue(room.pivot());
      enumValue(room.reference());
      room.visible().forEach(this::enumValue);
      if (room.camera() != null) {
        add("room:camera");
        enumValue(room.camera().mode());
        if (room.camera().pose() != null) {
          add("camera:pose");
        }
      }
    }
    Panels p = g.panels();
    if (p != null) {
      add("gizmos:panels");
      panels(p);
    }
  }

  private void panels(Panels p) {
    if (p.headPose() != null) {
      add("panels:headPose");
      if (p.headPose().pose() != null) {
        add("headPose:pose");
      }
      enumValue(p.headPose().tracking());
    }
    ControllerPanel c = p.controller();
    if (c != null) {
      add("panels:controller");
      if (c.pose() != null) {
        add("controller:pose");
      }
      enumValue(c.snapToHand());
      if (c.followHeadPose() != null) {
        add("controller:followHeadPose");
      }
      if (c.touchpad() != null) {
        add("controller:touchpad");
      }
      c.pressed().forEach(this::enumValue);
    }
    if (p.hands() != null) {
      add("panels:hands");
      hand("left", p.hands().left());
      hand("right", p.hands().right());
    }
    if (p.eyes() != null) {
      add("panels:eyes");
      if (p.eyes().fixation() != null) {
        add("eyes:fixation");
      }
      if (p.eyes().confidence() != null) {
        add("eyes:confidence");
      }
    }
    if (!p.layout().isEmpty()) {
      add("panels:layout");
      p.layout().values().forEach(l -> {
        if (l.visible() != null) {
          add("layout:visible");
        }
        if (l.collapsed() != null) {
          add("layout:collapsed");
        }
      });
    }
  }

  private void hand(String side, @Nullable HandState hand) {
    if (hand == null) {
      return;
    }
    add("hands:" + side);
    if (hand.pose() != null) {
      add("hand:pose");
    }
    enumValue(hand.gesture());
    if (hand.confidence() != null) {
      add("hand:confidence");
    }
  }

  private void cache(GeometryCache cache) {
    add("cache:inline");
    if (cache.capturedAt() != null) {
      add("cache:capturedAt");
    }
    if (cache.bounds() != null) {
      add("cache:bounds");
    }
    extensions(cache.extensions());
    for (MeshBlock block : cache.meshBlocks()) {
      add("cache:meshBlock");
      enumValue(block.lod());
      if (block.bounds() != null) {
        add("block:bounds");
      }
      if (block.normals() != null) {
        add("block:normals");
      }
      if (block.confidence() != null) {
        add("block:confidence");
      }
      if (block.triangleCount() > 0) {
        add("block:triangles");
      }
      extensions(block.extensions());
    }
    for (Plane plane : cache.planes()) {
      add("cache:plane");
      plane.semantics().forEach(this::enumValue);
      if (plane.boundary() != null) {
        add("plane:boundary");
      }
      extensions(plane.extensions());
    }
  }

  private void extensions(Extensions ext) {
    if (!ext.isEmpty()) {
      add("extensions");
      ext.asMap().values().forEach(this::value);
    }
  }

  private void value(@Nullable Object v) {
    if (v == null) {
      add("ext:null");
    } else if (v instanceof List<?> list) {
      add("ext:List");
      list.forEach(this::value);
    } else if (v instanceof Map<?, ?> map) {
      add("ext:Map");
      map.values().forEach(this::value);
    } else if (v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof BigInteger
        || v instanceof Double || v instanceof BigDecimal) {
      add("ext:" + v.getClass().getSimpleName());
    } else {
      throw new AssertionError("unexpected extension value type " + v.getClass());
    }
  }
}
