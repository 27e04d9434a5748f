package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The controller panel: the simulated controller's pose, whether it snaps to a hand or follows
 * the head, its touchpad state and which buttons are held down (each at most once).
 *
 * @param pose the controller's pose, or {@code null} if the file does not say
 * @param snapToHand which hand the controller is attached to, or {@code null} if the file does not
 *     say
 * @param followHeadPose whether the controller follows the head, or {@code null} if the file does
 *     not say
 * @param touchpad the touchpad state, or {@code null} if the file does not say
 * @param pressed the buttons held down, each at most once; may be empty; copied
 * @param extensions members the format does not define, kept for round trips
 */
public record ControllerPanel(
    @Nullable Pose pose,
    @Nullable SnapToHand snapToHand,
    @Nullable Boolean followHeadPose,
    @Nullable Touchpad touchpad,
    List<ControllerButton> pressed,
    Extensions extensions) {

  /**
   * Checks the components.
   *
   * @param pose the controller's pose, or {@code null}
   * @param snapToHand which hand the controller is attached to, or {@code null}
   * @param followHeadPose whether the controller follows the head, or {@code null}
   * @param touchpad the touchpad state, or {@code null}
   * @param pressed the buttons held down, each at most once
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code pressed}, one of its buttons, or {@code extensions} is null
   * @throws SessionValidationException if a button is listed twice or an extension is named like a
   *     controller member
   */
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

  /**
   * {@return a copy at {@code newPose}}
   *
   * @param newPose the controller's pose, or {@code null} to leave it unset
   */
  public ControllerPanel withPose(@Nullable Pose newPose) {
    return new ControllerPanel(newPose, snapToHand, followHeadPose, touchpad, pressed, extensions);
  }

  /**
   * {@return a copy attached to {@code newSnapToHand}}
   *
   * @param newSnapToHand the hand, or {@code null} to leave it unset
   */
  public ControllerPanel withSnapToHand(@Nullable SnapToHand newSnapToHand) {
    return new ControllerPanel(pose, newSnapToHand, followHeadPose, touchpad, pressed, extensions);
  }

  /**
   * {@return a copy that follows the head or not}
   *
   * @param newFollowHeadPose whether the controller follows the head, or {@code null} to leave it unset
   */
  public ControllerPanel withFollowHeadPose(@Nullable Boolean newFollowHeadPose) {
    return new ControllerPanel(pose, snapToHand, newFollowHeadPose, touchpad, pressed, extensions);
  }

  /**
   * {@return a copy with the touchpad state {@code newTouchpad}}
   *
   * @param newTouchpad the touchpad state, or {@code null} to leave it unset
   */
  public ControllerPanel withTouchpad(@Nullable Touchpad newTouchpad) {
    return new ControllerPanel(pose, snapToHand, followHeadPose, newTouchpad, pressed, extensions);
  }

  /**
   * @param newPressed the buttons held down, each at most once
   * @return a copy holding {@code newPressed}
   * @throws SessionValidationException if a button is listed twice
   */
  public ControllerPanel withPressed(List<ControllerButton> newPressed) {
    return new ControllerPanel(pose, snapToHand, followHeadPose, touchpad, newPressed, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named like a controller member
   */
  public ControllerPanel withExtensions(Extensions newExtensions) {
    return new ControllerPanel(pose, snapToHand, followHeadPose, touchpad, pressed, newExtensions);
  }
}
