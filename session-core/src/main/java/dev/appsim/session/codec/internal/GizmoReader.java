package dev.appsim.session.codec.internal;

import dev.appsim.session.model.CameraMode;
import dev.appsim.session.model.ControllerButton;
import dev.appsim.session.model.ControllerPanel;
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
import dev.appsim.session.model.Vec3;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the {@code gizmos} member: room gizmo state and simulator panels. */
final class GizmoReader {
  private final TokenReader in;
  private final ShapeReader shapes;

  GizmoReader(TokenReader in, ShapeReader shapes) {
    this.in = in;
    this.shapes = shapes;
  }

  @Nullable GizmoState gizmos() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    RoomGizmos room = null;
    Panels panels = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "room" -> room = room();
        case "panels" -> panels = panels();
        default -> o.readUnknown(m);
      }
    }
    RoomGizmos r = room;
    Panels p = panels;
    return o.build(() -> new GizmoState(r, p, o.extensions()));
  }

  private @Nullable RoomGizmos room() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    List<String> selection = List.of();
    ManipulationMode manipulation = null;
    Pivot pivot = null;
    ReferenceFrame reference = null;
    SceneCamera camera = null;
    List<GizmoKind> visible = List.of();
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "selection" -> selection = in.readStringList();
        case "manipulation" -> manipulation = in.readEnum(ManipulationMode.values(), "manipulation mode");
        case "pivot" -> pivot = in.readEnum(Pivot.values(), "pivot");
        case "reference" -> reference = in.readEnum(ReferenceFrame.values(), "reference frame");
        case "camera" -> camera = camera();
        case "visible" -> visible = in.readEnumList(GizmoKind.values(), "gizmo");
        default -> o.readUnknown(m);
      }
    }
    List<String> s = selection;
    ManipulationMode mm = manipulation;
    Pivot pv = pivot;
    ReferenceFrame rf = reference;
    SceneCamera cam = camera;
    List<GizmoKind> vis = visible;
    return o.build(() -> new RoomGizmos(s, mm, pv, rf, cam, vis, o.extensions()));
  }

  private @Nullable SceneCamera camera() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    CameraMode mode = null;
    Pose pose = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "mode" -> mode = in.readEnum(CameraMode.values(), "camera mode");
        case "pose" -> pose = shapes.pose();
        default -> o.readUnknown(m);
      }
    }
    o.require("mode");
    CameraMode md = mode;
    Pose ps = pose;
    return o.build(() -> new SceneCamera(md, ps, o.extensions()));
  }

  private @Nullable Panels panels() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    HeadPosePanel headPose = null;
    ControllerPanel controller = null;
    HandsPanel hands = null;
    EyesPanel eyes = null;
    Map<String, PanelLayout> layout = Map.of();
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "headPose" -> headPose = headPose();
        case "controller" -> controller = controller();
        case "hands" -> hands = hands();
        case "eyes" -> eyes = eyes();
        case "layout" -> layout = layout();
        default -> o.readUnknown(m);
      }
    }
    HeadPosePanel h = headPose;
    ControllerPanel c = controller;
    HandsPanel hs = hands;
    EyesPanel e = eyes;
    Map<String, PanelLayout> l = layout;
    return o.build(() -> new Panels(h, c, hs, e, l, o.extensions()));
  }

  private @Nullable HeadPosePanel headPose() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    Pose pose = null;
    TrackingState tracking = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "pose" -> pose = shapes.pose();
        case "tracking" -> tracking = in.readEnum(TrackingState.values(), "tracking state");
        default -> o.readUnknown(m);
      }
    }
    Pose p = pose;
    TrackingState t = tracking;
    return o.build(() -> new HeadPosePanel(p, t, o.extensions()));
  }

  private @Nullable ControllerPanel controller() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    Pose pose = null;
    SnapToHand snap = null;
    Boolean follow = null;
    Touchpad touchpad = null;
    List<ControllerButton> pressed = List.of();
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "pose" -> pose = shapes.pose();
        case "snapToHand" -> snap = in.readEnum(SnapToHand.values(), "snap-to-hand setting");
        case "followHeadPose" -> follow = in.readBoolean();
        case "touchpad" -> touchpad = touchpad();
        case "pressed" -> pressed = in.readEnumList(ControllerButton.values(), "controller button");
        default -> o.readUnknown(m);
      }
    }
    Pose p = pose;
    SnapToHand s = snap;
    Boolean f = follow;
    Touchpad t = touchpad;
    List<ControllerButton> b = pressed;
    return o.build(() -> new ControllerPanel(p, s, f, t, b, o.extensions()));
  }

  private @Nullable Touchpad touchpad() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    Double x = null;
    Double y = null;
    Double force = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "x" -> x = in.readDouble();
        case "y" -> y = in.readDouble();
        case "force" -> force = in.readDouble();
        default -> o.readUnknown(m);
      }
    }
    o.require("x", "y", "force");
    Double tx = x;
    Double ty = y;
    Double tf = force;
    return o.build(() -> new Touchpad(tx, ty, tf, o.extensions()));
  }

  private @Nullable HandsPanel hands() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    HandState left = null;
    HandState right = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "left" -> left = hand();
        case "right" -> right = hand();
        default -> o.readUnknown(m);
      }
    }
    HandState l = left;
    HandState r = right;
    return o.build(() -> new HandsPanel(l, r, o.extensions()));
  }

  private @Nullable HandState hand() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    Pose pose = null;
    Gesture gesture = null;
    Double confidence = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "pose" -> pose = shapes.pose();
        case "gesture" -> gesture = in.readEnum(Gesture.values(), "gesture");
        case "confidence" -> confidence = in.readDouble();
        default -> o.readUnknown(m);
      }
    }
    Pose p = pose;
    Gesture g = gesture;
    Double c = confidence;
    return o.build(() -> new HandState(p, g, c, o.extensions()));
  }

  private @Nullable EyesPanel eyes() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    Vec3 fixation = null;
    Double confidence = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "fixation" -> fixation = shapes.vec3();
        case "confidence" -> confidence = in.readDouble();
        default -> o.readUnknown(m);
      }
    }
    Vec3 f = fixation;
    Double c = confidence;
    return o.build(() -> new EyesPanel(f, c, o.extensions()));
  }

  private @Nullable Map<String, PanelLayout> layout() {
    if (!in.beginObject()) {
      return null;
    }
    long before = in.errors();
    Map<String, PanelLayout> out = new LinkedHashMap<>();
    int count = 0;
    for (String name; (name = in.nextMember()) != null; ) {
      if (count++ >= in.limits().maxArrayLength()) {
        throw in.fatal("layout has more than " + in.limits().maxArrayLength()
            + " panels (ReadLimits.maxArrayLength)");
      }
      PanelLayout panel = panelLayout();
      if (panel != null) {
        out.put(name, panel);
      }
    }
    return in.errors() > before ? null : out;
  }

  private @Nullable PanelLayout panelLayout() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    Boolean visible = null;
    Boolean collapsed = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "visible" -> visible = in.readBoolean();
        case "collapsed" -> collapsed = in.readBoolean();
        default -> o.readUnknown(m);
      }
    }
    Boolean v = visible;
    Boolean c = collapsed;
    return o.build(() -> new PanelLayout(v, c, o.extensions()));
  }
}
