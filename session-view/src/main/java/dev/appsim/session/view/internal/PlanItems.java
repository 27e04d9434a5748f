package dev.appsim.session.view.internal;

import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.ControllerPanel;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.HandState;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.NodeVisitor;
import dev.appsim.session.model.Panels;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Vec3;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a floor plan shows, projected to plan metres (u right, v down): cache bounds, planes in
 * painting order, block footprints, nodes and the simulator's gizmos, and the extent that holds
 * them all. Anything whose world position overflows the double range is counted, not drawn.
 */
public final class PlanItems {
  /** What a marker stands for. */
  public enum Kind { GROUP, MODEL, LIGHT, ANCHOR, CAMERA, HEAD, CONTROLLER, LEFT_HAND, RIGHT_HAND, EYES }

  /**
   * A marker at (u, v); {@code du, dv} is where it looks in the plan (unit length, or 0, 0 when it
   * looks straight along the view axis or has no direction).
   */
  public record Marker(Kind kind, double u, double v, double du, double dv, String label, boolean hidden,
      @Nullable Light light, double @Nullable [] position, double @Nullable [] forward) {}

  /** A plane's outline in plan metres, with its colour and whether only its outline is drawn. */
  public record PlaneShape(double[] uv, Palette palette, boolean outlineOnly) {}

  private final Projection projection;
  private final Extent extent = new Extent();
  private double @Nullable [] cacheBounds;
  private final List<PlaneShape> planes = new ArrayList<>();
  private final List<double[]> footprints = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private int notDrawn;

  public PlanItems(SessionDocument doc, @Nullable GeometryCache cache, Projection projection) {
    this.projection = projection;
    if (cache != null) {
      addCache(cache);
    }
    addNodes(doc);
    if (doc.gizmos() != null) {
      addGizmos(doc.gizmos());
    }
  }

  private void addCache(GeometryCache cache) {
    Bounds b = cache.bounds();
    if (b != null) {
      double[] lo = projection.project(new double[] {b.min().x(), b.min().y(), b.min().z()});
      double[] hi = projection.project(new double[] {b.max().x(), b.max().y(), b.max().z()});
      cacheBounds = new double[] {Math.min(lo[0], hi[0]), Math.min(lo[1], hi[1]), Math.max(lo[0], hi[0]),
          Math.max(lo[1], hi[1])};
      extent.add(cacheBounds[0], cacheBounds[1]);
      extent.add(cacheBounds[2], cacheBounds[3]);
    }
    List<Plane> sorted = new ArrayList<>(cache.planes());
    // Painter's order: farthest from the viewer first; the sort is stable, so ties keep file order.
    sorted.sort(Comparator.comparingDouble(p -> projection.depth(p.pose().position().x(), p.pose().position().y(),
        p.pose().position().z())));
    for (Plane plane : sorted) {
      addPlane(plane);
    }
    for (MeshBlock block : cache.meshBlocks()) {
      double[] hull = Footprint.of(block.vertices(), projection);
      if (hull.length > 0) {
        footprints.add(hull);
        for (int i = 0; i < hull.length; i += 2) {
          extent.add(hull[i], hull[i + 1]);
        }
      }
    }
  }

  private void addPlane(Plane plane) {
    double[] local = PlaneOutline.local(plane);
    Affine pose = Affine.of(plane.pose());
    double[] uv = new double[local.length];
    for (int i = 0; i < local.length; i += 2) {
      double[] world = pose.apply(local[i], local[i + 1], 0);
      if (!Vectors.isFinite(world)) {
        notDrawn++;
        return;
      }
      double[] p = projection.project(world);
      uv[i] = p[0];
      uv[i + 1] = p[1];
    }
    for (int i = 0; i < uv.length; i += 2) {
      extent.add(uv[i], uv[i + 1]);
    }
    Palette palette = Palette.of(plane);
    // Seen from above, a ceiling would hide the room it covers: outline it instead.
    planes.add(new PlaneShape(uv, palette, palette == Palette.CEILING && projection == Projection.TOP));
  }

  /** The marker each node kind gets on the plan. */
  private static final NodeVisitor<Kind> MARKER_KIND = new NodeVisitor<>() {
    @Override
    public Kind group(GroupNode node) {
      return Kind.GROUP;
    }

    @Override
    public Kind model(ModelNode node) {
      return Kind.MODEL;
    }

    @Override
    public Kind light(LightNode node) {
      return Kind.LIGHT;
    }

    @Override
    public Kind anchor(AnchorNode node) {
      return Kind.ANCHOR;
    }
  };

