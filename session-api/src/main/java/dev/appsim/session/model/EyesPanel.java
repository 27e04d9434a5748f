package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The eyes panel: the point the simulated eyes fixate, in metres, and the tracker's confidence in [0, 1].
 *
 * @param fixation the fixated point in metres, or {@code null} if the file does not say
 * @param confidence the eye tracker's confidence in [0, 1], or {@code null} if the file does not say
 * @param extensions members the format does not define, kept for round trips
 */
public record EyesPanel(@Nullable Vec3 fixation, @Nullable Double confidence, Extensions extensions) {
  /**
   * Checks the confidence and the extensions.
   *
   * @param fixation the fixated point in metres, or {@code null}
   * @param confidence the confidence in [0, 1], or {@code null}
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code extensions} is null
   * @throws SessionValidationException if the confidence is outside [0, 1] or not finite, or an
   *     extension is named {@code fixation} or {@code confidence}
   */
  public EyesPanel {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "fixation", "confidence");
    Checks checks = new Checks();
    checks.unitInterval("/confidence", confidence);
    checks.throwIfAny();
  }

  /**
   * A panel without extensions.
   *
   * @param fixation the fixated point in metres, or {@code null}
   * @param confidence the confidence in [0, 1], or {@code null}
   * @throws SessionValidationException if the confidence is outside [0, 1] or not finite
   */
  public EyesPanel(@Nullable Vec3 fixation, @Nullable Double confidence) {
    this(fixation, confidence, Extensions.EMPTY);
  }

  /**
   * {@return a copy fixating {@code newFixation}}
   *
   * @param newFixation the fixated point in metres, or {@code null} to leave it unset
   */
  public EyesPanel withFixation(@Nullable Vec3 newFixation) {
    return new EyesPanel(newFixation, confidence, extensions);
  }

  /**
   * {@return a copy with the confidence {@code newConfidence}}
   *
   * @param newConfidence the confidence in [0, 1], or {@code null} to leave it unset
   * @throws SessionValidationException if the confidence is outside [0, 1] or not finite
   */
  public EyesPanel withConfidence(@Nullable Double newConfidence) {
    return new EyesPanel(fixation, newConfidence, extensions);
  }

  /**
   * {@return a copy with {@code newExtensions}}
   *
   * @param newExtensions members the format does not define, kept for round trips
   * @throws SessionValidationException if an extension is named {@code fixation} or {@code confidence}
   */
  public EyesPanel withExtensions(Extensions newExtensions) {
    return new EyesPanel(fixation, confidence, newExtensions);
  }
}
