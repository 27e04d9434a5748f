package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * What the simulator's UI looked like when the session was saved: the room view's gizmo state
 * ({@link RoomGizmos}) and the property panels that drive the simulated device ({@link Panels}).
 */
public record GizmoState(@Nullable RoomGizmos room, @Nullable Panels panels, Extensions extensions) {
  public GizmoState {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "room", "panels");
  }

  public GizmoState(@Nullable RoomGizmos room, @Nullable Panels panels) {
    this(room, panels, Extensions.EMPTY);
  }

  /** No room gizmos, no panels. */
  public static final GizmoState NONE = new GizmoState(null, null, Extensions.EMPTY);

  public GizmoState withRoom(@Nullable RoomGizmos newRoom) {
    return new GizmoState(newRoom, panels, extensions);
  }

  public GizmoState withPanels(@Nullable Panels newPanels) {
    return new GizmoState(room, newPanels, extensions);
  }

  public GizmoState withExtensions(Extensions newExtensions) {
    return new GizmoState(room, panels, newExtensions);
  }
}
