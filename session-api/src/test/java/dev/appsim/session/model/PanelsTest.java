package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PanelsTest {
  @Test
  void rejectsTouchpadOutsideItsRanges() {
    assertEquals(List.of("/x: 1.5 is outside [-1, 1]", "/force: -0.1 is outside [0, 1]"),
        Violations.of(() -> new Touchpad(1.5, 0, -0.1)));
  }

  @Test
  void rejectsConfidenceOutsideUnitInterval() {
    assertEquals(List.of("/confidence: 1.2 is outside [0, 1]"),
        Violations.of(() -> new HandState(null, Gesture.PINCH, 1.2)));
    assertEquals(List.of("/confidence: must be a finite number, was NaN"),
        Violations.of(() -> new EyesPanel(null, Double.NaN)));
  }

  @Test
  void rejectsRepeatedButtonsAndOverlays() {
    assertEquals(List.of("/pressed/1: button \"trigger\" is listed twice"),
        Violations.of(() -> new ControllerPanel(null, null, null, null,
            List.of(ControllerButton.TRIGGER, ControllerButton.TRIGGER), Extensions.EMPTY)));
    assertEquals(List.of("/visible/1: overlay \"compass\" is listed twice"),
        Violations.of(() -> new RoomGizmos(List.of(), null, null, null, null,
            List.of(GizmoKind.COMPASS, GizmoKind.COMPASS), Extensions.EMPTY)));
  }

  @Test
  void layoutKeepsPanelOrder() {
    Map<String, PanelLayout> layout = new java.util.LinkedHashMap<>();
    layout.put("headPose", new PanelLayout(true, false));
    layout.put("controller", new PanelLayout(true, true));
    Panels panels = new Panels(null, null, null, null, layout, Extensions.EMPTY);
    assertEquals(List.of("headPose", "controller"), List.copyOf(panels.layout().keySet()));
  }

  @Test
  void layoutOrderIsPartOfEquality() {
    Map<String, PanelLayout> ab = new java.util.LinkedHashMap<>();
    ab.put("a", new PanelLayout(true, null));
    ab.put("b", new PanelLayout(false, null));
    Map<String, PanelLayout> ba = new java.util.LinkedHashMap<>();
    ba.put("b", new PanelLayout(false, null));
    ba.put("a", new PanelLayout(true, null));
    Panels first = new Panels(null, null, null, null, ab, Extensions.EMPTY);
    assertEquals(first, new Panels(null, null, null, null, new java.util.LinkedHashMap<>(ab), Extensions.EMPTY));
    assertEquals(first.hashCode(), new Panels(null, null, null, null, ab, Extensions.EMPTY).hashCode());
    assertEquals(false, first.equals(new Panels(null, null, null, null, ba, Extensions.EMPTY)));
    Metadata m = Metadata.named("x").withProperty("a", "1").withProperty("b", "2");
    assertEquals(false, m.equals(Metadata.named("x").withProperty("b", "2").withProperty("a", "1")));
    assertEquals(m, Metadata.named("x").withProperty("a", "1").withProperty("b", "2"));
  }

  @Test
  void enumsMapWireNamesBothWays() {
    assertEquals(CameraMode.BIRDS_EYE, CameraMode.fromWire("birdsEye").orElseThrow());
    assertEquals(true, CameraMode.fromWire("BIRDS_EYE").isEmpty());
    assertEquals("\"select\", \"move\", \"rotate\", \"scale\"", WireNames.list(ManipulationMode.values()));
  }
}
