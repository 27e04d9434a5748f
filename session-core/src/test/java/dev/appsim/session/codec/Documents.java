package dev.appsim.session.codec;

import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.CameraMode;
import dev.appsim.session.model.ControllerButton;
import dev.appsim.session.model.ControllerPanel;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.EyesPanel;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.Generator;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GeometryCacheSource;
import dev.appsim.session.model.Gesture;
import dev.appsim.session.model.GizmoKind;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.HandState;
import dev.appsim.session.model.HandsPanel;
import dev.appsim.session.model.HeadPosePanel;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.LevelOfDetail;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.ManipulationMode;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.PanelLayout;
import dev.appsim.session.model.Panels;
import dev.appsim.session.model.Pivot;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.PlaneSemantic;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.ReferenceFrame;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneCamera;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SnapToHand;
import dev.appsim.session.model.Touchpad;
import dev.appsim.session.model.TrackingState;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec2;
import dev.appsim.session.model.Vec3;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Small generators of valid session documents for this module's properties; the published
 * testkit will supersede them. Random choices come from one seeded {@link Random} so that jqwik
 * shrinks on the seed and the size.
 */
final class Documents {
  private static final String[] EMOJI = {"😀", "🛋️", "𝄞"};

  private final Random random;
  private final int maxVertices;

  Documents(Random random, int maxVertices) {
    this.random = random;
    this.maxVertices = maxVertices;
  }

  /** Valid documents with small meshes, every optional part sometimes present. */
  static Arbitrary<SessionDocument> documents() {
    return Arbitraries.longs().map(seed -> new Documents(new Random(seed), 40).document());
  }

  /** Valid documents whose mesh blocks hold up to {@code maxVertices} vertices each. */
  static Arbitrary<SessionDocument> documents(int maxVertices) {
    return Arbitraries.longs().map(seed -> new Documents(new Random(seed), maxVertices).document());
  }

