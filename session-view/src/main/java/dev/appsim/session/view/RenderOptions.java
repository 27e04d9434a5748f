package dev.appsim.session.view;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * How {@link FloorPlan} draws: which {@link View} and how large the picture is, in CSS pixels. The
 * room is scaled uniformly (one metre is as long across as it is down) to fit the plot area, which
 * is the picture less a title row at the top, a scale-bar row at the bottom and a
 * {@value #LEGEND_WIDTH}-pixel legend column at the right. Immutable; a final class with a
 * builder rather than a record, so that an option added later changes no constructor signature.
 *
 * <pre>{@code
 * RenderOptions side = RenderOptions.defaults().toBuilder().view(View.SIDE).size(1200, 600).build();
 * }</pre>
 */
public final class RenderOptions {
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

  private static final RenderOptions DEFAULTS = new Builder().build();

  private final View view;
  private final int width;
  private final int height;

  private RenderOptions(Builder b) {
    this.view = b.view;
    this.width = b.width;
    this.height = b.height;
    if (width < MIN_WIDTH || width > MAX_SIZE) {
      throw new IllegalArgumentException("width (" + width + ") must be between " + MIN_WIDTH + " and " + MAX_SIZE);
    }
    if (height < MIN_HEIGHT || height > MAX_SIZE) {
      throw new IllegalArgumentException("height (" + height + ") must be between " + MIN_HEIGHT + " and " + MAX_SIZE);
    }
  }

  /** {@return a top view of {@value #DEFAULT_WIDTH} by {@value #DEFAULT_HEIGHT} pixels} */
  public static RenderOptions defaults() {
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

  /** {@return the projection; default {@link View#TOP}} */
  public View view() {
    return view;
  }

  /**
   * {@return the picture width in pixels, {@value #MIN_WIDTH} to {@value #MAX_SIZE}; default
   * {@value #DEFAULT_WIDTH}}
   */
  public int width() {
    return width;
  }

  /**
   * {@return the picture height in pixels, {@value #MIN_HEIGHT} to {@value #MAX_SIZE}; default
   * {@value #DEFAULT_HEIGHT}}
   */
  public int height() {
    return height;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderOptions other
        && view.equals(other.view)
        && width == other.width
        && height == other.height;
  }

  @Override
  public int hashCode() {
    return Objects.hash(view, width, height);
  }

  @Override
  public String toString() {
    return "RenderOptions[view=" + view
        + ", width=" + width
        + ", height=" + height + "]";
  }

  /** Collects options; {@link #build()} checks the sizes. */
  public static final class Builder {
    private View view = View.TOP;
    private int width = DEFAULT_WIDTH;
    private int height = DEFAULT_HEIGHT;

    private Builder() {}

    private Builder(RenderOptions from) {
      this.view = from.view;
      this.width = from.width;
      this.height = from.height;
    }

    /**
     * Sets {@link RenderOptions#view()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder view(View value) {
      this.view = requireNonNull(value, "view is null");
      return this;
    }

    /**
     * Sets {@link RenderOptions#width()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder width(int value) {
      this.width = value;
      return this;
    }

    /**
     * Sets {@link RenderOptions#height()}.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder height(int value) {
      this.height = value;
      return this;
    }

    /**
     * Picture size in pixels; checked by {@link #build()}.
     *
     * @param newWidth width, {@value RenderOptions#MIN_WIDTH} to {@value RenderOptions#MAX_SIZE}
     * @param newHeight height, {@value RenderOptions#MIN_HEIGHT} to {@value RenderOptions#MAX_SIZE}
     * @return this builder
     */
    public Builder size(int newWidth, int newHeight) {
      this.width = newWidth;
      this.height = newHeight;
      return this;
    }

    /**
     * The options.
     *
     * @return the built options
     * @throws IllegalArgumentException if a size is out of range
     */
    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
