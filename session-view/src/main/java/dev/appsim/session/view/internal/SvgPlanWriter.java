package dev.appsim.session.view.internal;

import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightType;
import dev.appsim.session.view.RenderOptions;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes a floor plan as SVG 1.1: title row, plot (grid, cache bounds, planes, block footprints,
 * light ranges and cones, gizmos, node markers and their names), legend column and scale bar.
 * Output depends only on the items and options: fixed element order, one-decimal pixel numbers
 * in {@link Numbers#px}, no timestamps, no locale.
 */
public final class SvgPlanWriter {
  static final int TITLE_HEIGHT = 30;
  static final int BOTTOM_HEIGHT = 36;
  static final int MARGIN = 12;
  /** Grid lines are at least this far apart, in pixels. */
  static final double MIN_GRID_PIXELS = 48;
  /** Most grid lines drawn per axis, whatever the numbers say. */
  static final int MAX_GRID_LINES = 400;

  private static final String STYLE = String.join("\n",
      ".bg{fill:#ffffff}",
      ".plot{fill:#f4f4f0}",
      ".grid{stroke:#dcdcd6;stroke-width:1}",
      ".axis{fill:#8a8a84;font-size:9px}",
      ".bounds{fill:none;stroke:#7a7a7a;stroke-width:1.5;stroke-dasharray:6 4}",
      ".plane{stroke:#555555;stroke-opacity:0.6;stroke-width:1}",
      ".plane.outline{fill:none;stroke-dasharray:4 3}",
      ".block{fill:#6e6e6e;fill-opacity:0.18;stroke:#4a4a4a;stroke-width:1}",
      ".range{fill:none;stroke:#d69e2e;stroke-width:1;stroke-dasharray:5 4}",
      ".cone{fill:#f6e05e;fill-opacity:0.18;stroke:#d69e2e;stroke-width:1}",
      ".cone.inner{fill:none;stroke-dasharray:3 3}",
      ".dir{stroke-width:1.5;fill:none}",
      ".group{fill:#ffffff;stroke:#555555;stroke-width:1.5}",
      ".model{fill:#2b6cb0}",
      ".light{fill:#d69e2e}",
      ".anchor{fill:#c53030}",
      ".camera{fill:#6b46c1}",
      ".head{fill:#ffffff;stroke:#2f855a;stroke-width:2}",
      ".controller{fill:#dd6b20}",
      ".hand{fill:#b83280}",
      ".eyes{fill:none;stroke:#2f855a;stroke-width:1.5}",
      ".hidden{opacity:0.4}",
      ".hand-letter{fill:#ffffff;font-size:8px;font-weight:bold;text-anchor:middle}",
      ".label{fill:#222222;stroke:#ffffff;stroke-width:3;stroke-opacity:0.8;paint-order:stroke}",
      ".title{font-size:14px;font-weight:bold;fill:#222222}",
      ".legend{fill:#333333}",
      ".scale{fill:#222222;stroke:#222222;stroke-width:1}");

  private final PlanItems items;
  private final RenderOptions options;
  private final Viewport viewport;
  private final Writer out;

  public SvgPlanWriter(PlanItems items, RenderOptions options, Writer out) {
    this.items = items;
    this.options = options;
    this.out = out;
    double plotWidth = options.width() - RenderOptions.LEGEND_WIDTH - 2.0 * MARGIN;
    double plotHeight = options.height() - TITLE_HEIGHT - BOTTOM_HEIGHT;
    this.viewport = new Viewport(items.extent(), MARGIN, TITLE_HEIGHT, plotWidth, plotHeight);
  }

  public Viewport viewport() {
    return viewport;
  }

  /** The grid spacing this picture uses. */
  public Numbers.Nice gridStep() {
    return Numbers.Nice.atLeast(viewport.metresPerPixel() * MIN_GRID_PIXELS);
  }

  /** Writes the whole document; {@code title} is already escaped. */
  public void write(String title, Legend legend) throws IOException {
    int w = options.width();
    int h = options.height();
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + w + "\" height=\"" + h
        + "\" viewBox=\"0 0 " + w + " " + h + "\" font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\""
        + " font-size=\"11\">\n");
    out.write("<title>" + title + "</title>\n");
    out.write("<style>\n" + STYLE + "\n</style>\n");
    out.write("<defs><clipPath id=\"plot-area\"><rect x=\"" + px(viewport.plotX()) + "\" y=\"" + px(viewport.plotY())
        + "\" width=\"" + px(viewport.plotWidth()) + "\" height=\"" + px(viewport.plotHeight()) + "\"/></clipPath></defs>\n");
    out.write("<rect class=\"bg\" width=\"" + w + "\" height=\"" + h + "\"/>\n");
    out.write("<text class=\"title\" x=\"" + MARGIN + "\" y=\"20\">" + title + "</text>\n");
    out.write("<g clip-path=\"url(#plot-area)\">\n");
    out.write("<rect class=\"plot\" x=\"" + px(viewport.plotX()) + "\" y=\"" + px(viewport.plotY()) + "\" width=\""
        + px(viewport.plotWidth()) + "\" height=\"" + px(viewport.plotHeight()) + "\"/>\n");
    writeGrid();
    writeCacheBounds();
    writePlanes();
    writeFootprints();
    writeLightShapes();
    new MarkerWriter(viewport, out).write(items.markers());
    out.write("</g>\n");
    legend.write(out, options.width() - RenderOptions.LEGEND_WIDTH + 4, TITLE_HEIGHT);
    writeScaleBar();
    out.write("</svg>\n");
  }

  private void writeGrid() throws IOException {
    Numbers.Nice step = gridStep();
    double s = step.value();
    if (!Double.isFinite(s)) {
      return;
    }
    out.write("<g class=\"gridlines\">\n");
    double[] us = lines(viewport.minU(), viewport.maxU(), s);
    double[] vs = lines(viewport.minV(), viewport.maxV(), s);
    String top = px(viewport.plotY());
    String bottom = px(viewport.plotY() + viewport.plotHeight());
    String left = px(viewport.plotX());
    String right = px(viewport.plotX() + viewport.plotWidth());
    for (double k : us) {
      String x = px(viewport.x(k * s));
      out.write("<line class=\"grid\" x1=\"" + x + "\" y1=\"" + top + "\" x2=\"" + x + "\" y2=\"" + bottom + "\"/>\n");
    }
    for (double k : vs) {
      String y = px(viewport.y(k * s));
      out.write("<line class=\"grid\" x1=\"" + left + "\" y1=\"" + y + "\" x2=\"" + right + "\" y2=\"" + y + "\"/>\n");
    }
    // Labels read world coordinates: SIDE's u is -Z, FRONT's and SIDE's v is -Y.
    for (double k : us) {
      out.write("<text class=\"axis\" x=\"" + px(viewport.x(k * s) + 2) + "\" y=\"" + px(viewport.plotY() + 10) + "\">"
          + gridValue(k, step, items.projection() == Projection.SIDE ? -1 : 1) + "</text>\n");
    }
    for (double k : vs) {
      out.write("<text class=\"axis\" x=\"" + px(viewport.plotX() + 2) + "\" y=\"" + px(viewport.y(k * s) - 2) + "\">"
          + gridValue(k, step, items.projection() == Projection.TOP ? 1 : -1) + "</text>\n");
    }
    out.write("</g>\n");
  }

  /** The multiples of {@code step} inside [lo, hi], as multipliers; none if they cannot be told apart. */
  private static double[] lines(double lo, double hi, double step) {
    double first = Math.ceil(lo / step);
    double last = Math.floor(hi / step);
    if (!(last >= first) || last - first > MAX_GRID_LINES || Math.abs(first) > 1e15 || Math.abs(last) > 1e15) {
      return new double[0];
    }
    double[] ks = new double[(int) (last - first) + 1];
    for (int i = 0; i < ks.length; i++) {
      ks[i] = first + i;
    }
    return ks;
  }

  private static String gridValue(double k, Numbers.Nice step, int sign) {
    long multiple = (long) k * sign * step.mantissa();
    if (multiple == 0) {
      return "0";
    }
    BigDecimal value = BigDecimal.valueOf(multiple).scaleByPowerOfTen(step.exponent()).stripTrailingZeros();
    return step.exponent() >= -4 && step.exponent() <= 6 ? value.toPlainString() : value.toString();
  }

  private void writeCacheBounds() throws IOException {
    double[] b = items.cacheBounds();
    if (b == null) {
      return;
    }
    double x0 = viewport.x(b[0]);
    double y0 = viewport.y(b[1]);
    out.write("<rect class=\"bounds\" x=\"" + px(x0) + "\" y=\"" + px(y0) + "\" width=\"" + px(viewport.x(b[2]) - x0)
        + "\" height=\"" + px(viewport.y(b[3]) - y0) + "\"/>\n");
  }

  private void writePlanes() throws IOException {
    for (PlanItems.PlaneShape plane : items.planes()) {
      String cls = plane.outlineOnly() ? "plane outline" : "plane";
      String fill = plane.outlineOnly() ? "" : " fill=\"" + plane.palette().hex() + "\"";
      out.write("<polygon class=\"" + cls + " " + plane.palette().label() + "\"" + fill + " points=\""
          + points(plane.uv()) + "\"/>\n");
    }
  }

  private void writeFootprints() throws IOException {
    for (double[] hull : items.footprints()) {
      if (hull.length >= 6) {
        out.write("<polygon class=\"block\" points=\"" + points(hull) + "\"/>\n");
      } else if (hull.length == 4) {
        out.write("<polyline class=\"block\" points=\"" + points(hull) + "\"/>\n");
      } else {
        out.write("<circle class=\"block\" cx=\"" + px(viewport.x(hull[0])) + "\" cy=\"" + px(viewport.y(hull[1]))
            + "\" r=\"2\"/>\n");
      }
    }
  }

  private void writeLightShapes() throws IOException {
    // A range larger than the picture looks the same as one twice its diagonal: clamp, so that
    // extreme ranges keep the numbers finite.
    double reach = Math.min(Double.MAX_VALUE / 4, 2 * viewport.diagonalMetres());
    for (PlanItems.Marker m : items.markers()) {
      Light light = m.light();
      if (light == null || m.position() == null) {
        continue;
      }
      String hidden = m.hidden() ? " hidden" : "";
      double range = light.range() == null ? 1 : Math.min(light.range(), reach);
      if (light.type() == LightType.POINT) {
        out.write("<circle class=\"range" + hidden + "\" cx=\"" + px(viewport.x(m.u())) + "\" cy=\""
            + px(viewport.y(m.v())) + "\" r=\"" + px(viewport.pixels(range)) + "\"/>\n");
      } else if (light.type() == LightType.SPOT && m.forward() != null) {
        double outer = light.outerConeDeg() == null ? 45 : light.outerConeDeg();
        double inner = light.innerConeDeg() == null ? outer : light.innerConeDeg();
        writeCone("cone" + hidden, LightShapes.cone(m.position(), m.forward(), range, outer, items.projection()));
        if (inner < outer) {
          writeCone("cone inner" + hidden, LightShapes.cone(m.position(), m.forward(), range, inner, items.projection()));
        }
      }
    }
  }

  private void writeCone(String cls, double[] hull) throws IOException {
    if (hull.length >= 6) {
      out.write("<polygon class=\"" + cls + "\" points=\"" + points(hull) + "\"/>\n");
    }
  }

  private void writeScaleBar() throws IOException {
    Numbers.Nice length = Numbers.Nice.atMost(viewport.metresPerPixel() * viewport.plotWidth() / 4);
    double bar = viewport.pixels(length.value());
    if (!Double.isFinite(bar) || bar <= 0) {
      return;
    }
    double x0 = viewport.plotX();
    double y = viewport.plotY() + viewport.plotHeight() + 18;
    out.write("<g class=\"scale\">\n");
    out.write("<rect x=\"" + px(x0) + "\" y=\"" + px(y - 3) + "\" width=\"" + px(bar) + "\" height=\"6\"/>\n");
    out.write("<text x=\"" + px(x0 + bar + 8) + "\" y=\"" + px(y + 4) + "\" stroke=\"none\">" + length.metres()
        + "</text>\n");
    out.write("</g>\n");
  }

  private String points(double[] uv) {
    StringBuilder sb = new StringBuilder(uv.length * 6);
    for (int i = 0; i < uv.length; i += 2) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(px(viewport.x(uv[i]))).append(',').append(px(viewport.y(uv[i + 1])));
    }
    return sb.toString();
  }

  private static String px(double value) {
    return Numbers.px(value);
  }
}