  SessionDocument document() {
    List<SceneNode> nodes = nodes();
    FormatVersion version = chance(0.8) ? FormatVersion.CURRENT : new FormatVersion(1, random.nextInt(20));
    GeometryCacheSource cache = chance(0.2) ? null
        : chance(0.2) ? new ExternalGeometryCache(text(1), extensions()) : cache();
    return new SessionDocument(version, metadata(), new SceneGraph(nodes, extensions()),
        chance(0.3) ? null : gizmos(nodes), cache, extensions());
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A string of printable, control, accented and astral characters, never a lone surrogate. */
  String text(int minLength) {
    int length = minLength + random.nextInt(8);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        sb.append((char) (' ' + random.nextInt(95)));
      } else if (kind < 6) {
        sb.append((char) random.nextInt(0x20));
      } else if (kind < 8) {
        sb.append((char) (0xA0 + random.nextInt(0x2000)));
      } else if (kind < 9) {
        sb.append(EMOJI[random.nextInt(EMOJI.length)]);
      } else {
        sb.append("/~\\\"");
      }
    }
    return sb.toString();
  }

  double number() {
    switch (random.nextInt(6)) {
      case 0: return 0.0;
      case 1: return -0.0;
      case 2: return random.nextInt(2000) - 1000;
      case 3: {
        double d = Double.longBitsToDouble(random.nextLong());
        return Double.isFinite(d) ? d : 1.5;
      }
      default: return (random.nextDouble() - 0.5) * 100;
    }
  }

  double nonNegative() {
    return Math.abs(number()) + (chance(0.1) ? Double.MIN_VALUE : 0);
  }

  double unit() {
    return chance(0.2) ? random.nextInt(2) : random.nextDouble();
  }

  float floatValue() {
    if (chance(0.3)) {
      float f = Float.intBitsToFloat(random.nextInt());
      return Float.isFinite(f) ? f : 0.25f;
    }
    return (float) ((random.nextDouble() - 0.5) * 20);
  }

  Vec3 vec3() {
    return new Vec3(number(), number(), number());
  }

  Quaternion rotation() {
    if (chance(0.3)) {
      return Quaternion.IDENTITY;
    }
    double x = random.nextGaussian();
    double y = random.nextGaussian();
    double z = random.nextGaussian();
    double w = random.nextGaussian();
    double n = Math.sqrt(x * x + y * y + z * z + w * w);
    return n < 1e-6 ? Quaternion.IDENTITY : new Quaternion(x / n, y / n, z / n, w / n);
  }

  Pose pose() {
    return new Pose(vec3(), rotation(), extensions());
  }

  Transform transform() {
    if (chance(0.3)) {
      return Transform.IDENTITY;
    }
    Vec3 scale = chance(0.5) ? Vec3.ONE : new Vec3(nonZero(), nonZero(), nonZero());
    return new Transform(chance(0.3) ? Vec3.ZERO : vec3(), rotation(), scale, extensions());
  }

  private double nonZero() {
    double d = number();
    return d == 0 ? 2.0 : d;
  }

  Bounds bounds() {
    Vec3 a = vec3();
    Vec3 b = vec3();
    return new Bounds(new Vec3(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.min(a.z(), b.z())),
        new Vec3(Math.max(a.x(), b.x()), Math.max(a.y(), b.y()), Math.max(a.z(), b.z())), extensions());
  }

  Extensions extensions() {
    if (chance(0.6)) {
      return Extensions.EMPTY;
    }
    Map<String, Object> members = new LinkedHashMap<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      members.put("x-" + text(0), plain(2));
    }
    return Extensions.of(members);
  }

  /** A plain value that reads back as the same Java type from JSON and Smile. */
  Object plain(int depth) {
    int kind = random.nextInt(depth > 0 ? 10 : 8);
    switch (kind) {
      case 0: return null;
      case 1: return random.nextBoolean();
      case 2: return random.nextLong();
      case 3: return BigInteger.valueOf(random.nextLong() | 1).multiply(BigInteger.TEN.pow(20));
      case 4: return number();
      // a trailing zero after the point: text that no double prints, so JSON keeps it a BigDecimal
      case 5: return new BigDecimal(BigInteger.valueOf(random.nextInt(100000) * 100L + 10), 2 + random.nextInt(5));
      case 6: return new BigDecimal("1E+" + (400 + random.nextInt(1000)));
      case 7: return text(0);
      case 8: {
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          list.add(plain(depth - 1));
        }
        return list;
      }
      default: {
        Map<String, Object> map = new LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          map.put(text(0), plain(depth - 1));
        }
        return map;
      }
    }
  }

  Metadata metadata() {
    Map<String, String> properties = new LinkedHashMap<>();
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      properties.put(text(0), text(0));
    }
    return new Metadata(text(0), chance(0.5) ? instant() : null, chance(0.5) ? instant() : null,
        chance(0.5) ? new Generator(text(1), text(1), extensions()) : null, properties, extensions());
  }

  Instant instant() {
    return Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), chance(0.5) ? 0 : random.nextInt(1_000_000_000));
  }

  List<SceneNode> nodes() {
    int n = random.nextInt(7);
    List<SceneNode> nodes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "n" + i + (chance(0.3) ? text(0) : "");
      String parent = i > 0 && chance(0.7) ? nodes.get(random.nextInt(i)).id() : null;
      String name = chance(0.5) ? text(0) : null;
      boolean visible = chance(0.8);
      Transform t = transform();
      Extensions ext = extensions();
      switch (random.nextInt(4)) {
        case 0 -> nodes.add(new GroupNode(id, parent, name, visible, t, ext));
        case 1 -> nodes.add(new ModelNode(id, parent, name, visible, t, text(1), ext));
        case 2 -> nodes.add(new LightNode(id, parent, name, visible, t, light(), ext));
        default -> nodes.add(new AnchorNode(id, parent, name, visible, t, text(1), ext));
      }
    }
    return nodes;
  }

  Light light() {
    LightType type = LightType.values()[random.nextInt(4)];
    Double inner = null;
    Double outer = null;
    if (chance(0.5)) {
      double a = 0.5 + random.nextInt(89);
      double b = 0.5 + random.nextInt(89);
      inner = Math.min(a, b);
      outer = Math.max(a, b);
    }
    return new Light(type, new Rgb(nonNegative(), nonNegative(), nonNegative()), nonNegative(),
        chance(0.5) ? 0.1 + random.nextInt(100) : null, inner, outer, random.nextBoolean(), extensions());
  }

  GizmoState gizmos(List<SceneNode> nodes) {
    RoomGizmos room = null;
    if (chance(0.7)) {
      List<String> selection = new ArrayList<>();
      for (SceneNode node : nodes) {
        if (chance(0.3)) {
          selection.add(node.id());
        }
      }
      room = new RoomGizmos(selection, pick(ManipulationMode.values()), pick(Pivot.values()),
          pick(ReferenceFrame.values()),
          chance(0.5) ? new SceneCamera(CameraMode.values()[random.nextInt(2)], chance(0.5) ? pose() : null, extensions()) : null,
          subset(GizmoKind.values()), extensions());
    }
    return new GizmoState(room, chance(0.3) ? null : panels(), extensions());
  }

  Panels panels() {
    Map<String, PanelLayout> layout = new LinkedHashMap<>();
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      layout.put(text(0), new PanelLayout(maybeBoolean(), maybeBoolean(), extensions()));
    }
    return new Panels(
        chance(0.5) ? new HeadPosePanel(maybePose(), pick(TrackingState.values()), extensions()) : null,
        chance(0.5) ? new ControllerPanel(maybePose(), pick(SnapToHand.values()), maybeBoolean(),
            chance(0.5) ? new Touchpad(random.nextDouble() * 2 - 1, random.nextDouble() * 2 - 1, unit(), extensions()) : null,
            subset(ControllerButton.values()), extensions()) : null,
        chance(0.5) ? new HandsPanel(maybeHand(), maybeHand(), extensions()) : null,
        chance(0.5) ? new EyesPanel(chance(0.5) ? vec3() : null, chance(0.5) ? unit() : null, extensions()) : null,
        layout, extensions());
  }

  private HandState maybeHand() {
    return chance(0.3) ? null : new HandState(maybePose(), pick(Gesture.values()), chance(0.5) ? unit() : null, extensions());
  }

  private Pose maybePose() {
    return chance(0.4) ? null : pose();
  }

  private Boolean maybeBoolean() {
    return chance(0.3) ? null : random.nextBoolean();
  }

  private <E> E pick(E[] values) {
    return chance(0.3) ? null : values[random.nextInt(values.length)];
  }

  private <E> List<E> subset(E[] values) {
    List<E> out = new ArrayList<>();
    for (E value : values) {
      if (chance(0.4)) {
        out.add(value);
      }
    }
    if (out.size() > 1 && chance(0.5)) {
      java.util.Collections.reverse(out);
    }
    return out;
  }

  GeometryCache cache() {
    List<MeshBlock> blocks = new ArrayList<>();
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      blocks.add(meshBlock("blk-" + i));
    }
    List<Plane> planes = new ArrayList<>();
    int p = random.nextInt(3);
    for (int i = 0; i < p; i++) {
      List<Vec2> boundary = null;
      if (chance(0.6)) {
        boundary = new ArrayList<>();
        int k = random.nextInt(5);
        for (int j = 0; j < k; j++) {
          boundary.add(new Vec2(number(), number()));
        }
      }
      planes.add(new Plane("pln-" + i + text(0), pose(), 0.01 + random.nextDouble() * 10,
          0.01 + random.nextDouble() * 10, subset(PlaneSemantic.values()), boundary, extensions()));
    }
    return new GeometryCache(chance(0.5) ? instant() : null, chance(0.5) ? bounds() : null,
        blocks, planes, extensions());
  }

  MeshBlock meshBlock(String id) {
    int vertexCount = random.nextInt(maxVertices + 1);
    float[] vertices = new float[vertexCount * 3];
    for (int i = 0; i < vertices.length; i++) {
      vertices[i] = floatValue();
    }
    int triangles = vertexCount == 0 ? 0 : random.nextInt(vertexCount * 2 + 1);
    int[] indices = new int[triangles * 3];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = random.nextInt(vertexCount);
    }
    FloatArray normals = null;
    if (chance(0.5)) {
      float[] values = new float[vertices.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = floatValue();
      }
      normals = FloatArray.of(values);
    }
    FloatArray confidence = null;
    if (chance(0.5)) {
      float[] values = new float[vertexCount];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextFloat();
      }
      confidence = FloatArray.of(values);
    }
    return new MeshBlock(id, pick(LevelOfDetail.values()), chance(0.5) ? bounds() : null,
        FloatArray.of(vertices), IntArray.of(indices), normals, confidence, extensions());
  }
}
