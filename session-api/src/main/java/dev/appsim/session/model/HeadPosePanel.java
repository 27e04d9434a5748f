package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** The head-pose panel: where the simulated headset is and how well it is tracked. */
public record HeadPosePanel(@Nullable Pose pose, @Nullable TrackingState tracking, Extensions extensions) {
  public HeadPosePanel {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "pose", "tracking");
  }

  public HeadPosePanel(@Nullable Pose pose, @Nullable TrackingState tracking) {
    this(pose, tracking, Extensions.EMPTY);
  }

  public HeadPosePanel withPose(@Nullable Pose newPose) {
    return new HeadPosePanel(newPose, tracking, extensions);
  }

  public HeadPosePanel withTracking(@Nullable TrackingState newTracking) {
    return new HeadPosePanel(pose, newTracking, extensions);
  }

  public HeadPosePanel withExtensions(Extensions newExtensions) {
    return new HeadPosePanel(pose, tracking, newExtensions);
  }
}
