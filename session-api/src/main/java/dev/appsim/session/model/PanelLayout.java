package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Whether one property panel is shown and whether it is collapsed.
 *
 * @param visible whether the panel is shown, or {@code null} if the file does not say
 * @param collapsed whether the panel is collapsed, or {@code null} if the file does not say
 * @param extensions members the format does not define, kept for round trips
 */
public record PanelLayout(@Nullable Boolean visible, @Nullable Boolean collapsed, Extensions extensions) {
  /**
   * Checks the extensions.
   *
   * @param visible whether the panel is shown, or {@code null}
   * @param collapsed whether the panel is collapsed, or {@code null}
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code extensions} is null
   * @throws SessionValidationException if an extension is named {@code visible} or {@code collapsed}
   */
  public PanelLayout {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "visible", "collapsed");
  }

  /**
   * A layout without extensions.
   *
   * @param visible whether the panel is shown, or {@code null}
   * @param collapsed whether the panel is collapsed, or {@code null}
   */
  public PanelLayout(@Nullable Boolean visible, @Nullable Boolean collapsed) {
    this(visible, collapsed, Extensions.EMPTY);
  }

  /**
   * {@return a copy with the visibility {@code newVisible}}
   *
   * @param newVisible whether the panel is shown, or {@code null} to leave it unset
   */
  public PanelLayout withVisible(@Nullable Boolean newVisible) {
    return new PanelLayout(newVisible, collapsed, extensions);
  }

  /**
   * {@return a copy with the collapsed state {@code newCollapsed}}
   *
   * @param newCollapsed whether the panel is collapsed, or {@code null} to leave it unset
   */
  public PanelLayout withCollapsed(@Nullable Boolean newCollapsed) {
    return new PanelLayout(visible, newCollapsed, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named {@code visible} or {@code collapsed}
   */
  public PanelLayout withExtensions(Extensions newExtensions) {
    return new PanelLayout(visible, collapsed, newExtensions);
  }
}
