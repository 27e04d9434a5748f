package dev.appsim.session.view;

import static java.util.Objects.requireNonNull;

/**
 * How {@link FloorPlan} draws: which {@link View} and how large the picture is, in CSS pixels. The
 * room is scaled uniformly (one metre is as long across as it is down) to fit the plot area, which
 * is the picture less a title row at the top, a scale-bar row at the bottom and a
 * {@value #LEGEND_WIDTH}-pixel legend column at the right.
 *
 * <pre>{@code
 * RenderOptions side = RenderOptions.defaults().toBuilder().view(View.SIDE).size(1200, 600).build();
 * }</pre>
 *
 * @param view the projection; default {@link View#TOP}
 * @param width picture width in pixels, {@value #MIN_WIDTH} to {@value #MAX_SIZE}; default {@value #DEFAULT_WIDTH}
 * @param height picture height in pixels, {@value #MIN_HEIGHT} to {@value #MAX_SIZE}; default {@value #DEFAULT_HEIGHT}
 */
public record RenderOptions(View view, int width, int height) {
  /** Width of the legend column at the right of the picture. */
  public static final int LEGEND_WIDTH = 200;
  /** Smallest picture width: the legend plus a usable plot. */
  public static final int MIN_WIDTH = 360;
  /** Smallest picture height. */
  public static final int MIN_HEIGHT = 240;
  /** Largest width or height. */
  public static final int MAX_SIZE = 16384;
  /** Default picture width. */
  public static final int DEFAULT_WIDTH = 960;
  /** Default picture height. */
  public static final int DEFAULT_HEIGHT = 720;

  private static final RenderOptions DEFAULTS = new RenderOptions(View.TOP, DEFAULT_WIDTH, DEFAULT_HEIGHT);

  /**
   * @throws IllegalArgumentException if a size is out of range
   */
  public RenderOptions {
    requireNonNull(view, "view is null");
    if (width < MIN_WIDTH || width > MAX_SIZE) {
      throw new IllegalArgumentException("width (" + width + ") must be between " + MIN_WIDTH + " and " + MAX_SIZE);
    }
    if (height < MIN_HEIGHT || height > MAX_SIZE) {
      throw new IllegalArgumentException("height (" + height + ") must be between " + MIN_HEIGHT + " and " + MAX_SIZE);
    }
  }

  /** A top view of {@value #DEFAULT_WIDTH} by {@value #DEFAULT_HEIGHT} pixels. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Collects options; {@link #build()} checks the sizes. */
  public static final class Builder {
    private View view;
    private int width;
    private int height;

    private Builder(RenderOptions from) {
      this.view = from.view;
      this.width = from.width;
      this.height = from.height;
    }

    public Builder view(View value) {
      this.view = requireNonNull(value, "view is null");
      return this;
    }

    /** Picture size in pixels; checked by {@link #build()}. */
    public Builder size(int newWidth, int newHeight) {
      this.width = newWidth;
      this.height = newHeight;
      return this;
    }

    /** @throws IllegalArgumentException if a size is out of range */
    public RenderOptions build() {
      return new RenderOptions(view, width, height);
    }
  }
}
