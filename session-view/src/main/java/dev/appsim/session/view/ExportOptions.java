package dev.appsim.session.view;

import static java.util.Objects.requireNonNull;

/**
 * How {@link GltfExport} writes.
 *
 * <pre>{@code
 * ExportOptions plain = ExportOptions.defaults().toBuilder().confidence(ConfidenceEncoding.NONE).build();
 * }</pre>
 *
 * @param confidence how per-vertex confidence is carried; default {@link ConfidenceEncoding#COLOR_AND_ATTRIBUTE}
 * @param cameraFieldOfViewDeg vertical field of view given to the scene camera, which sessions do not
 *     record; in (0, 180) degrees, default {@value #DEFAULT_FIELD_OF_VIEW_DEG}
 */
public record ExportOptions(ConfidenceEncoding confidence, double cameraFieldOfViewDeg) {
  /** Default vertical field of view of the exported scene camera. */
  public static final double DEFAULT_FIELD_OF_VIEW_DEG = 60;

  private static final ExportOptions DEFAULTS =
      new ExportOptions(ConfidenceEncoding.COLOR_AND_ATTRIBUTE, DEFAULT_FIELD_OF_VIEW_DEG);

  /**
   * @throws IllegalArgumentException if the field of view is outside (0, 180)
   */
  public ExportOptions {
    requireNonNull(confidence, "confidence is null");
    if (!(cameraFieldOfViewDeg > 0 && cameraFieldOfViewDeg < 180)) {
      throw new IllegalArgumentException("cameraFieldOfViewDeg (" + cameraFieldOfViewDeg
          + ") must be greater than 0 and less than 180");
    }
  }

  /** Confidence as colour and attribute, a 60-degree camera. */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Collects options; {@link #build()} checks them. */
  public static final class Builder {
    private ConfidenceEncoding confidence;
    private double cameraFieldOfViewDeg;

    private Builder(ExportOptions from) {
      this.confidence = from.confidence;
      this.cameraFieldOfViewDeg = from.cameraFieldOfViewDeg;
    }

    public Builder confidence(ConfidenceEncoding value) {
      this.confidence = requireNonNull(value, "confidence is null");
      return this;
    }

    /** Checked by {@link #build()}. */
    public Builder cameraFieldOfViewDeg(double value) {
      this.cameraFieldOfViewDeg = value;
      return this;
    }

    /** @throws IllegalArgumentException if the field of view is outside (0, 180) */
    public ExportOptions build() {
      return new ExportOptions(confidence, cameraFieldOfViewDeg);
    }
  }
}
