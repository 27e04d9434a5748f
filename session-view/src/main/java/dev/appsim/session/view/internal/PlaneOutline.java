package dev.appsim.session.view.internal;

import dev.appsim.session.model.Plane;
import dev.appsim.session.model.Vec2;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The polygon a plane is drawn and exported as, in the plane's own frame (x, y; the normal is
 * +Z): its boundary when it has a usable one, else the rectangle of its extent centred on the
 * pose. A boundary is usable with 3 to {@value #MAX_BOUNDARY_POINTS} points; longer ones, which
 * no detector writes, would make triangulating them cost quadratic time.
 */
final class PlaneOutline {
  /** Longest boundary used; beyond it the extent rectangle stands in. */
  public static final int MAX_BOUNDARY_POINTS = 1024;

  private PlaneOutline() {}

  /** The boundary, or null if the extent rectangle must stand in. */
  public static @Nullable List<Vec2> boundaryOrNull(Plane plane) {
    List<Vec2> b = plane.boundary();
    return b != null && b.size() >= 3 && b.size() <= MAX_BOUNDARY_POINTS ? b : null;
  }

  /** The outline as x,y pairs: the usable boundary, or the extent rectangle counter-clockwise. */
  public static double[] local(Plane plane) {
    List<Vec2> b = boundaryOrNull(plane);
    if (b != null) {
      double[] xy = new double[b.size() * 2];
      for (int i = 0; i < b.size(); i++) {
        xy[2 * i] = b.get(i).x();
        xy[2 * i + 1] = b.get(i).y();
      }
      return xy;
    }
    return extent(plane.width(), plane.height());
  }

  /** The rectangle of an extent, centred on the origin, counter-clockwise. */
  public static double[] extent(double width, double height) {
    double w = width / 2;
    double h = height / 2;
    return new double[] {-w, -h, w, -h, w, h, -w, h};
  }
}
