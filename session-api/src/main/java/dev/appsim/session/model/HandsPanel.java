package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The hands panel: the simulated left and right hands.
 *
 * @param left the left hand, or {@code null} if the file does not say
 * @param right the right hand, or {@code null} if the file does not say
 * @param extensions members the format does not define, kept for round trips
 */
public record HandsPanel(@Nullable HandState left, @Nullable HandState right, Extensions extensions) {
  /**
   * Checks the extensions.
   *
   * @param left the left hand, or {@code null}
   * @param right the right hand, or {@code null}
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code extensions} is null
   * @throws SessionValidationException if an extension is named {@code left} or {@code right}
   */
  public HandsPanel {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "left", "right");
  }

  /**
   * A panel without extensions.
   *
   * @param left the left hand, or {@code null}
   * @param right the right hand, or {@code null}
   */
  public HandsPanel(@Nullable HandState left, @Nullable HandState right) {
    this(left, right, Extensions.EMPTY);
  }

  /**
   * {@return a copy with the left hand {@code newLeft}}
   *
   * @param newLeft the left hand, or {@code null} to leave it unset
   */
  public HandsPanel withLeft(@Nullable HandState newLeft) {
    return new HandsPanel(newLeft, right, extensions);
  }

  /**
   * {@return a copy with the right hand {@code newRight}}
   *
   * @param newRight the right hand, or {@code null} to leave it unset
   */
  public HandsPanel withRight(@Nullable HandState newRight) {
    return new HandsPanel(left, newRight, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named {@code left} or {@code right}
   */
  public HandsPanel withExtensions(Extensions newExtensions) {
    return new HandsPanel(left, right, newExtensions);
  }
}
