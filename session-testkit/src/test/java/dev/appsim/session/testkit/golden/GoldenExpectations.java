package dev.appsim.session.testkit.golden;

import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.CameraMode;
import dev.appsim.session.model.ControllerButton;
import dev.appsim.session.model.ControllerPanel;
import dev.appsim.session.model.EyesPanel;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.Generator;
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
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SnapToHand;
import dev.appsim.session.model.TrackingState;
import dev.appsim.session.model.Touchpad;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec2;
import dev.appsim.session.model.Vec3;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents the golden files of format 1.0 must read as, built in code from FORMAT.md's
 * example (section 1) so that they do not depend on the codec that wrote the files.
 */
final class GoldenExpectations {
  private static final double H = 0.7071068;

  private GoldenExpectations() {}

  /** FORMAT.md's example without its geometry cache, plus unknown members at the root and in a node. */
  static SessionDocument small() {
    Map<String, Object> nodeExtra = new LinkedHashMap<>();
    nodeExtra.put("static", true);
    nodeExtra.put("massKg", 48.5);
    Map<String, Object> rootExtra = new LinkedHashMap<>();
    rootExtra.put("sessionSchema", 7L);
    rootExtra.put("dockedPanels", List.of("headPose", "controller"));
    rootExtra.put("seed", new BigInteger("18446744073709551617"));
    rootExtra.put("exact", new BigDecimal("0.1000000000000000000000001"));
    rootExtra.put("note", null);
    return SessionDocument.builder()
        .metadata(new Metadata("Living room, evening light", Instant.parse("2026-11-20T09:15:00Z"),
            Instant.parse("2026-11-21T16:02:41.125Z"), new Generator("Application Simulator", "1.6.0"),
            Map.of("team", "interaction"), Extensions.EMPTY))
        .scene(SceneGraph.of(
            new GroupNode("room", null, "Room", true, Transform.IDENTITY, Extensions.EMPTY),
            new ModelNode("sofa", "room", "Sofa", true,
                new Transform(new Vec3(0, 0, -2), new Quaternion(0, H, 0, H), Vec3.ONE),
                "C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice\\data\\models\\sofa.gltf",
                Extensions.EMPTY.with("x-simulator", nodeExtra)),
            new LightNode("lamp", "room", "Reading lamp", true, Transform.translation(1.2, 1.6, -1.5),
                new Light(LightType.SPOT, new Rgb(1.0, 0.95, 0.8), 600, 8.0, 20.0, 35.0, true, Extensions.EMPTY),
                Extensions.EMPTY),
            AnchorNode.of("desk-anchor", "room", "2f1c9b1e-7a5d-4c1e-9a53-0d4c7e1f6b20", Transform.IDENTITY)))
        .gizmos(gizmos())
        .extensions(Extensions.of(Map.of("x-simulator", rootExtra)))
        .build();
  }

  private static GizmoState gizmos() {
    Quaternion none = Quaternion.IDENTITY;
    RoomGizmos room = new RoomGizmos(List.of("sofa"), ManipulationMode.MOVE, Pivot.BASE, ReferenceFrame.WORLD,
        new SceneCamera(CameraMode.FREE_FLY, new Pose(new Vec3(0, 2.5, 3), new Quaternion(-0.2588, 0, 0, 0.9659))),
        List.of(GizmoKind.CACHE_GRID, GizmoKind.COMPASS, GizmoKind.HANDS), Extensions.EMPTY);
    Map<String, PanelLayout> layout = new LinkedHashMap<>();
    layout.put("headPose", new PanelLayout(true, false));
    layout.put("controller", new PanelLayout(true, true));
    Panels panels = new Panels(
        new HeadPosePanel(new Pose(new Vec3(0, 1.6, 0), none), TrackingState.OK),
        new ControllerPanel(new Pose(new Vec3(0.2, 1.2, -0.3), none), SnapToHand.RIGHT, false,
            new Touchpad(0, 0, 0), List.of(ControllerButton.TRIGGER), Extensions.EMPTY),
        new HandsPanel(
            new HandState(new Pose(new Vec3(-0.25, 1.1, -0.4), none), Gesture.OPEN_HAND, 0.8),
            new HandState(new Pose(new Vec3(0.25, 1.1, -0.4), none), Gesture.PINCH, 0.95)),
        new EyesPanel(new Vec3(0, 1.4, -2), 1.0),
        layout, Extensions.EMPTY);
    return new GizmoState(room, panels);
  }

  /** {@link #small()} with FORMAT.md's example geometry cache. */
  static SessionDocument withGeometry() {
    MeshBlock block = new MeshBlock("blk-0001", LevelOfDetail.MEDIUM,
        new Bounds(new Vec3(-1, 0, -1), new Vec3(0, 1, 0)),
        FloatArray.of(0, 0, 0, 1, 0, 0, 0, 0, 1), IntArray.of(0, 1, 2),
        FloatArray.of(0, 1, 0, 0, 1, 0, 0, 1, 0), FloatArray.of(0.9f, 0.85f, 0.7f), Extensions.EMPTY);
    Plane floor = new Plane("pln-floor", new Pose(new Vec3(0, 0, -1.5), new Quaternion(-H, 0, 0, H)), 6, 5,
        List.of(PlaneSemantic.FLOOR),
        List.of(new Vec2(-3, -2.5), new Vec2(3, -2.5), new Vec2(3, 2.5), new Vec2(-3, 2.5)), Extensions.EMPTY);
    return small().withGeometryCache(new GeometryCache(Instant.parse("2026-11-20T09:10:00Z"),
        new Bounds(new Vec3(-3, 0, -4), new Vec3(3, 2.7, 1)), List.of(block), List.of(floor)));
  }

  /** A tiny document with nanosecond instants and every node flag off, for the small Smile file. */
  static SessionDocument smallSmile() {
    return small().withMetadata(small().metadata().withModifiedAt(Instant.parse("2026-11-21T16:02:41.123456789Z")))
        .withScene(small().scene().withNode(new GroupNode("hidden", "room", null, false,
            new Transform(new Vec3(-0.0, 1e-300, Double.MAX_VALUE), new Quaternion(0, 0, 0, -1), new Vec3(-1, 2, 0.5)),
            Extensions.EMPTY)));
  }

}
