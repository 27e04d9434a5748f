package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The simulator's scene camera: a bird's-eye orbit or free flight, and where it is.
 *
 * @param mode how the camera moves
 * @param pose where the camera is, or {@code null} if the file does not say
 * @param extensions members the format does not define, kept for round trips
 */
public record SceneCamera(CameraMode mode, @Nullable Pose pose, Extensions extensions) {
  /**
   * Checks the components.
   *
   * @param mode how the camera moves
   * @param pose where the camera is, or {@code null}
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code mode} or {@code extensions} is null
   * @throws SessionValidationException if an extension is named {@code mode} or {@code pose}
   */
  public SceneCamera {
    requireNonNull(mode, "mode is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "mode", "pose");
  }

  /**
   * A camera without extensions.
   *
   * @param mode how the camera moves
   * @param pose where the camera is, or {@code null}
   * @throws NullPointerException if {@code mode} is null
   */
  public SceneCamera(CameraMode mode, @Nullable Pose pose) {
    this(mode, pose, Extensions.EMPTY);
  }

  /**
   * {@return a copy moving as {@code newMode}}
   *
   * @param newMode how the camera moves
   * @throws NullPointerException if {@code newMode} is null
   */
  public SceneCamera withMode(CameraMode newMode) {
    return new SceneCamera(newMode, pose, extensions);
  }

  /**
   * {@return a copy at {@code newPose}}
   *
   * @param newPose where the camera is, or {@code null} to leave it unset
   */
  public SceneCamera withPose(@Nullable Pose newPose) {
    return new SceneCamera(mode, newPose, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named {@code mode} or {@code pose}
   */
  public SceneCamera withExtensions(Extensions newExtensions) {
    return new SceneCamera(mode, pose, newExtensions);
  }
}
