package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** Whether one property panel is shown and whether it is collapsed. */
public record PanelLayout(@Nullable Boolean visible, @Nullable Boolean collapsed, Extensions extensions) {
  public PanelLayout {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "visible", "collapsed");
  }

  public PanelLayout(@Nullable Boolean visible, @Nullable Boolean collapsed) {
    this(visible, collapsed, Extensions.EMPTY);
  }

  public PanelLayout withVisible(@Nullable Boolean newVisible) {
    return new PanelLayout(newVisible, collapsed, extensions);
  }

  public PanelLayout withCollapsed(@Nullable Boolean newCollapsed) {
    return new PanelLayout(visible, newCollapsed, extensions);
  }

  public PanelLayout withExtensions(Extensions newExtensions) {
    return new PanelLayout(visible, collapsed, newExtensions);
  }
}
