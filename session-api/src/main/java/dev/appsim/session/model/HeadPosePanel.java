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
}