  private void addNodes(SessionDocument doc) {
    WorldTransforms world = new WorldTransforms(doc.scene());
    for (SceneNode node : doc.scene().nodes()) {
      Affine toWorld = world.of(node);
      Kind kind = node.accept(MARKER_KIND);
      Light light = node instanceof LightNode l ? l.light() : null;
      String label = node.name() == null || node.name().isEmpty() ? node.id() : node.name();
      addMarker(kind, toWorld.origin(), toWorld.forward(), label, !world.shown(node), light);
    }
  }

  private void addGizmos(GizmoState gizmos) {
    RoomGizmos room = gizmos.room();
    if (room != null && room.camera() != null && room.camera().pose() != null) {
      addPose(Kind.CAMERA, room.camera().pose(), "camera (" + room.camera().mode().wireName() + ")");
    }
    Panels panels = gizmos.panels();
    if (panels == null) {
      return;
    }
    if (panels.headPose() != null && panels.headPose().pose() != null) {
      addPose(Kind.HEAD, panels.headPose().pose(), "head");
    }
    ControllerPanel controller = panels.controller();
    if (controller != null && controller.pose() != null) {
      addPose(Kind.CONTROLLER, controller.pose(), "controller");
    }
    if (panels.hands() != null) {
      addHand(Kind.LEFT_HAND, panels.hands().left(), "left hand");
      addHand(Kind.RIGHT_HAND, panels.hands().right(), "right hand");
    }
    if (panels.eyes() != null && panels.eyes().fixation() != null) {
      Vec3 f = panels.eyes().fixation();
      addMarker(Kind.EYES, new double[] {f.x(), f.y(), f.z()}, null, "eye fixation", false, null);
    }
  }

  private void addHand(Kind kind, @Nullable HandState hand, String label) {
    if (hand != null && hand.pose() != null) {
      addPose(kind, hand.pose(), hand.gesture() == null ? label : label + " (" + hand.gesture().wireName() + ")");
    }
  }

  private void addPose(Kind kind, Pose pose, String label) {
    Affine toWorld = Affine.of(pose);
    addMarker(kind, toWorld.origin(), toWorld.forward(), label, false, null);
  }

  private void addMarker(Kind kind, double[] position, double @Nullable [] forward, String label, boolean hidden,
      @Nullable Light light) {
    if (!Vectors.isFinite(position)) {
      notDrawn++;
      return;
    }
    double[] p = projection.project(position);
    double du = 0;
    double dv = 0;
    if (forward != null) {
      double[] d = projection.project(forward);
      double length = Math.hypot(d[0], d[1]);
      // Looking (almost) straight into or out of the picture: no direction to draw.
      if (length > 0.05) {
        du = d[0] / length;
        dv = d[1] / length;
      }
    }
    extent.add(p[0], p[1]);
    markers.add(new Marker(kind, p[0], p[1], du, dv, label, hidden, light, position, forward));
  }

  public Projection projection() {
    return projection;
  }

  public Extent extent() {
    return extent;
  }

  /** min u, min v, max u, max v of the cache bounds, or null. */
  public double @Nullable [] cacheBounds() {
    return cacheBounds;
  }

  public List<PlaneShape> planes() {
    return planes;
  }

  public List<double[]> footprints() {
    return footprints;
  }

  public List<Marker> markers() {
    return markers;
  }

  /** Items left out because their world position overflows. */
  public int notDrawn() {
    return notDrawn;
  }

  /** The smallest box holding every point added, in plan metres; empty until a point is added. */
  public static final class Extent {
    private double minU = Double.POSITIVE_INFINITY;
    private double minV = Double.POSITIVE_INFINITY;
    private double maxU = Double.NEGATIVE_INFINITY;
    private double maxV = Double.NEGATIVE_INFINITY;

    public void add(double u, double v) {
      if (Double.isFinite(u) && Double.isFinite(v)) {
        minU = Math.min(minU, u);
        minV = Math.min(minV, v);
        maxU = Math.max(maxU, u);
        maxV = Math.max(maxV, v);
      }
    }

    public boolean isEmpty() {
      return minU > maxU;
    }

    public double minU() {
      return minU;
    }

    public double minV() {
      return minV;
    }

    public double maxU() {
      return maxU;
    }

    public double maxV() {
      return maxV;
    }
  }
}
