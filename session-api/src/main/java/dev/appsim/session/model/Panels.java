package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's property panels, which drive the simulated device: head pose, controller,
 * hands and eyes, plus the layout of the panels themselves.
 *
 * @param layout per panel name (e.g. {@code "headPose"}), whether it is shown and collapsed; ordered
 * @param headPose the head-pose panel, or {@code null} if the file does not say
 * @param controller the controller panel, or {@code null} if the file does not say
 * @param hands the hands panel, or {@code null} if the file does not say
 * @param eyes the eyes panel, or {@code null} if the file does not say
 * @param extensions members the format does not define, kept for round trips
 */
public record Panels(
    @Nullable HeadPosePanel headPose,
    @Nullable ControllerPanel controller,
    @Nullable HandsPanel hands,
    @Nullable EyesPanel eyes,
    Map<String, PanelLayout> layout,
    Extensions extensions) {

  /**
   * Checks the components and copies the layout, keeping its order.
   *
   * @param headPose the head-pose panel, or {@code null}
   * @param controller the controller panel, or {@code null}
   * @param hands the hands panel, or {@code null}
   * @param eyes the eyes panel, or {@code null}
   * @param layout per panel name, its layout; no null key or value
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code layout}, a layout name or value, or {@code extensions} is
   *     null
   * @throws SessionValidationException if an extension is named like a panels member
   */
  public Panels {
    requireNonNull(layout, "layout is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "headPose", "controller", "hands", "eyes", "layout");
    LinkedHashMap<String, PanelLayout> copy = new LinkedHashMap<>();
    layout.forEach((k, v) -> copy.put(requireNonNull(k, "layout name is null"),
        requireNonNull(v, () -> "layout \"" + k + "\" is null")));
    layout = Collections.unmodifiableMap(copy);
  }

  /** Equal parts, with {@code layout} in the same order: the order is written to the file. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Panels other
        && Objects.equals(headPose, other.headPose)
        && Objects.equals(controller, other.controller)
        && Objects.equals(hands, other.hands)
        && Objects.equals(eyes, other.eyes)
        && Objects.equals(extensions, other.extensions)
        && List.copyOf(layout.entrySet()).equals(List.copyOf(other.layout.entrySet()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(headPose, controller, hands, eyes, extensions, layout);
  }

  /** No panel state, no layout. */
  public static final Panels NONE = new Panels(null, null, null, null, Map.of(), Extensions.EMPTY);

  /**
   * {@return a copy with the head-pose panel {@code newHeadPose}}
   *
   * @param newHeadPose the panel, or {@code null} to leave it unset
   */
  public Panels withHeadPose(@Nullable HeadPosePanel newHeadPose) {
    return new Panels(newHeadPose, controller, hands, eyes, layout, extensions);
  }

  /**
   * {@return a copy with the controller panel {@code newController}}
   *
   * @param newController the panel, or {@code null} to leave it unset
   */
  public Panels withController(@Nullable ControllerPanel newController) {
    return new Panels(headPose, newController, hands, eyes, layout, extensions);
  }

  /**
   * {@return a copy with the hands panel {@code newHands}}
   *
   * @param newHands the panel, or {@code null} to leave it unset
   */
  public Panels withHands(@Nullable HandsPanel newHands) {
    return new Panels(headPose, controller, newHands, eyes, layout, extensions);
  }

  /**
   * {@return a copy with the eyes panel {@code newEyes}}
   *
   * @param newEyes the panel, or {@code null} to leave it unset
   */
  public Panels withEyes(@Nullable EyesPanel newEyes) {
    return new Panels(headPose, controller, hands, newEyes, layout, extensions);
  }

  /**
   * The layout of every panel, in this order (the order is written to the file).
   *
   * @param newLayout per panel name, its layout; no null key or value; copied
   * @return a copy with that layout
   * @throws NullPointerException if the map, a name or a layout is null
   */
  public Panels withLayout(Map<String, PanelLayout> newLayout) {
    return new Panels(headPose, controller, hands, eyes, newLayout, extensions);
  }

  /**
   * This layout with {@code panel} set to {@code panelLayout}: in place if present, else last.
   *
   * @param panel the panel's name, e.g. {@code "headPose"}
   * @param panelLayout its layout
   * @return a copy with the changed layout
   * @throws NullPointerException if an argument is null
   */
  public Panels withLayout(String panel, PanelLayout panelLayout) {
    requireNonNull(panel, "panel is null");
    requireNonNull(panelLayout, "panelLayout is null");
    LinkedHashMap<String, PanelLayout> copy = new LinkedHashMap<>(layout);
    copy.put(panel, panelLayout);
    return withLayout(copy);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named like a panels member
   */
  public Panels withExtensions(Extensions newExtensions) {
    return new Panels(headPose, controller, hands, eyes, layout, newExtensions);
  }
}
