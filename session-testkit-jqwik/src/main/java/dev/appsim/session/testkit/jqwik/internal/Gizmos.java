package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.CameraMode;
import dev.appsim.session.model.ControllerButton;
import dev.appsim.session.model.ControllerPanel;
import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.EyesPanel;
import dev.appsim.session.model.Gesture;
import dev.appsim.session.model.GizmoKind;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.HandState;
import dev.appsim.session.model.HandsPanel;
import dev.appsim.session.model.HeadPosePanel;
import dev.appsim.session.model.ManipulationMode;
import dev.appsim.session.model.PanelLayout;
import dev.appsim.session.model.Panels;
import dev.appsim.session.model.Pivot;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.ReferenceFrame;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneCamera;
import dev.appsim.session.model.SnapToHand;
import dev.appsim.session.model.Touchpad;
import dev.appsim.session.model.TrackingState;
import java.util.LinkedHashMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The UI state: room gizmos (selection drawn from the scene's node ids) and property panels. */
public final class Gizmos {
  private Gizmos() {}

  public static Arbitrary<GizmoState> states(Settings s, List<String> nodeIds) {
    return Combinators.combine(rooms(s, nodeIds).optional(0.7), panels(s).optional(0.7), ext(s))
        .as((room, panels, ext) -> new GizmoState(room.orElse(null), panels.orElse(null), ext));
  }

  public static Arbitrary<RoomGizmos> rooms(Settings s, List<String> nodeIds) {
    Arbitrary<List<String>> selection = nodeIds.isEmpty()
        ? Arbitraries.just(List.of())
        : Arbitraries.of(nodeIds).list().uniqueElements().ofMaxSize(Math.min(nodeIds.size(), 4));
    Arbitrary<SceneCamera> camera = Combinators.combine(Arbitraries.of(CameraMode.class), poses(s).optional(0.7), ext(s))
        .as((mode, pose, ext) -> new SceneCamera(mode, pose.orElse(null), ext));
    return Combinators.combine(selection, Arbitraries.of(ManipulationMode.class).optional(0.7),
        Arbitraries.of(Pivot.class).optional(0.7), Arbitraries.of(ReferenceFrame.class).optional(0.7),
        camera.optional(0.6), Arbitraries.of(GizmoKind.class).list().uniqueElements().ofMaxSize(5), ext(s))
        .as((sel, mode, pivot, ref, cam, visible, ext) -> new RoomGizmos(sel, mode.orElse(null), pivot.orElse(null),
            ref.orElse(null), cam.orElse(null), visible, ext));
  }

  public static Arbitrary<Panels> panels(Settings s) {
    Arbitrary<HeadPosePanel> head = Combinators.combine(poses(s).optional(0.7),
        Arbitraries.of(TrackingState.class).optional(0.7), ext(s))
        .as((pose, tracking, ext) -> new HeadPosePanel(pose.orElse(null), tracking.orElse(null), ext));
    Arbitrary<Double> axis = Geometry.between(-1, 1, s.nasty());
    Arbitrary<Touchpad> touchpad = Combinators.combine(axis, axis, Geometry.unitInterval(s.nasty()), ext(s))
        .as(Touchpad::new);
    Arbitrary<ControllerPanel> controller = Combinators.combine(poses(s).optional(0.7),
        Arbitraries.of(SnapToHand.class).optional(0.7), Arbitraries.of(false, true).optional(0.6), touchpad.optional(0.6),
        Arbitraries.of(ControllerButton.class).list().uniqueElements().ofMaxSize(4), ext(s))
        .as((pose, snap, follow, pad, pressed, ext) -> new ControllerPanel(pose.orElse(null), snap.orElse(null),
            follow.orElse(null), pad.orElse(null), pressed, ext));
    Arbitrary<HandState> hand = Combinators.combine(poses(s).optional(0.7), Arbitraries.of(Gesture.class).optional(0.8),
        Geometry.unitInterval(s.nasty()).optional(0.7), ext(s))
        .as((pose, gesture, confidence, ext) -> new HandState(pose.orElse(null), gesture.orElse(null),
            confidence.orElse(null), ext));
    Arbitrary<HandsPanel> hands = Combinators.combine(hand.optional(0.8), hand.optional(0.8), ext(s))
        .as((l, r, ext) -> new HandsPanel(l.orElse(null), r.orElse(null), ext));
    Arbitrary<EyesPanel> eyes = Combinators.combine(Geometry.vec3(s.nasty()).optional(0.7),
        Geometry.unitInterval(s.nasty()).optional(0.7), ext(s))
        .as((fixation, confidence, ext) -> new EyesPanel(fixation.orElse(null), confidence.orElse(null), ext));
    Arbitrary<PanelLayout> layout = Combinators.combine(Arbitraries.of(true, false).optional(0.7),
        Arbitraries.of(false, true).optional(0.7), ext(s))
        .as((visible, collapsed, ext) -> new PanelLayout(visible.orElse(null), collapsed.orElse(null), ext));
    Arbitrary<String> panelNames = s.nasty()
        ? Arbitraries.oneOf(Arbitraries.of("headPose", "controller", "hands", "eyes"), Texts.text(true))
        : Arbitraries.of("headPose", "controller", "hands", "eyes");
    Arbitrary<LinkedHashMap<String, PanelLayout>> layouts = Arbitraries.maps(panelNames, layout).ofMaxSize(4)
        .map(LinkedHashMap::new);
    return Combinators.combine(head.optional(0.7), controller.optional(0.7), hands.optional(0.7), eyes.optional(0.7),
        layouts, ext(s))
        .as((h, c, hs, e, l, ext) -> new Panels(h.orElse(null), c.orElse(null), hs.orElse(null), e.orElse(null), l, ext));
  }

  private static Arbitrary<Pose> poses(Settings s) {
    return Geometry.poses(s.nasty(), ext(s));
  }

  private static Arbitrary<Extensions> ext(Settings s) {
    return Nodes.extensions(s);
  }
}
