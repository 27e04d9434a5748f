package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** One simulated hand: its pose, the static gesture it makes and the recogniser's confidence in [0, 1]. */
public record HandState(@Nullable Pose pose, @Nullable Gesture gesture, @Nullable Double confidence, Extensions extensions) {
  public HandState {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "pose", "gesture", "confidence");
    Checks checks = new Checks();
    checks.unitInterval("/confidence", confidence);
    checks.throwIfAny();
  }

  public HandState(@Nullable Pose pose, @Nullable Gesture gesture, @Nullable Double confidence) {
    this(pose, gesture, confidence, Extensions.EMPTY);
  }

  public HandState withPose(@Nullable Pose newPose) {
    return new HandState(newPose, gesture, confidence, extensions);
  }

  public HandState withGesture(@Nullable Gesture newGesture) {
    return new HandState(pose, newGesture, confidence, extensions);
  }

  /** @throws SessionValidationException if the confidence is outside [0, 1] */
  public HandState withConfidence(@Nullable Double newConfidence) {
    return new HandState(pose, gesture, newConfidence, extensions);
  }

  public HandState withExtensions(Extensions newExtensions) {
    return new HandState(pose, gesture, confidence, newExtensions);
  }
}
