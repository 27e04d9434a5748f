package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** The hands panel: the simulated left and right hands. */
public record HandsPanel(@Nullable HandState left, @Nullable HandState right, Extensions extensions) {
  public HandsPanel {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "left", "right");
  }

  public HandsPanel(@Nullable HandState left, @Nullable HandState right) {
    this(left, right, Extensions.EMPTY);
  }

  public HandsPanel withLeft(@Nullable HandState newLeft) {
    return new HandsPanel(newLeft, right, extensions);
  }

  public HandsPanel withRight(@Nullable HandState newRight) {
    return new HandsPanel(left, newRight, extensions);
  }

  public HandsPanel withExtensions(Extensions newExtensions) {
    return new HandsPanel(left, right, newExtensions);
  }
}
