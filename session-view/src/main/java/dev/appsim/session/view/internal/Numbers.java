package dev.appsim.session.view.internal;

import java.math.BigDecimal;

/**
 * Number text that is the same on every machine: pixel coordinates with one decimal, and
 * "nice" lengths (1, 2 or 5 times a power of ten) for grids and scale bars. No
 * {@code String.format}, so no locale can change a decimal point into a comma.
 */
public final class Numbers {
  /** Pixel coordinates are clamped to this magnitude: far outside any picture, still exact to 0.1. */
  public static final double MAX_PIXEL = 1e7;

  private Numbers() {}

  /** {@code px} rounded to one decimal, without a trailing ".0" and never as "-0". */
  public static String px(double px) {
    double clamped = Double.isNaN(px) ? 0 : Math.max(-MAX_PIXEL, Math.min(MAX_PIXEL, px));
    long tenths = Math.round(clamped * 10);
    if (tenths == 0) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    if (tenths < 0) {
      sb.append('-');
      tenths = -tenths;
    }
    sb.append(tenths / 10);
    if (tenths % 10 != 0) {
      sb.append('.').append(tenths % 10);
    }
    return sb.toString();
  }

  /** A length of {@code mantissa} (1, 2 or 5) times ten to {@code exponent}. */
  public record Nice(int mantissa, int exponent) {
    /** The smallest nice length of at least {@code min} (> 0, finite). */
    public static Nice atLeast(double min) {
      int exponent = (int) Math.floor(Math.log10(min));
      for (int e = exponent - 1; ; e++) {
        for (int m : new int[] {1, 2, 5}) {
          Nice nice = new Nice(m, e);
          if (nice.value() >= min) {
            return nice;
          }
        }
      }
    }

    /** The largest nice length of at most {@code max} (> 0, finite). */
    public static Nice atMost(double max) {
      Nice up = atLeast(max);
      if (up.value() == max) {
        return up;
      }
      return up.mantissa == 1 ? new Nice(5, up.exponent - 1) : new Nice(up.mantissa == 5 ? 2 : 1, up.exponent);
    }

    public double value() {
      return Double.parseDouble(mantissa + "e" + exponent);
    }

    /** "0.5 m", "20 m", "1e-9 m", "2e+300 m". */
    public String metres() {
      String number = exponent >= -4 && exponent <= 6
          ? BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).toPlainString()
          : mantissa + "e" + (exponent > 0 ? "+" : "") + exponent;
      return number + " m";
    }
  }
}
