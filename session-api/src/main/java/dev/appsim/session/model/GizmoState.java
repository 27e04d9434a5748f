package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * What the simulator's UI looked like when the session was saved: the room view's gizmo state
 * ({@link RoomGizmos}) and the property panels that drive the simulated device ({@link Panels}).
 *
 * @param room the room view's gizmo state, or {@code null} if the file does not say
 * @param panels the property panels, or {@code null} if the file does not say
 * @param extensions members the format does not define, kept for round trips
 */
public record GizmoState(@Nullable RoomGizmos room, @Nullable Panels panels, Extensions extensions) {
  /**
   * Checks the extensions.
   *
   * @param room the room view's gizmo state, or {@code null}
   * @param panels the property panels, or {@code null}
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code extensions} is null
   * @throws SessionValidationException if an extension is named {@code room} or {@code panels}
   */
  public GizmoState {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "room", "panels");
  }

  /**
   * A state without extensions.
   *
   * @param room the room view's gizmo state, or {@code null}
   * @param panels the property panels, or {@code null}
   */
  public GizmoState(@Nullable RoomGizmos room, @Nullable Panels panels) {
    this(room, panels, Extensions.EMPTY);
  }

  /** No room gizmos, no panels. */
  public static final GizmoState NONE = new GizmoState(null, null, Extensions.EMPTY);

  /**
   * {@return a copy with the room view's state {@code newRoom}}
   *
   * @param newRoom the room view's gizmo state, or {@code null} to leave it unset
   */
  public GizmoState withRoom(@Nullable RoomGizmos newRoom) {
    return new GizmoState(newRoom, panels, extensions);
  }

  /**
   * {@return a copy with the panels {@code newPanels}}
   *
   * @param newPanels the property panels, or {@code null} to leave them unset
   */
  public GizmoState withPanels(@Nullable Panels newPanels) {
    return new GizmoState(room, newPanels, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named {@code room} or {@code panels}
   */
  public GizmoState withExtensions(Extensions newExtensions) {
    return new GizmoState(room, panels, newExtensions);
  }
}
