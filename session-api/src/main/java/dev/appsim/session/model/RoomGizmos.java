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
 */
public record RoomGizmos(
    List<String> selection,
    @Nullable ManipulationMode manipulation,
    @Nullable Pivot pivot,
    @Nullable ReferenceFrame reference,
    @Nullable SceneCamera camera,
    List<GizmoKind> visible,
    Extensions extensions) {

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

  public RoomGizmos withSelection(List<String> newSelection) {
    return new RoomGizmos(newSelection, manipulation, pivot, reference, camera, visible, extensions);
  }

  public RoomGizmos withManipulation(@Nullable ManipulationMode newManipulation) {
    return new RoomGizmos(selection, newManipulation, pivot, reference, camera, visible, extensions);
  }

  public RoomGizmos withPivot(@Nullable Pivot newPivot) {
    return new RoomGizmos(selection, manipulation, newPivot, reference, camera, visible, extensions);
  }

  public RoomGizmos withReference(@Nullable ReferenceFrame newReference) {
    return new RoomGizmos(selection, manipulation, pivot, newReference, camera, visible, extensions);
  }

  public RoomGizmos withCamera(@Nullable SceneCamera newCamera) {
    return new RoomGizmos(selection, manipulation, pivot, reference, newCamera, visible, extensions);
  }

  /** @throws SessionValidationException if an overlay is listed twice */
  public RoomGizmos withVisible(List<GizmoKind> newVisible) {
    return new RoomGizmos(selection, manipulation, pivot, reference, camera, newVisible, extensions);
  }

  public RoomGizmos withExtensions(Extensions newExtensions) {
    return new RoomGizmos(selection, manipulation, pivot, reference, camera, visible, newExtensions);
  }
}
