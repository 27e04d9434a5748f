package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of a {@link LightNode}.
 *
 * @param type directional, point, spot or ambient
 * @param color linear RGB, each component >= 0
 * @param intensity >= 0 (candela for point and spot lights, lux for directional)
 * @param range reach in metres, > 0; only meaningful for point and spot lights
 * @param innerConeDeg spot lights: angle of full intensity, in (0, 90] and at most {@code outerConeDeg}
 * @param outerConeDeg spot lights: angle where the light fades out, in (0, 90]
 * @param castShadows whether the light casts shadows (default {@code false})
 * @param extensions members the format does not define, kept for round trips
 */
public record Light(
    LightType type,
    Rgb color,
    double intensity,
    @Nullable Double range,
    @Nullable Double innerConeDeg,
    @Nullable Double outerConeDeg,
    boolean castShadows,
    Extensions extensions) {

  /**
   * Checks the ranges of the parameters.
   *
   * @param type directional, point, spot or ambient
   * @param color linear RGB
   * @param intensity >= 0, finite
   * @param range reach in metres, > 0, or {@code null}
   * @param innerConeDeg angle of full intensity in (0, 90], at most {@code outerConeDeg}, or {@code null}
   * @param outerConeDeg angle where the light fades out in (0, 90], or {@code null}
   * @param castShadows whether the light casts shadows
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code type}, {@code color} or {@code extensions} is null
   * @throws SessionValidationException if a value is outside its range or not finite, the inner cone
   *     is wider than the outer one, or an extension is named like a light member
   */
  public Light {
    requireNonNull(type, "type is null");
    requireNonNull(color, "color is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "type", "color", "intensity", "range", "innerConeDeg", "outerConeDeg", "castShadows");
    Checks checks = new Checks();
    checks.atLeast("/intensity", intensity, 0);
    if (range != null) {
      checks.positive("/range", range);
    }
    coneAngle("/innerConeDeg", innerConeDeg, checks);
    coneAngle("/outerConeDeg", outerConeDeg, checks);
    if (innerConeDeg != null && outerConeDeg != null && Double.isFinite(innerConeDeg) && Double.isFinite(outerConeDeg)
        && innerConeDeg > outerConeDeg) {
      checks.add("/innerConeDeg", "inner cone " + innerConeDeg + " is wider than outer cone " + outerConeDeg);
    }
    checks.throwIfAny();
  }

  private static void coneAngle(String pointer, @Nullable Double degrees, Checks checks) {
    if (degrees != null) {
      checks.finite(pointer, degrees);
      if (Double.isFinite(degrees) && (degrees <= 0 || degrees > 90)) {
        checks.add(pointer, degrees + " is outside (0, 90]");
      }
    }
  }

  /**
   * A white light of the given type and intensity, without range, cones or shadows.
   *
   * @param type the kind of light
   * @param intensity >= 0, finite
   * @return the light
   * @throws SessionValidationException if {@code intensity} is negative or not finite
   */
  public static Light of(LightType type, double intensity) {
    return new Light(type, Rgb.WHITE, intensity, null, null, null, false, Extensions.EMPTY);
  }

  /**
   * A spot light without shadows or extensions.
   *
   * @param color linear RGB
   * @param intensity in candela, >= 0
   * @param range reach in metres, > 0
   * @param innerConeDeg angle of full intensity in (0, 90], at most {@code outerConeDeg}
   * @param outerConeDeg angle where the light fades out in (0, 90]
   * @return the light
   * @throws SessionValidationException if a value is outside its range (see the canonical constructor)
   */
  public static Light spot(Rgb color, double intensity, double range, double innerConeDeg, double outerConeDeg) {
    return new Light(LightType.SPOT, color, intensity, range, innerConeDeg, outerConeDeg, false, Extensions.EMPTY);
  }

  /**
   * {@return a copy with {@code newIntensity}}
   *
   * @param newIntensity >= 0, finite
   * @throws SessionValidationException if {@code newIntensity} is negative or not finite
   */
  public Light withIntensity(double newIntensity) {
    return new Light(type, color, newIntensity, range, innerConeDeg, outerConeDeg, castShadows, extensions);
  }

  /**
   * {@return a copy with {@code newColor}}
   *
   * @param newColor linear RGB; not null
   * @throws NullPointerException if {@code newColor} is null
   */
  public Light withColor(Rgb newColor) {
    return new Light(type, newColor, intensity, range, innerConeDeg, outerConeDeg, castShadows, extensions);
  }

  /**
   * {@return a copy that casts shadows or not}
   *
   * @param newCastShadows whether the light casts shadows
   */
  public Light withCastShadows(boolean newCastShadows) {
    return new Light(type, color, intensity, range, innerConeDeg, outerConeDeg, newCastShadows, extensions);
  }
}
