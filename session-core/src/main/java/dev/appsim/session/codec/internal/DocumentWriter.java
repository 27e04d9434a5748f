package dev.appsim.session.codec.internal;

import dev.appsim.session.codec.SmileArrayEncoding;
import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.ControllerPanel;
import dev.appsim.session.model.EyesPanel;
import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.Generator;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.HandState;
import dev.appsim.session.model.HandsPanel;
import dev.appsim.session.model.HeadPosePanel;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.NodeMember;
import dev.appsim.session.model.NodeVisitor;
import dev.appsim.session.model.PanelLayout;
import dev.appsim.session.model.Panels;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneCamera;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Touchpad;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec3;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a document in canonical form (FORMAT 1.2): known members in the order of the format's
 * table, optional members that are absent or default left out, unknown members last.
 */
public final class DocumentWriter extends ShapeWriter {
  private final GeometryWriter geometry;
  private final KindMembers kindMembers = new KindMembers();

  public DocumentWriter(JsonGenerator out, ArrayLayout layout, boolean binaryArrays) {
    this(out, layout, binaryArrays, false);
  }

  private DocumentWriter(JsonGenerator out, ArrayLayout layout, boolean binaryArrays, boolean countOnly) {
    super(out, layout);
    this.geometry = new GeometryWriter(out, layout, binaryArrays, countOnly);
  }

  /**
   * A Smile writer with binary arrays that writes every byte but those of the binary values, for
   * a pass that counts the document's size ({@link ExactOutput#counting()}).
   */
  public static DocumentWriter countingSmile(JsonGenerator out) {
    return new DocumentWriter(out, ArrayLayout.NONE, true, true);
  }

  /** A writer for Smile with the given array encoding, or for JSON when {@code smile} is null. */
  public static DocumentWriter of(JsonGenerator out, ArrayLayout layout, @Nullable SmileArrayEncoding smile) {
    return new DocumentWriter(out, layout, smile == SmileArrayEncoding.BINARY);
  }

  /** The version to write: the document's when it is a newer minor of our major, else ours. */
  public static FormatVersion versionToWrite(FormatVersion version) {
    FormatVersion current = FormatVersion.CURRENT;
    return version.major() == current.major() && version.minor() > current.minor() ? version : current;
  }

  public void document(SessionDocument doc) {
    out.writeStartObject(doc);
    string("format", SessionDocument.FORMAT);
    string("formatVersion", versionToWrite(doc.formatVersion()).toString());
    name("metadata");
    metadata(doc.metadata());
    name("scene");
    scene(doc.scene());
    if (doc.gizmos() != null) {
      name("gizmos");
      gizmos(doc.gizmos());
    }
    if (doc.geometryCache() != null) {
      name("geometryCache");
      geometry.cacheSource(doc.geometryCache(), null);
    }
    extensions(doc.extensions());
    out.writeEndObject();
  }

  /** Writes a sidecar file's object (FORMAT 1.5). */
  public void sidecar(GeometryCache cache) {
    geometry.cacheSource(cache, FormatVersion.CURRENT);
  }

  private void metadata(Metadata m) {
    out.writeStartObject(m);
    string("name", m.name());
    if (m.createdAt() != null) {
      string("createdAt", m.createdAt().toString());
    }
    if (m.modifiedAt() != null) {
      string("modifiedAt", m.modifiedAt().toString());
    }
    if (m.generator() != null) {
      name("generator");
      generator(m.generator());
    }
    if (!m.properties().isEmpty()) {
      name("properties");
      out.writeStartObject(m.properties());
      for (Map.Entry<String, String> e : m.properties().entrySet()) {
        string(e.getKey(), e.getValue());
      }
      out.writeEndObject();
    }
    extensions(m.extensions());
    out.writeEndObject();
  }

  private void generator(Generator g) {
    out.writeStartObject(g);
    string("name", g.name());
    string("version", g.version());
    extensions(g.extensions());
    out.writeEndObject();
  }

  private void scene(SceneGraph scene) {
    out.writeStartObject(scene);
    name("nodes");
    layout.nextArrayInline(false);
    out.writeStartArray(scene.nodes(), scene.size());
    for (SceneNode node : scene.nodes()) {
      node(node);
    }
    out.writeEndArray();
    extensions(scene.extensions());
    out.writeEndObject();
  }

  private void node(SceneNode node) {
    out.writeStartObject(node);
    string(NodeMember.ID.wireName(), node.id());
    string(NodeMember.KIND.wireName(), node.kind().wireName());
    optionalString(NodeMember.PARENT.wireName(), node.parent());
    optionalString(NodeMember.NAME.wireName(), node.name());
    if (!node.visible()) {
      out.writeBooleanProperty(NodeMember.VISIBLE.wireName(), false);
    }
    if (!node.transform().isIdentity()) {
      name(NodeMember.TRANSFORM.wireName());
      transform(node.transform());
    }
    node.accept(kindMembers);
    extensions(node.extensions());
    out.writeEndObject();
  }

  /** Writes the members of each node kind's own, after the common ones (FORMAT 1.2). */
  private final class KindMembers implements NodeVisitor<Void> {
    @Override
    public @Nullable Void group(GroupNode node) {
      return null;
    }

    @Override
    public @Nullable Void model(ModelNode node) {
      string(NodeMember.ASSET.wireName(), node.asset());
      return null;
    }

