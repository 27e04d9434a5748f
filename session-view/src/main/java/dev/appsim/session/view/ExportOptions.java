package dev.appsim.session.view;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * How {@link GltfExport} writes. Immutable; a final class with a builder rather than a record, so
 * that an option added later changes no constructor signature.
 *
 * <pre>{@code
 * ExportOptions plain = ExportOptions.defaults().toBuilder().confidence(ConfidenceEncoding.NONE).build();
 * }</pre>
 */
public final class ExportOptions {
  /** Default vertical field of view of the exported scene camera. */
  public static final double DEFAULT_FIELD_OF_VIEW_DEG = 60;

  private static final ExportOptions DEFAULTS = new Builder().build();

  private final ConfidenceEncoding confidence;
  private final double cameraFieldOfViewDeg;

  private ExportOptions(Builder b) {
    this.confidence = b.confidence;
    this.cameraFieldOfViewDeg = b.cameraFieldOfViewDeg;
    if (!(cameraFieldOfViewDeg > 0 && cameraFieldOfViewDeg < 180)) {
      throw new IllegalArgumentException("cameraFieldOfViewDeg (" + cameraFieldOfViewDeg
          + ") must be greater than 0 and less than 180");
    }
  }

  /** {@return the defaults: confidence as colour and attribute, a 60-degree camera} */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from these values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@return how per-vertex confidence is carried; default {@link
   * ConfidenceEncoding#COLOR_AND_ATTRIBUTE}}
   */
  public ConfidenceEncoding confidence() {
    return confidence;
  }

  /**
   * {@return the vertical field of view given to the scene camera, which sessions do not record;
   * in (0, 180) degrees, default {@value #DEFAULT_FIELD_OF_VIEW_DEG}}
   */
  public double cameraFieldOfViewDeg() {
    return cameraFieldOfViewDeg;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExportOptions other
        && confidence.equals(other.confidence)
        && Double.compare(cameraFieldOfViewDeg, other.cameraFieldOfViewDeg) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(confidence, cameraFieldOfViewDeg);
  }

  @Override
  public String toString() {
    return "ExportOptions[confidence=" + confidence
        + ", cameraFieldOfViewDeg=" + cameraFieldOfViewDeg + "]";
  }

  /** Collects options; {@link #build()} checks them. */
  public static final class Builder {
    private ConfidenceEncoding confidence = ConfidenceEncoding.COLOR_AND_ATTRIBUTE;
    private double cameraFieldOfViewDeg = DEFAULT_FIELD_OF_VIEW_DEG;

    private Builder() {}

    private Builder(ExportOptions from) {
      this.confidence = from.confidence;
      this.cameraFieldOfViewDeg = from.cameraFieldOfViewDeg;
    }

    /**
     * Sets {@link ExportOptions#confidence()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder confidence(ConfidenceEncoding value) {
      this.confidence = requireNonNull(value, "confidence is null");
      return this;
    }

    /**
     * Sets {@link ExportOptions#cameraFieldOfViewDeg()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder cameraFieldOfViewDeg(double value) {
      this.cameraFieldOfViewDeg = value;
      return this;
    }

    /**
     * The options.
     *
     * @return the built options
     * @throws IllegalArgumentException if the field of view is outside (0, 180)
     */
    public ExportOptions build() {
      return new ExportOptions(this);
    }
  }
}
