package dev.appsim.session.view.internal;

import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.NodeVisitor;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.SceneCamera;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec3;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The session's scene graph as glTF nodes, one per session node in file order with the same
 * parent/child structure and local translation, rotation (normalised) and scale. Core glTF
 * cannot reference another glTF file, so a model node names its asset in {@code extras}, with a
 * relative {@code uri} when the path is one. Directional, point and spot lights become
 * {@code KHR_lights_punctual} lights (which shine along -Z like session lights); ambient light
 * has no glTF form and stays in {@code extras}. The scene camera becomes a perspective camera.
 */
public final class GltfScene {
  /** A relative path a glTF viewer can follow: no scheme, drive, root, backslash, {@code ~} or variable. */
  private static final Pattern RELATIVE_GLTF = Pattern.compile("(?i)(?![a-z][a-z0-9+.-]*:)[^/\\\\~$%:][^\\\\$%:]*\\.(gltf|glb)");
  private static final double NEAR = 0.05;

  private final GltfDocument doc;

  public GltfScene(GltfDocument doc) {
    this.doc = doc;
  }

  /** Adds every node of {@code scene} (indices 0..n-1, so they must come first) and its roots. */
  public void add(SceneGraph scene) {
    List<SceneNode> nodes = scene.nodes();
    for (SceneNode node : nodes) {
      Transform t = node.transform();
      Map<String, Object> n = trs(node.name() == null || node.name().isEmpty() ? node.id() : node.name(),
          t.position(), t.rotation(), new double[] {t.scale().x(), t.scale().y(), t.scale().z()});
      List<Integer> children = scene.childrenOf(node.id()).stream().map(c -> scene.indexOf(c.id())).toList();
      if (!children.isEmpty()) {
        n.put("children", children);
      }
      Map<String, Object> extras = new LinkedHashMap<>();
      extras.put("kind", node.kind().wireName());
      extras.put("id", node.id());
      if (!node.visible()) {
        extras.put("visible", false);
      }
      node.accept(new KindExtras(n, extras));
      n.put("extras", extras);
      if (doc.node(n) != scene.indexOf(node.id())) {
        throw new IllegalStateException("scene nodes must be added first");
      }
    }
    for (SceneNode root : scene.roots()) {
      doc.root(scene.indexOf(root.id()));
    }
  }

  /** Puts what each node kind has of its own into the glTF node and its extras. */
  private final class KindExtras implements NodeVisitor<Void> {
    private final Map<String, Object> gltfNode;
    private final Map<String, Object> extras;

    KindExtras(Map<String, Object> gltfNode, Map<String, Object> extras) {
      this.gltfNode = gltfNode;
      this.extras = extras;
    }

    @Override
    public @Nullable Void group(GroupNode node) {
      return null;
    }

    @Override
    public @Nullable Void model(ModelNode model) {
      extras.put("asset", model.asset());
      if (RELATIVE_GLTF.matcher(model.asset()).matches()) {
        extras.put("uri", Uris.encodePath(model.asset()));
      }
      return null;
    }

    @Override
    public @Nullable Void light(LightNode light) {
      extras.put("light", lightExtras(light.light()));
      if (light.light().type() != LightType.AMBIENT) {
        gltfNode.put("extensions", Map.of("KHR_lights_punctual", Map.of("light", doc.light(punctual(light)))));
      }
      return null;
    }

    @Override
    public @Nullable Void anchor(AnchorNode anchor) {
      extras.put("anchorId", anchor.anchorId());
      return null;
    }
  }

  /** Adds the scene camera, if the gizmos have one with a pose; returns its node or -1. */
  public int addCamera(@Nullable GizmoState gizmos, double fieldOfViewDeg) {
    SceneCamera camera = gizmos == null || gizmos.room() == null ? null : gizmos.room().camera();
    if (camera == null || camera.pose() == null) {
      return -1;
    }
    Pose pose = camera.pose();
    Map<String, Object> perspective = new LinkedHashMap<>();
    perspective.put("yfov", Math.toRadians(fieldOfViewDeg));
    perspective.put("znear", NEAR);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", "Scene camera");
    c.put("type", "perspective");
    c.put("perspective", perspective);
    Map<String, Object> node = trs("Scene camera", pose.position(), pose.rotation(), null);
    node.put("camera", doc.camera(c));
    node.put("extras", Map.of("kind", "sceneCamera", "mode", camera.mode().wireName()));
    return doc.node(node);
  }

  private static Map<String, Object> punctual(LightNode node) {
    Light light = node.light();
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("name", node.id());
    l.put("type", light.type().wireName());
    // KHR_lights_punctual wants colour components in [0, 1]: move any excess into the intensity.
    double peak = Math.max(light.color().r(), Math.max(light.color().g(), light.color().b()));
    double k = peak > 1 ? peak : 1;
    l.put("color", List.of(light.color().r() / k, light.color().g() / k, light.color().b() / k));
    l.put("intensity", Math.min(Double.MAX_VALUE, light.intensity() * k));
    if (light.range() != null && light.type() != LightType.DIRECTIONAL) {
      l.put("range", light.range());
    }
    if (light.type() == LightType.SPOT && light.outerConeDeg() != null) {
      double outer = Math.min(Math.toRadians(light.outerConeDeg()), Math.PI / 2);
      outer = outer > 0 ? outer : Double.MIN_NORMAL;
      double inner = light.innerConeDeg() == null ? 0 : Math.toRadians(light.innerConeDeg());
      Map<String, Object> spot = new LinkedHashMap<>();
      // The extension needs inner < outer strictly; sessions allow equal angles (a hard edge).
      spot.put("innerConeAngle", Math.max(0, Math.min(inner, Math.nextDown(outer))));
      spot.put("outerConeAngle", outer);
      l.put("spot", spot);
    }
    return l;
  }

  private static Map<String, Object> lightExtras(Light light) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", light.type().wireName());
    m.put("color", List.of(light.color().r(), light.color().g(), light.color().b()));
    m.put("intensity", light.intensity());
    if (light.castShadows()) {
      m.put("castShadows", true);
    }
    return m;
  }

  /**
   * A node named {@code name} with the given translation, rotation (normalised: glTF requires unit
   * quaternions, sessions allow a norm off by 1e-3) and scale; defaults are omitted.
   */
  static Map<String, Object> trs(String name, Vec3 position, Quaternion rotation, double @Nullable [] scale) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("name", name);
    if (!position.equals(Vec3.ZERO)) {
      node.put("translation", GltfGeometry.vec(position));
    }
    double[] q = Affine.normalised(rotation);
    if (!(q[0] == 0 && q[1] == 0 && q[2] == 0 && q[3] == 1)) {
      node.put("rotation", List.of(q[0], q[1], q[2], q[3]));
    }
    if (scale != null && !(scale[0] == 1 && scale[1] == 1 && scale[2] == 1)) {
      node.put("scale", List.of(scale[0], scale[1], scale[2]));
    }
    return node;
  }
}
