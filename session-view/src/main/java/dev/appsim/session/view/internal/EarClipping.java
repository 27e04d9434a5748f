package dev.appsim.session.view.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Triangulates a simple polygon, convex or concave, by ear clipping. Repeated consecutive points
 * and collinear points are dropped (they would give zero-area triangles); the triangles come out
 * counter-clockwise in the polygon's own frame, whichever way the polygon winds, so they face the
 * frame's +Z. Gives up (null) on polygons without area or that cross themselves, and when the
 * work exceeds a fixed budget, so that callers fall back to a rectangle.
 */
final class EarClipping {
  /** Point-in-triangle tests allowed before giving up. */
  static final long BUDGET = 20_000_000;

  private EarClipping() {}

  /**
   * @param xy the polygon as x,y pairs, finite
   * @return vertex indices, three per triangle, or null
   */
  public static int @Nullable [] triangulate(double[] xy) {
    int n = xy.length / 2;
    List<Integer> ring = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (ring.isEmpty() || !same(xy, ring.get(ring.size() - 1), i)) {
        ring.add(i);
      }
    }
    while (ring.size() > 1 && same(xy, ring.get(0), ring.get(ring.size() - 1))) {
      ring.remove(ring.size() - 1);
    }
    removeCollinear(xy, ring);
    if (ring.size() < 3) {
      return null;
    }
    double area = 0;
    for (int i = 0; i < ring.size(); i++) {
      int a = ring.get(i);
      int b = ring.get((i + 1) % ring.size());
      area += (xy[2 * a] / 2) * (xy[2 * b + 1] / 2) - (xy[2 * b] / 2) * (xy[2 * a + 1] / 2);
    }
    if (!(area != 0) || !Double.isFinite(area)) {
      return null;
    }
    if (area < 0) {
      java.util.Collections.reverse(ring);
    }
    List<Integer> out = new ArrayList<>();
    long budget = BUDGET;
    int i = 0;
    int sinceEar = 0;
    while (ring.size() > 3) {
      int m = ring.size();
      int prev = ring.get((i + m - 1) % m);
      int cur = ring.get(i % m);
      int next = ring.get((i + 1) % m);
      double turn = cross(xy, prev, cur, next);
      if (turn == 0) {
        ring.remove(i % m);
        sinceEar = 0;
        continue;
      }
      boolean ear = turn > 0;
      for (int j = 0; ear && j < m; j++) {
        int p = ring.get(j);
        if (p != prev && p != cur && p != next && !same(xy, p, prev) && !same(xy, p, cur) && !same(xy, p, next)) {
          ear = !inside(xy, p, prev, cur, next);
        }
        if (--budget < 0) {
          return null;
        }
      }
      if (ear) {
        out.add(prev);
        out.add(cur);
        out.add(next);
        ring.remove(i % m);
        sinceEar = 0;
      } else {
        i = (i % m) + 1;
        if (++sinceEar > m) {
          return null;
        }
      }
    }
    if (cross(xy, ring.get(0), ring.get(1), ring.get(2)) > 0) {
      out.add(ring.get(0));
      out.add(ring.get(1));
      out.add(ring.get(2));
    }
    return out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
  }

  // A vertex on the straight line between its neighbours adds no corner, only a zero-area ear.
  private static void removeCollinear(double[] xy, List<Integer> ring) {
    boolean removed = true;
    while (removed && ring.size() >= 3) {
      removed = false;
      for (int i = 0; i < ring.size() && ring.size() >= 3; i++) {
        int m = ring.size();
        if (cross(xy, ring.get((i + m - 1) % m), ring.get(i), ring.get((i + 1) % m)) == 0) {
          ring.remove(i);
          removed = true;
          i--;
        }
      }
    }
  }

  private static boolean same(double[] xy, int a, int b) {
    return xy[2 * a] == xy[2 * b] && xy[2 * a + 1] == xy[2 * b + 1];
  }

  // Halved coordinates keep extreme but finite points from overflowing.
  private static double cross(double[] xy, int o, int a, int b) {
    double ax = xy[2 * a] / 2 - xy[2 * o] / 2;
    double ay = xy[2 * a + 1] / 2 - xy[2 * o + 1] / 2;
    double bx = xy[2 * b] / 2 - xy[2 * o] / 2;
    double by = xy[2 * b + 1] / 2 - xy[2 * o + 1] / 2;
    return ax * by - ay * bx;
  }

  /** Whether p lies in the counter-clockwise triangle abc or on its edges. */
  private static boolean inside(double[] xy, int p, int a, int b, int c) {
    return cross(xy, a, b, p) >= 0 && cross(xy, b, c, p) >= 0 && cross(xy, c, a, p) >= 0;
  }
}
