package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One simulated hand: its pose, the static gesture it makes and the recogniser's confidence in [0, 1].
 *
 * @param pose the hand's pose, or {@code null} if the file does not say
 * @param gesture the gesture it makes, or {@code null} if the file does not say
 * @param confidence the gesture recogniser's confidence in [0, 1], or {@code null} if the file does
 *     not say
 * @param extensions members the format does not define, kept for round trips
 */
public record HandState(@Nullable Pose pose, @Nullable Gesture gesture, @Nullable Double confidence, Extensions extensions) {
  /**
   * Checks the confidence and the extensions.
   *
   * @param pose the hand's pose, or {@code null}
   * @param gesture the gesture it makes, or {@code null}
   * @param confidence the confidence in [0, 1], or {@code null}
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code extensions} is null
   * @throws SessionValidationException if the confidence is outside [0, 1] or not finite, or an
   *     extension is named {@code pose}, {@code gesture} or {@code confidence}
   */
  public HandState {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "pose", "gesture", "confidence");
    Checks checks = new Checks();
    checks.unitInterval("/confidence", confidence);
    checks.throwIfAny();
  }

  /**
   * A hand without extensions.
   *
   * @param pose the hand's pose, or {@code null}
   * @param gesture the gesture it makes, or {@code null}
   * @param confidence the confidence in [0, 1], or {@code null}
   * @throws SessionValidationException if the confidence is outside [0, 1] or not finite
   */
  public HandState(@Nullable Pose pose, @Nullable Gesture gesture, @Nullable Double confidence) {
    this(pose, gesture, confidence, Extensions.EMPTY);
  }

  /**
   * {@return a copy at {@code newPose}}
   *
   * @param newPose the hand's pose, or {@code null} to leave it unset
   */
  public HandState withPose(@Nullable Pose newPose) {
    return new HandState(newPose, gesture, confidence, extensions);
  }

  /**
   * {@return a copy making {@code newGesture}}
   *
   * @param newGesture the gesture, or {@code null} to leave it unset
   */
  public HandState withGesture(@Nullable Gesture newGesture) {
    return new HandState(pose, newGesture, confidence, extensions);
  }

  /**
   * {@return a copy with the confidence {@code newConfidence}}
   *
   * @param newConfidence the confidence in [0, 1], or {@code null} to leave it unset
   * @throws SessionValidationException if the confidence is outside [0, 1] or not finite
   */
  public HandState withConfidence(@Nullable Double newConfidence) {
    return new HandState(pose, gesture, newConfidence, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named {@code pose}, {@code gesture} or
   *     {@code confidence}
   */
  public HandState withExtensions(Extensions newExtensions) {
    return new HandState(pose, gesture, confidence, newExtensions);
  }
}
