package dev.appsim.session.view.internal;

/**
 * Where plan metres land in the picture: the extent, padded, centred in the plot rectangle at one
 * scale for both axes. Everything is computed from halves and differences to the centre, so an
 * extent spanning the whole double range still gives finite pixels.
 */
final class Viewport {
  /** Smallest half-width shown, in metres: a single node gets a 1 m by 1 m neighbourhood. */
  static final double MIN_HALF = 0.5;
  /** Padding around the content: this fraction of its half-size, plus {@link #PAD_METRES}. */
  static final double PAD_FRACTION = 0.06;
  static final double PAD_METRES = 0.25;

  private final double plotX;
  private final double plotY;
  private final double plotWidth;
  private final double plotHeight;
  private final double centreU;
  private final double centreV;
  private final double metresPerPixel;

  public Viewport(PlanItems.Extent extent, double plotX, double plotY, double plotWidth, double plotHeight) {
    this.plotX = plotX;
    this.plotY = plotY;
    this.plotWidth = plotWidth;
    this.plotHeight = plotHeight;
    double halfU = MIN_HALF;
    double halfV = MIN_HALF;
    if (extent.isEmpty()) {
      centreU = 0;
      centreV = 0;
    } else {
      centreU = extent.minU() / 2 + extent.maxU() / 2;
      centreV = extent.minV() / 2 + extent.maxV() / 2;
      halfU = padded(extent.maxU() / 2 - extent.minU() / 2);
      halfV = padded(extent.maxV() / 2 - extent.minV() / 2);
    }
    metresPerPixel = Math.max(halfU / (plotWidth / 2), halfV / (plotHeight / 2));
  }

  private static double padded(double half) {
    double p = half + half * PAD_FRACTION + PAD_METRES;
    return Math.max(MIN_HALF, Double.isFinite(p) ? p : Double.MAX_VALUE);
  }

  /** The pixel column of {@code u}. */
  public double x(double u) {
    return plotX + plotWidth / 2 + (u - centreU) / metresPerPixel;
  }

  /** The pixel row of {@code v}. */
  public double y(double v) {
    return plotY + plotHeight / 2 + (v - centreV) / metresPerPixel;
  }

  /** {@code metres} as a pixel length. */
  public double pixels(double metres) {
    return metres / metresPerPixel;
  }

  public double metresPerPixel() {
    return metresPerPixel;
  }

  /** Plan u at the left edge of the plot. */
  public double minU() {
    return centreU - metresPerPixel * plotWidth / 2;
  }

  public double maxU() {
    return centreU + metresPerPixel * plotWidth / 2;
  }

  public double minV() {
    return centreV - metresPerPixel * plotHeight / 2;
  }

  public double maxV() {
    return centreV + metresPerPixel * plotHeight / 2;
  }

  /** The plot's diagonal in metres (may be infinite for an extent spanning the double range). */
  public double diagonalMetres() {
    return Math.hypot(plotWidth, plotHeight) * metresPerPixel;
  }

  public double plotX() {
    return plotX;
  }

  public double plotY() {
    return plotY;
  }

  public double plotWidth() {
    return plotWidth;
  }

  public double plotHeight() {
    return plotHeight;
  }
}
