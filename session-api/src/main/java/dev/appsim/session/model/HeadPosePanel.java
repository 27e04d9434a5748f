package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The head-pose panel: where the simulated headset is and how well it is tracked.
 *
 * @param pose the headset's pose, or {@code null} if the file does not say
 * @param tracking the simulated tracking quality, or {@code null} if the file does not say
 * @param extensions members the format does not define, kept for round trips
 */
public record HeadPosePanel(@Nullable Pose pose, @Nullable TrackingState tracking, Extensions extensions) {
  /**
   * Checks the extensions.
   *
   * @param pose the headset's pose, or {@code null}
   * @param tracking the simulated tracking quality, or {@code null}
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code extensions} is null
   * @throws SessionValidationException if an extension is named {@code pose} or {@code tracking}
   */
  public HeadPosePanel {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "pose", "tracking");
  }

  /**
   * A panel without extensions.
   *
   * @param pose the headset's pose, or {@code null}
   * @param tracking the simulated tracking quality, or {@code null}
   */
  public HeadPosePanel(@Nullable Pose pose, @Nullable TrackingState tracking) {
    this(pose, tracking, Extensions.EMPTY);
  }

  /**
   * {@return a copy with the headset at {@code newPose}}
   *
   * @param newPose the pose, or {@code null} to leave it unset
   */
  public HeadPosePanel withPose(@Nullable Pose newPose) {
    return new HeadPosePanel(newPose, tracking, extensions);
  }

  /**
   * {@return a copy with the tracking quality {@code newTracking}}
   *
   * @param newTracking the tracking quality, or {@code null} to leave it unset
   */
  public HeadPosePanel withTracking(@Nullable TrackingState newTracking) {
    return new HeadPosePanel(pose, newTracking, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named {@code pose} or {@code tracking}
   */
  public HeadPosePanel withExtensions(Extensions newExtensions) {
    return new HeadPosePanel(pose, tracking, newExtensions);
  }
}
