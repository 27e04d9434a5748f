package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every part of the gizmo and panel state has a wither for each of its components, which
 * changes that component and nothing else.
 */
class GizmoWithersTest {
  private static final Pose POSE = new Pose(new Vec3(0.2, 1.2, -0.3), Quaternion.ofEulerDegrees(0, 45, 0));
  private static final Extensions EXT = Extensions.of(Map.of("x-note", "kept"));

  // One value per component type, each different from what the starting records hold.
  private static final Map<Type, Object> VALUES = Map.ofEntries(
      Map.entry(RoomGizmos.class, RoomGizmos.NONE.withManipulation(ManipulationMode.ROTATE)),
      Map.entry(Panels.class, Panels.NONE.withLayout("headPose", new PanelLayout(true, false))),
      Map.entry(ManipulationMode.class, ManipulationMode.SCALE),
      Map.entry(Pivot.class, Pivot.CENTER),
      Map.entry(ReferenceFrame.class, ReferenceFrame.LOCAL),
      Map.entry(SceneCamera.class, new SceneCamera(CameraMode.BIRDS_EYE, POSE)),
      Map.entry(CameraMode.class, CameraMode.FREE_FLY),
      Map.entry(Pose.class, POSE),
      Map.entry(Vec3.class, new Vec3(1, 2, 3)),
      Map.entry(Quaternion.class, Quaternion.ofAxisAngle(new Vec3(1, 0, 0), 30)),
      Map.entry(TrackingState.class, TrackingState.LIMITED),
      Map.entry(SnapToHand.class, SnapToHand.LEFT),
      Map.entry(Boolean.class, Boolean.TRUE),
      Map.entry(Touchpad.class, new Touchpad(0.5, -0.5, 0.25)),
      Map.entry(HandState.class, new HandState(POSE, Gesture.PINCH, 0.9)),
      Map.entry(Gesture.class, Gesture.FIST),
      Map.entry(Double.class, 0.75),
      Map.entry(double.class, 0.5),
      Map.entry(HeadPosePanel.class, new HeadPosePanel(POSE, TrackingState.OK)),
      Map.entry(ControllerPanel.class, ControllerPanel.IDLE.withSnapToHand(SnapToHand.RIGHT)),
      Map.entry(HandsPanel.class, new HandsPanel(null, new HandState(null, Gesture.POINT, null))),
      Map.entry(EyesPanel.class, new EyesPanel(new Vec3(0, 1.4, -2), 1.0)),
      Map.entry(Extensions.class, EXT));

  private static final List<Record> STARTS = List.of(
      GizmoState.NONE,
      RoomGizmos.NONE,
      Panels.NONE,
      new SceneCamera(CameraMode.BIRDS_EYE, null),
      new HeadPosePanel(null, null),
      ControllerPanel.IDLE,
      new HandsPanel(null, null),
      new HandState(null, null, null),
      new EyesPanel(null, null),
      new PanelLayout(null, null),
      Touchpad.RELEASED,
      Pose.ORIGIN);

  @Test
  void everyComponentHasAWitherThatChangesOnlyIt() throws Exception {
    List<String> checked = new ArrayList<>();
    for (Record start : STARTS) {
      RecordComponent[] components = start.getClass().getRecordComponents();
      for (RecordComponent c : components) {
        if (c.getType() == List.class || c.getType() == Map.class) {
          continue; // selection, visible, pressed, layout: checked with lists below
        }
        String name = "with" + Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
        Method wither = start.getClass().getMethod(name, c.getType());
        Object value = VALUES.get(c.getType());
        assertNotEquals(null, value, "no sample value for " + c.getType());
        Record edited = (Record) wither.invoke(start, value);
        for (RecordComponent other : components) {
          Object expected = other.equals(c) ? value : other.getAccessor().invoke(start);
          assertEquals(expected, other.getAccessor().invoke(edited), start.getClass().getSimpleName() + "." + name
              + " and " + other.getName());
        }
        checked.add(start.getClass().getSimpleName() + "." + name);
      }
    }
    assertEquals(44, checked.size(), checked.toString());
  }

  @Test
  void listAndMapWithersReplaceTheirComponent() {
    RoomGizmos room = RoomGizmos.NONE.withSelection(List.of("sofa")).withVisible(List.of(GizmoKind.COMPASS));
    assertEquals(List.of("sofa"), room.selection());
    assertEquals(List.of(GizmoKind.COMPASS), room.visible());
    ControllerPanel pressed = ControllerPanel.IDLE.withPressed(List.of(ControllerButton.TRIGGER));
    assertEquals(List.of(ControllerButton.TRIGGER), pressed.pressed());
    Panels laidOut = Panels.NONE.withLayout("controller", new PanelLayout(true, true))
        .withLayout("headPose", new PanelLayout(true, false))
        .withLayout("controller", new PanelLayout(false, true));
    assertEquals(List.of("controller", "headPose"), List.copyOf(laidOut.layout().keySet()));
    assertEquals(new PanelLayout(false, true), laidOut.layout().get("controller"));
  }

  @Test
  void withersValidateLikeTheConstructors() {
    assertEquals(List.of("/visible/1: overlay \"compass\" is listed twice"),
        Violations.of(() -> RoomGizmos.NONE.withVisible(List.of(GizmoKind.COMPASS, GizmoKind.COMPASS))));
    assertEquals(List.of("/confidence: 1.5 is outside [0, 1]"),
        Violations.of(() -> new HandState(null, null, null).withConfidence(1.5)));
    assertEquals(List.of("/force: -0.1 is outside [0, 1]"), Violations.of(() -> Touchpad.RELEASED.withForce(-0.1)));
  }

  @Test
  void editsASessionsPanelsInOneExpression() {
    GizmoState gizmos = GizmoState.NONE
        .withRoom(RoomGizmos.NONE.withManipulation(ManipulationMode.MOVE))
        .withPanels(Panels.NONE.withController(ControllerPanel.IDLE.withPose(POSE).withFollowHeadPose(false)));
    GizmoState snapped = gizmos.withPanels(gizmos.panels().withController(
        gizmos.panels().controller().withSnapToHand(SnapToHand.RIGHT)));
    assertEquals(SnapToHand.RIGHT, snapped.panels().controller().snapToHand());
    assertEquals(POSE, snapped.panels().controller().pose());
    assertEquals(ManipulationMode.MOVE, snapped.room().manipulation());
  }
}
