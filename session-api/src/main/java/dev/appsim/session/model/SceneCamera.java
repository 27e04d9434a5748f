package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** The simulator's scene camera: a bird's-eye orbit or free flight, and where it is. */
public record SceneCamera(CameraMode mode, @Nullable Pose pose, Extensions extensions) {
  public SceneCamera {
    requireNonNull(mode, "mode is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "mode", "pose");
  }

  public SceneCamera(CameraMode mode, @Nullable Pose pose) {
    this(mode, pose, Extensions.EMPTY);
  }

  public SceneCamera withMode(CameraMode newMode) {
    return new SceneCamera(newMode, pose, extensions);
  }

  public SceneCamera withPose(@Nullable Pose newPose) {
    return new SceneCamera(mode, newPose, extensions);
  }

  public SceneCamera withExtensions(Extensions newExtensions) {
    return new SceneCamera(mode, pose, newExtensions);
  }
}
