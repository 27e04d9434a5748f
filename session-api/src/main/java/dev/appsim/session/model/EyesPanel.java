package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** The eyes panel: the point the simulated eyes fixate, in metres, and the tracker's confidence in [0, 1]. */
public record EyesPanel(@Nullable Vec3 fixation, @Nullable Double confidence, Extensions extensions) {
  public EyesPanel {
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "fixation", "confidence");
    Checks checks = new Checks();
    checks.unitInterval("/confidence", confidence);
    checks.throwIfAny();
  }

  public EyesPanel(@Nullable Vec3 fixation, @Nullable Double confidence) {
    this(fixation, confidence, Extensions.EMPTY);
  }

  public EyesPanel withFixation(@Nullable Vec3 newFixation) {
    return new EyesPanel(newFixation, confidence, extensions);
  }

  /** @throws SessionValidationException if the confidence is outside [0, 1] */
  public EyesPanel withConfidence(@Nullable Double newConfidence) {
    return new EyesPanel(fixation, newConfidence, extensions);
  }

  public EyesPanel withExtensions(Extensions newExtensions) {
    return new EyesPanel(fixation, confidence, newExtensions);
  }
}
