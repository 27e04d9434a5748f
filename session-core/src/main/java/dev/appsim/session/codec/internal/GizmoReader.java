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
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    RoomGizmos room = null;
    Panels panels = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "room" -> room = room();
        case "panels" -> panels = panels();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    RoomGizmos r = room;
    Panels p = panels;
    return in.build(pointer, () -> new GizmoState(r, p, in.extensions(ext)));
  }

  private @Nullable RoomGizmos room() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    List<String> selection = List.of();
    ManipulationMode manipulation = null;
    Pivot pivot = null;
    ReferenceFrame reference = null;
    SceneCamera camera = null;
    List<GizmoKind> visible = List.of();
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "selection" -> selection = in.readStringList();
        case "manipulation" -> manipulation = in.readEnum(ManipulationMode.values(), "manipulation mode");
        case "pivot" -> pivot = in.readEnum(Pivot.values(), "pivot");
        case "reference" -> reference = in.readEnum(ReferenceFrame.values(), "reference frame");
        case "camera" -> camera = camera();
        case "visible" -> visible = in.readEnumList(GizmoKind.values(), "gizmo");
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before || selection == null || visible == null) {
      return null;
    }
    List<String> s = selection;
    ManipulationMode mm = manipulation;
    Pivot pv = pivot;
    ReferenceFrame rf = reference;
    SceneCamera cam = camera;
    List<GizmoKind> vis = visible;
    return in.build(pointer, () -> new RoomGizmos(s, mm, pv, rf, cam, vis, in.extensions(ext)));
  }

  private @Nullable SceneCamera camera() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    CameraMode mode = null;
    Pose pose = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "mode" -> mode = in.readEnum(CameraMode.values(), "camera mode");
        case "pose" -> pose = shapes.pose();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    if (mode == null) {
      in.missing(pointer, "mode");
      return null;
    }
    CameraMode md = mode;
    Pose ps = pose;
    return in.build(pointer, () -> new SceneCamera(md, ps, in.extensions(ext)));
  }

  private @Nullable Panels panels() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    HeadPosePanel headPose = null;
    ControllerPanel controller = null;
    HandsPanel hands = null;
    EyesPanel eyes = null;
    Map<String, PanelLayout> layout = Map.of();
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "headPose" -> headPose = headPose();
        case "controller" -> controller = controller();
        case "hands" -> hands = hands();
        case "eyes" -> eyes = eyes();
        case "layout" -> layout = layout();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before || layout == null) {
      return null;
    }
    HeadPosePanel h = headPose;
    ControllerPanel c = controller;
    HandsPanel hs = hands;
    EyesPanel e = eyes;
    Map<String, PanelLayout> l = layout;
    return in.build(pointer, () -> new Panels(h, c, hs, e, l, in.extensions(ext)));
  }

  private @Nullable HeadPosePanel headPose() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    Pose pose = null;
    TrackingState tracking = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "pose" -> pose = shapes.pose();
        case "tracking" -> tracking = in.readEnum(TrackingState.values(), "tracking state");
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    Pose p = pose;
    TrackingState t = tracking;
    return in.build(pointer, () -> new HeadPosePanel(p, t, in.extensions(ext)));
  }

  private @Nullable ControllerPanel controller() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    Pose pose = null;
    SnapToHand snap = null;
    Boolean follow = null;
    Touchpad touchpad = null;
    List<ControllerButton> pressed = List.of();
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "pose" -> pose = shapes.pose();
        case "snapToHand" -> snap = in.readEnum(SnapToHand.values(), "snap-to-hand setting");
        case "followHeadPose" -> follow = in.readBoolean();
        case "touchpad" -> touchpad = touchpad();
        case "pressed" -> pressed = in.readEnumList(ControllerButton.values(), "controller button");
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before || pressed == null) {
      return null;
    }
    Pose p = pose;
    SnapToHand s = snap;
    Boolean f = follow;
    Touchpad t = touchpad;
    List<ControllerButton> b = pressed;
    return in.build(pointer, () -> new ControllerPanel(p, s, f, t, b, in.extensions(ext)));
  }

  private @Nullable Touchpad touchpad() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    Double x = null;
    Double y = null;
    Double force = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "x" -> x = in.readDouble();
        case "y" -> y = in.readDouble();
        case "force" -> force = in.readDouble();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    if (x == null || y == null || force == null) {
      in.missing(pointer, x == null ? "x" : y == null ? "y" : "force");
      return null;
    }
    double tx = x;
    double ty = y;
    double tf = force;
    return in.build(pointer, () -> new Touchpad(tx, ty, tf, in.extensions(ext)));
  }

  private @Nullable HandsPanel hands() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    HandState left = null;
    HandState right = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "left" -> left = hand();
        case "right" -> right = hand();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    HandState l = left;
    HandState r = right;
    return in.build(pointer, () -> new HandsPanel(l, r, in.extensions(ext)));
  }

  private @Nullable HandState hand() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    Pose pose = null;
    Gesture gesture = null;
    Double confidence = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "pose" -> pose = shapes.pose();
        case "gesture" -> gesture = in.readEnum(Gesture.values(), "gesture");
        case "confidence" -> confidence = in.readDouble();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    Pose p = pose;
    Gesture g = gesture;
    Double c = confidence;
    return in.build(pointer, () -> new HandState(p, g, c, in.extensions(ext)));
  }

  private @Nullable EyesPanel eyes() {
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    Vec3 fixation = null;
    Double confidence = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "fixation" -> fixation = shapes.vec3();
        case "confidence" -> confidence = in.readDouble();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    Vec3 f = fixation;
    Double c = confidence;
    return in.build(pointer, () -> new EyesPanel(f, c, in.extensions(ext)));
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
    if (!in.beginObject()) {
      return null;
    }
    String pointer = in.pointer();
    long before = in.errors();
    Boolean visible = null;
    Boolean collapsed = null;
    Map<String, @Nullable Object> ext = new LinkedHashMap<>();
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "visible" -> visible = in.readBoolean();
        case "collapsed" -> collapsed = in.readBoolean();
        default -> in.readExtension(m, ext);
      }
    }
    if (in.errors() > before) {
      return null;
    }
    Boolean v = visible;
    Boolean c = collapsed;
    return in.build(pointer, () -> new PanelLayout(v, c, in.extensions(ext)));
  }
}
