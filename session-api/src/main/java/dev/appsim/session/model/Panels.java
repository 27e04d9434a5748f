package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's property panels, which drive the simulated device: head pose, controller,
 * hands and eyes, plus the layout of the panels themselves.
 *
 * @param layout per panel name (e.g. {@code "headPose"}), whether it is shown and collapsed; ordered
 */
public record Panels(
    @Nullable HeadPosePanel headPose,
    @Nullable ControllerPanel controller,
    @Nullable HandsPanel hands,
    @Nullable EyesPanel eyes,
    Map<String, PanelLayout> layout,
    Extensions extensions) {

  public Panels {
    requireNonNull(layout, "layout is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "headPose", "controller", "hands", "eyes", "layout");
    LinkedHashMap<String, PanelLayout> copy = new LinkedHashMap<>();
    layout.forEach((k, v) -> copy.put(requireNonNull(k, "layout name is null"),
        requireNonNull(v, () -> "layout \"" + k + "\" is null")));
    layout = Collections.unmodifiableMap(copy);
  }
}
