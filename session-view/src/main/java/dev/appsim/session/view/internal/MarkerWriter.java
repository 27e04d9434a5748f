package dev.appsim.session.view.internal;

import dev.appsim.session.model.LightType;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws node and gizmo markers, then every name on top of them so that no marker hides a label.
 * Direction-bearing markers (camera, head, controller, directional lights) point where their
 * local -Z points in the plan.
 */
final class MarkerWriter {
  private static final double LABEL_LINE = 13;

  private final Viewport viewport;
  private final Writer out;

  MarkerWriter(Viewport viewport, Writer out) {
    this.viewport = viewport;
    this.out = out;
  }

  void write(List<PlanItems.Marker> markers) throws IOException {
    out.write("<g class=\"markers\">\n");
    for (PlanItems.Marker m : markers) {
      marker(m, viewport.x(m.u()), viewport.y(m.v()));
    }
    out.write("</g>\n<g class=\"labels\">\n");
    Map<String, Integer> placed = new HashMap<>();
    for (PlanItems.Marker m : markers) {
      double x = viewport.x(m.u());
      double y = viewport.y(m.v());
      // Markers on the same spot (to the pixel), like nested groups at the origin: stack their names.
      int stacked = placed.merge(px(x) + "," + px(y), 1, Integer::sum) - 1;
      out.write("<text class=\"label" + (m.hidden() ? " hidden" : "") + "\" x=\"" + px(x + 9) + "\" y=\""
          + px(y + 4 + LABEL_LINE * stacked) + "\">" + XmlText.label(m.label()) + "</text>\n");
    }
    out.write("</g>\n");
  }

  private void marker(PlanItems.Marker m, double x, double y) throws IOException {
    String hidden = m.hidden() ? " hidden" : "";
    switch (m.kind()) {
      case GROUP -> rect("group" + hidden, x, y, 4);
      case MODEL -> rect("model" + hidden, x, y, 5);
      case LIGHT -> {
        if (m.light() != null && m.light().type() == LightType.DIRECTIONAL) {
          arrow("light" + hidden, m, x, y, 26);
        }
        if (m.light() != null && m.light().type() == LightType.AMBIENT) {
          circle("range" + hidden, x, y, 9);
        }
        circle("light" + hidden, x, y, 5);
      }
      case ANCHOR -> polygon("anchor" + hidden, new double[] {x, y - 6, x + 6, y, x, y + 6, x - 6, y});
      case CAMERA -> {
        if (m.du() == 0 && m.dv() == 0) {
          rect("camera", x, y, 5);
        } else {
          double nx = -m.dv();
          double ny = m.du();
          polygon("camera", new double[] {x + 11 * m.du(), y + 11 * m.dv(), x - 6 * m.du() + 7 * nx,
              y - 6 * m.dv() + 7 * ny, x - 6 * m.du() - 7 * nx, y - 6 * m.dv() - 7 * ny});
        }
      }
      case HEAD -> {
        line("dir", x, y, x + 14 * m.du(), y + 14 * m.dv(), "#2f855a");
        circle("head", x, y, 6);
      }
      case CONTROLLER -> {
        line("dir", x, y, x + 11 * m.du(), y + 11 * m.dv(), "#dd6b20");
        rect("controller", x, y, 4);
      }
      case LEFT_HAND, RIGHT_HAND -> {
        circle("hand", x, y, 6);
        out.write("<text class=\"hand-letter\" x=\"" + px(x) + "\" y=\"" + px(y + 3) + "\">"
            + (m.kind() == PlanItems.Kind.LEFT_HAND ? "L" : "R") + "</text>\n");
      }
      case EYES -> {
        circle("eyes", x, y, 4);
        line("eyes", x - 7, y, x + 7, y, "#2f855a");
        line("eyes", x, y - 7, x, y + 7, "#2f855a");
      }
    }
  }

  private void arrow(String cls, PlanItems.Marker m, double x, double y, double length) throws IOException {
    if (m.du() == 0 && m.dv() == 0) {
      return;
    }
    double ex = x + length * m.du();
    double ey = y + length * m.dv();
    line("dir", x, y, ex, ey, "#d69e2e");
    double nx = -m.dv();
    double ny = m.du();
    polygon(cls, new double[] {ex + 6 * m.du(), ey + 6 * m.dv(), ex + 4 * nx, ey + 4 * ny, ex - 4 * nx, ey - 4 * ny});
  }

  private void rect(String cls, double x, double y, double half) throws IOException {
    out.write("<rect class=\"" + cls + "\" x=\"" + px(x - half) + "\" y=\"" + px(y - half) + "\" width=\""
        + px(2 * half) + "\" height=\"" + px(2 * half) + "\"/>\n");
  }

  private void circle(String cls, double x, double y, double r) throws IOException {
    out.write("<circle class=\"" + cls + "\" cx=\"" + px(x) + "\" cy=\"" + px(y) + "\" r=\"" + px(r) + "\"/>\n");
  }

  private void line(String cls, double x1, double y1, double x2, double y2, String colour) throws IOException {
    out.write("<line class=\"" + cls + "\" stroke=\"" + colour + "\" x1=\"" + px(x1) + "\" y1=\"" + px(y1) + "\" x2=\""
        + px(x2) + "\" y2=\"" + px(y2) + "\"/>\n");
  }

  private void polygon(String cls, double[] xy) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      sb.append(i == 0 ? "" : " ").append(px(xy[i])).append(',').append(px(xy[i + 1]));
    }
    out.write("<polygon class=\"" + cls + "\" points=\"" + sb + "\"/>\n");
  }

  private static String px(double v) {
    return Numbers.px(v);
  }
}
