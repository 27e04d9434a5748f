package dev.appsim.session.view;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.Sessions;
import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.CameraMode;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.HeadPosePanel;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.Panels;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.PlaneSemantic;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneCamera;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec2;
import dev.appsim.session.model.Vec3;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Sessions built for the view tests, each written the way the simulator writes one. */
final class Fixtures {
  static final Path EXAMPLE = Tools.REPO.resolve("examples/living-room/living-room.session");
  static final Path EXAMPLE_CACHE = Tools.REPO.resolve("examples/living-room/scans/living-room.geocache");
  /** -90 degrees about X: a plane's +Z normal turned to +Y, as the simulator writes floors. */
  static final Quaternion FLOOR_ROTATION = new Quaternion(-0.7071068, 0, 0, 0.7071068);

  private Fixtures() {}

  static SessionDocument example() throws IOException {
    return Sessions.read(EXAMPLE);
  }

  static GeometryCache exampleCache() throws IOException {
    return SessionCodec.defaults().readGeometryCache(EXAMPLE_CACHE);
  }

  /**
   * A 6 m by 5 m room: floor plane centred at (0, 0, -1.5), cache bounds x -3..3, z -4..1, a sofa
   * model at (1.5, 0, -3), an anchor at (-2, 0, 0), a point light, and the head at the origin.
   */
  static SessionDocument room() {
    Plane floor = new Plane("floor", new Pose(new Vec3(0, 0, -1.5), FLOOR_ROTATION), 6, 5,
        List.of(PlaneSemantic.FLOOR), null, Extensions.EMPTY);
    GeometryCache cache = new GeometryCache(null, new Bounds(new Vec3(-3, 0, -4), new Vec3(3, 2.7, 1)), List.of(),
        List.of(floor));
    return SessionDocument.builder()
        .metadata(Metadata.named("Test room"))
        .scene(SceneGraph.of(
            GroupNode.root("room"),
            ModelNode.of("sofa", "room", "models/sofa.glb", Transform.translation(1.5, 0, -3)),
            AnchorNode.of("anchor", "room", "2f1c9b1e", Transform.translation(-2, 0, 0)),
            LightNode.of("bulb", "room", new Light(LightType.POINT, Light.of(LightType.POINT, 1).color(), 100, 2.0,
                null, null, false, Extensions.EMPTY), Transform.translation(2, 2.5, 0))))
        .gizmos(new GizmoState(null, new Panels(new HeadPosePanel(new Pose(new Vec3(0, 1.6, 0), Quaternion.IDENTITY),
            null), null, null, null, Map.of(), Extensions.EMPTY)))
        .geometryCache(cache)
        .build();
  }

  /** A room with a scene camera. */
  static GizmoState cameraAt(Vec3 position, Quaternion rotation) {
    return new GizmoState(new RoomGizmos(List.of(), null, null, null,
        new SceneCamera(CameraMode.FREE_FLY, new Pose(position, rotation)), List.of(), Extensions.EMPTY), null);
  }

  /** A square block of {@code n} by {@code n} vertices on the floor, two triangles per cell. */
  static MeshBlock grid(String id, int n, boolean withNormals, boolean withConfidence) {
    FloatArray.Builder v = FloatArray.builder(3 * n * n);
    FloatArray.Builder normals = FloatArray.builder(3 * n * n);
    FloatArray.Builder confidence = FloatArray.builder(n * n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        v.add(i / (float) n).add(0).add(-j / (float) n);
        normals.add(0).add(2).add(0);
        confidence.add((i * n + j) / (float) Math.max(1, n * n - 1));
      }
    }
    IntArray.Builder idx = IntArray.builder(6 * (n - 1) * (n - 1));
    for (int i = 0; i + 1 < n; i++) {
      for (int j = 0; j + 1 < n; j++) {
        int a = i * n + j;
        idx.add(a).add(a + n).add(a + 1).add(a + 1).add(a + n).add(a + n + 1);
      }
    }
    return new MeshBlock(id, null, null, v.build(), idx.build(), withNormals ? normals.build() : null,
        withConfidence ? confidence.build() : null, Extensions.EMPTY);
  }

  /** An L-shaped (concave) boundary of 6 points, counter-clockwise. */
  static List<Vec2> lShape() {
    return List.of(new Vec2(0, 0), new Vec2(2, 0), new Vec2(2, 1), new Vec2(1, 1), new Vec2(1, 2), new Vec2(0, 2));
  }
}
