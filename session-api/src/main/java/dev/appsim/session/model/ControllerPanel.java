package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The controller panel: the simulated controller's pose, whether it snaps to a hand or follows
 * the head, its touchpad state and which buttons are held down (each at most once).
 */
public record ControllerPanel(
    @Nullable Pose pose,
    @Nullable SnapToHand snapToHand,
    @Nullable Boolean followHeadPose,
    @Nullable Touchpad touchpad,
    List<ControllerButton> pressed,
    Extensions extensions) {

  public ControllerPanel {
    pressed = List.copyOf(requireNonNull(pressed, "pressed is null"));
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "pose", "snapToHand", "followHeadPose", "touchpad", "pressed");
    Checks checks = new Checks();
    Set<ControllerButton> seen = new HashSet<>();
    for (int i = 0; i < pressed.size(); i++) {
      if (!seen.add(pressed.get(i))) {
        checks.add("/pressed/" + i, "button \"" + pressed.get(i).wireName() + "\" is listed twice");
      }
    }
    checks.throwIfAny();
  }

  /** No pose, no snapping, not following the head, touchpad untouched, no button held. */
  public static final ControllerPanel IDLE = new ControllerPanel(null, null, null, null, List.of(), Extensions.EMPTY);

  public ControllerPanel withPose(@Nullable Pose newPose) {
    return new ControllerPanel(newPose, snapToHand, followHeadPose, touchpad, pressed, extensions);
  }

  public ControllerPanel withSnapToHand(@Nullable SnapToHand newSnapToHand) {
    return new ControllerPanel(pose, newSnapToHand, followHeadPose, touchpad, pressed, extensions);
  }

  public ControllerPanel withFollowHeadPose(@Nullable Boolean newFollowHeadPose) {
    return new ControllerPanel(pose, snapToHand, newFollowHeadPose, touchpad, pressed, extensions);
  }

  public ControllerPanel withTouchpad(@Nullable Touchpad newTouchpad) {
    return new ControllerPanel(pose, snapToHand, followHeadPose, newTouchpad, pressed, extensions);
  }

  /** @throws SessionValidationException if a button is listed twice */
  public ControllerPanel withPressed(List<ControllerButton> newPressed) {
    return new ControllerPanel(pose, snapToHand, followHeadPose, touchpad, newPressed, extensions);
  }

  public ControllerPanel withExtensions(Extensions newExtensions) {
    return new ControllerPanel(pose, snapToHand, followHeadPose, touchpad, pressed, newExtensions);
  }
}
