package dev.appsim.session.view;

import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a rendered plan back: elements by class, and the map from plan metres to pixels. */
final class SvgDom {
  final Document doc;

  SvgDom(String svg) throws Exception {
    this.doc = SafeXml.parse(svg);
  }

  List<Element> all(String xpath) throws Exception {
    NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** Elements of the plot (not the legend) whose class list holds {@code cls}. */
  List<Element> byClass(String cls) throws Exception {
    return all("//*[@clip-path='url(#plot-area)']//*[contains(concat(' ', @class, ' '), ' " + cls + " ')]");
  }

  Element one(String cls) throws Exception {
    List<Element> found = byClass(cls);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " elements of class " + cls);
    }
    return found.get(0);
  }

  static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  /** Centre of a rect, circle or polygon. */
  static double[] centre(Element e) {
    switch (e.getTagName()) {
      case "rect":
        return new double[] {num(e, "x") + num(e, "width") / 2, num(e, "y") + num(e, "height") / 2};
      case "circle":
        return new double[] {num(e, "cx"), num(e, "cy")};
      default:
        double[] p = points(e);
        double x = 0;
        double y = 0;
        for (int i = 0; i < p.length; i += 2) {
          x += p[i];
          y += p[i + 1];
        }
        return new double[] {x / (p.length / 2), y / (p.length / 2)};
    }
  }

  static double[] points(Element e) {
    String[] pairs = e.getAttribute("points").trim().split("\\s+");
    double[] out = new double[pairs.length * 2];
    for (int i = 0; i < pairs.length; i++) {
      String[] xy = pairs[i].split(",");
      out[2 * i] = Double.parseDouble(xy[0]);
      out[2 * i + 1] = Double.parseDouble(xy[1]);
    }
    return out;
  }

  /**
   * The map from plan metres (u, v) to pixels, recovered from the cache-bounds rectangle whose
   * plan coordinates the test knows: {x0, y0, pixels per metre}.
   */
  double[] frame(double minU, double minV, double maxU, double maxV) throws Exception {
    Element r = one("bounds");
    double scaleX = num(r, "width") / (maxU - minU);
    double scaleY = num(r, "height") / (maxV - minV);
    if (Math.abs(scaleX - scaleY) > 0.05 * scaleX) {
      throw new AssertionError("one metre must be as long across as down: " + scaleX + " vs " + scaleY);
    }
    return new double[] {num(r, "x") - minU * scaleX, num(r, "y") - minV * scaleX, scaleX};
  }

  static double[] px(double[] frame, double u, double v) {
    return new double[] {frame[0] + u * frame[2], frame[1] + v * frame[2]};
  }
}
