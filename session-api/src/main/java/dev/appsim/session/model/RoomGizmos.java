package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The room view's gizmo state: which nodes are selected, what dragging does (mode, pivot,
 * reference frame), how the scene camera flies, and which overlays are shown.
 *
 * @param selection ids of selected nodes; each must exist in the scene (checked by
 *     {@link SessionDocument})
 * @param visible overlays shown, each at most once
 * @param manipulation what dragging does, or {@code null} if the file does not say
 * @param pivot where the pivot sits, or {@code null} if the file does not say
 * @param reference whether the axes follow the node or the world, or {@code null} if the file does
 *     not say
 * @param camera the scene camera, or {@code null} if the file does not say
 * @param extensions members the format does not define, kept for round trips
 */
public record RoomGizmos(
    List<String> selection,
    @Nullable ManipulationMode manipulation,
    @Nullable Pivot pivot,
    @Nullable ReferenceFrame reference,
    @Nullable SceneCamera camera,
    List<GizmoKind> visible,
    Extensions extensions) {

  /**
   * Checks the components; that the selected nodes exist is checked by {@link SessionDocument}.
   *
   * @param selection ids of selected nodes; copied
   * @param manipulation what dragging does, or {@code null}
   * @param pivot where the pivot sits, or {@code null}
   * @param reference whether the axes follow the node or the world, or {@code null}
   * @param camera the scene camera, or {@code null}
   * @param visible overlays shown, each at most once; copied
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if a list, one of its elements, or {@code extensions} is null
   * @throws SessionValidationException if an overlay is listed twice or an extension is named like a
   *     member of the room gizmos
   */
  public RoomGizmos {
    selection = List.copyOf(requireNonNull(selection, "selection is null"));
    visible = List.copyOf(requireNonNull(visible, "visible is null"));
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "selection", "manipulation", "pivot", "reference", "camera", "visible");
    Checks checks = new Checks();
    Set<GizmoKind> seen = new HashSet<>();
    for (int i = 0; i < visible.size(); i++) {
      if (!seen.add(visible.get(i))) {
        checks.add("/visible/" + i, "overlay \"" + visible.get(i).wireName() + "\" is listed twice");
      }
    }
    checks.throwIfAny();
  }

  /** Nothing selected, no camera, no overlays. */
  public static final RoomGizmos NONE = new RoomGizmos(List.of(), null, null, null, null, List.of(), Extensions.EMPTY);

  /**
   * {@return a copy selecting {@code newSelection}}
   *
   * @param newSelection ids of the selected nodes; copied
   * @throws NullPointerException if the list or an id is null
   */
  public RoomGizmos withSelection(List<String> newSelection) {
    return new RoomGizmos(newSelection, manipulation, pivot, reference, camera, visible, extensions);
  }

  /**
   * {@return a copy where dragging does {@code newManipulation}}
   *
   * @param newManipulation the mode, or {@code null} to leave it unset
   */
  public RoomGizmos withManipulation(@Nullable ManipulationMode newManipulation) {
    return new RoomGizmos(selection, newManipulation, pivot, reference, camera, visible, extensions);
  }

  /**
   * {@return a copy with the pivot at {@code newPivot}}
   *
   * @param newPivot the pivot, or {@code null} to leave it unset
   */
  public RoomGizmos withPivot(@Nullable Pivot newPivot) {
    return new RoomGizmos(selection, manipulation, newPivot, reference, camera, visible, extensions);
  }

  /**
   * {@return a copy with the reference frame {@code newReference}}
   *
   * @param newReference the frame, or {@code null} to leave it unset
   */
  public RoomGizmos withReference(@Nullable ReferenceFrame newReference) {
    return new RoomGizmos(selection, manipulation, pivot, newReference, camera, visible, extensions);
  }

  /**
   * {@return a copy with the scene camera {@code newCamera}}
   *
   * @param newCamera the camera, or {@code null} to leave it unset
   */
  public RoomGizmos withCamera(@Nullable SceneCamera newCamera) {
    return new RoomGizmos(selection, manipulation, pivot, reference, newCamera, visible, extensions);
  }

  /**
   * @param newVisible the overlays shown, each at most once; copied
   * @return a copy showing {@code newVisible}
   * @throws SessionValidationException if an overlay is listed twice
   */
  public RoomGizmos withVisible(List<GizmoKind> newVisible) {
    return new RoomGizmos(selection, manipulation, pivot, reference, camera, newVisible, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named like a member of the room gizmos
   */
  public RoomGizmos withExtensions(Extensions newExtensions) {
    return new RoomGizmos(selection, manipulation, pivot, reference, camera, visible, newExtensions);
  }
}
