package dev.appsim.session.view.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.FloatArray;
import org.junit.jupiter.api.Test;

/** Convex hulls, footprints and ear clipping. */
class GeometryHelpersTest {
  @Test
  void hullDropsInteriorAndCollinearPoints() {
    double[] pts = {0, 0, 2, 0, 2, 2, 0, 2, 1, 1, 1, 0, 0.5, 0.5};
    assertArrayEquals(new double[] {0, 0, 2, 0, 2, 2, 0, 2}, Hull2.of(pts, 7));
  }

  @Test
  void hullOfDegenerateInputHasOneOrTwoPoints() {
    assertArrayEquals(new double[] {1, 1}, Hull2.of(new double[] {1, 1, 1, 1, 1, 1}, 3));
    assertArrayEquals(new double[] {0, 0, 2, 2}, Hull2.of(new double[] {0, 0, 1, 1, 2, 2}, 3));
    assertArrayEquals(new double[0], Hull2.of(new double[] {Double.NaN, 0}, 1));
  }

  @Test
  void hullOfExtremePointsStaysFinite() {
    double m = Double.MAX_VALUE;
    assertEquals(8, Hull2.of(new double[] {-m, -m, m, -m, m, m, -m, m, 0, 0}, 5).length);
  }

  @Test
  void footprintIsMadeOfVerticesAndSpansTheirBoundingBox() {
    FloatArray v = FloatArray.of(0, 0, 0, 4, 1, 0, 4, 0, -3, 0, 5, -3, 2, 0, -1, 1, 0, -2);
    double[] hull = Footprint.of(v, Projection.TOP);
    assertArrayEquals(new double[] {0, -3, 0, 0, 4, -3, 4, 0}, sortedCorners(hull));
  }

  @Test
  void footprintOfNoVerticesIsEmpty() {
    assertEquals(0, Footprint.of(FloatArray.EMPTY, Projection.TOP).length);
  }

  @Test
  void earClippingTriangulatesAConcavePolygonCounterClockwise() {
    double[] l = {0, 0, 2, 0, 2, 1, 1, 1, 1, 2, 0, 2};
    int[] t = EarClipping.triangulate(l);
    assertEquals(12, t.length, "an L of 6 corners is 4 triangles");
    double area = 0;
    for (int i = 0; i < t.length; i += 3) {
      double a = signedArea(l, t[i], t[i + 1], t[i + 2]);
      assertTrue(a > 0, "triangle " + i / 3 + " is counter-clockwise");
      area += a;
    }
    assertEquals(3, area, 1e-12);
  }

  @Test
  void earClippingTurnsAClockwisePolygonAround() {
    double[] cw = {0, 0, 0, 2, 1, 2, 1, 1, 2, 1, 2, 0};
    int[] t = EarClipping.triangulate(cw);
    for (int i = 0; i < t.length; i += 3) {
      assertTrue(signedArea(cw, t[i], t[i + 1], t[i + 2]) > 0);
    }
  }

  @Test
  void earClippingDropsRepeatedAndCollinearPoints() {
    double[] square = {0, 0, 1, 0, 1, 0, 2, 0, 2, 2, 0, 2, 0, 0};
    int[] t = EarClipping.triangulate(square);
    assertEquals(6, t.length);
  }

  @Test
  void earClippingGivesUpOnPolygonsWithoutArea() {
    assertNull(EarClipping.triangulate(new double[] {0, 0, 2, 2, 2, 0, 0, 2}), "a bow tie");
    assertNull(EarClipping.triangulate(new double[] {0, 0, 1, 1, 2, 2}), "collinear");
    assertNull(EarClipping.triangulate(new double[] {0, 0, 1, 1, 0, 0}), "two points");
  }

  private static double signedArea(double[] xy, int a, int b, int c) {
    return ((xy[2 * b] - xy[2 * a]) * (xy[2 * c + 1] - xy[2 * a + 1])
        - (xy[2 * c] - xy[2 * a]) * (xy[2 * b + 1] - xy[2 * a + 1])) / 2;
  }

  private static double[] sortedCorners(double[] hull) {
    double[][] p = new double[hull.length / 2][];
    for (int i = 0; i < p.length; i++) {
      p[i] = new double[] {hull[2 * i], hull[2 * i + 1]};
    }
    java.util.Arrays.sort(p, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    double[] out = new double[hull.length];
    for (int i = 0; i < p.length; i++) {
      out[2 * i] = p[i][0];
      out[2 * i + 1] = p[i][1];
    }
    return out;
  }
}