    @Override
    public @Nullable Void light(LightNode node) {
      name(NodeMember.LIGHT.wireName());
      DocumentWriter.this.light(node.light());
      return null;
    }

    @Override
    public @Nullable Void anchor(AnchorNode node) {
      string(NodeMember.ANCHOR_ID.wireName(), node.anchorId());
      return null;
    }
  }

  private void transform(Transform t) {
    out.writeStartObject(t);
    if (!t.position().equals(Vec3.ZERO)) {
      vec3("position", t.position());
    }
    if (!t.rotation().equals(Quaternion.IDENTITY)) {
      quaternion("rotation", t.rotation());
    }
    if (!t.scale().equals(Vec3.ONE)) {
      vec3("scale", t.scale());
    }
    extensions(t.extensions());
    out.writeEndObject();
  }

  private void light(Light l) {
    out.writeStartObject(l);
    string("type", l.type().wireName());
    doubles("color", l.color().r(), l.color().g(), l.color().b());
    number("intensity", l.intensity());
    optionalNumber("range", l.range());
    optionalNumber("innerConeDeg", l.innerConeDeg());
    optionalNumber("outerConeDeg", l.outerConeDeg());
    out.writeBooleanProperty("castShadows", l.castShadows());
    extensions(l.extensions());
    out.writeEndObject();
  }

  private void gizmos(GizmoState g) {
    out.writeStartObject(g);
    if (g.room() != null) {
      name("room");
      room(g.room());
    }
    if (g.panels() != null) {
      name("panels");
      panels(g.panels());
    }
    extensions(g.extensions());
    out.writeEndObject();
  }

  private void room(RoomGizmos r) {
    out.writeStartObject(r);
    if (!r.selection().isEmpty()) {
      name("selection");
      layout.nextArrayInline(true);
      out.writeStartArray(r.selection(), r.selection().size());
      for (String id : r.selection()) {
        text(id);
      }
      out.writeEndArray();
    }
    optionalEnum("manipulation", r.manipulation());
    optionalEnum("pivot", r.pivot());
    optionalEnum("reference", r.reference());
    if (r.camera() != null) {
      name("camera");
      camera(r.camera());
    }
    enumList("visible", r.visible());
    extensions(r.extensions());
    out.writeEndObject();
  }

  private void camera(SceneCamera c) {
    out.writeStartObject(c);
    string("mode", c.mode().wireName());
    optionalPose(c.pose());
    extensions(c.extensions());
    out.writeEndObject();
  }

  private void panels(Panels p) {
    out.writeStartObject(p);
    if (p.headPose() != null) {
      name("headPose");
      headPose(p.headPose());
    }
    if (p.controller() != null) {
      name("controller");
      controller(p.controller());
    }
    if (p.hands() != null) {
      name("hands");
      hands(p.hands());
    }
    if (p.eyes() != null) {
      name("eyes");
      eyes(p.eyes());
    }
    if (!p.layout().isEmpty()) {
      name("layout");
      out.writeStartObject(p.layout());
      for (Map.Entry<String, PanelLayout> e : p.layout().entrySet()) {
        name(e.getKey());
        panelLayout(e.getValue());
      }
      out.writeEndObject();
    }
    extensions(p.extensions());
    out.writeEndObject();
  }

  private void headPose(HeadPosePanel h) {
    out.writeStartObject(h);
    optionalPose(h.pose());
    optionalEnum("tracking", h.tracking());
    extensions(h.extensions());
    out.writeEndObject();
  }

  private void controller(ControllerPanel c) {
    out.writeStartObject(c);
    optionalPose(c.pose());
    optionalEnum("snapToHand", c.snapToHand());
    optionalBoolean("followHeadPose", c.followHeadPose());
    if (c.touchpad() != null) {
      Touchpad t = c.touchpad();
      name("touchpad");
      out.writeStartObject(t);
      number("x", t.x());
      number("y", t.y());
      number("force", t.force());
      extensions(t.extensions());
      out.writeEndObject();
    }
    enumList("pressed", c.pressed());
    extensions(c.extensions());
    out.writeEndObject();
  }

  private void hands(HandsPanel h) {
    out.writeStartObject(h);
    if (h.left() != null) {
      name("left");
      hand(h.left());
    }
    if (h.right() != null) {
      name("right");
      hand(h.right());
    }
    extensions(h.extensions());
    out.writeEndObject();
  }

  private void hand(HandState h) {
    out.writeStartObject(h);
    optionalPose(h.pose());
    optionalEnum("gesture", h.gesture());
    optionalNumber("confidence", h.confidence());
    extensions(h.extensions());
    out.writeEndObject();
  }

  private void eyes(EyesPanel e) {
    out.writeStartObject(e);
    if (e.fixation() != null) {
      vec3("fixation", e.fixation());
    }
    optionalNumber("confidence", e.confidence());
    extensions(e.extensions());
    out.writeEndObject();
  }

  private void panelLayout(PanelLayout l) {
    out.writeStartObject(l);
    optionalBoolean("visible", l.visible());
    optionalBoolean("collapsed", l.collapsed());
    extensions(l.extensions());
    out.writeEndObject();
  }

  private void optionalPose(@Nullable Pose pose) {
    if (pose != null) {
      name("pose");
      pose(pose);
    }
  }
}
