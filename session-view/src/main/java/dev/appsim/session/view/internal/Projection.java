package dev.appsim.session.view.internal;

import dev.appsim.session.view.View;

/**
 * The orthographic projection of a {@link View}: world metres to plan metres, {@code u} to the
 * right of the screen, {@code v} down it (as SVG's y), and {@code depth} toward the viewer, which
 * orders what is painted first.
 */
public enum Projection {
  /** Looking down -Y: right is +X, down is +Z, toward the viewer is +Y. */
  TOP {
    @Override
    public double u(double x, double y, double z) {
      return x;
    }

    @Override
    public double v(double x, double y, double z) {
      return z;
    }

    @Override
    public double depth(double x, double y, double z) {
      return y;
    }
  },
  /** Looking along -Z: right is +X, down is -Y, toward the viewer is +Z. */
  FRONT {
    @Override
    public double u(double x, double y, double z) {
      return x;
    }

    @Override
    public double v(double x, double y, double z) {
      return -y;
    }

    @Override
    public double depth(double x, double y, double z) {
      return z;
    }
  },
  /** Looking along -X: right is -Z, down is -Y, toward the viewer is +X. */
  SIDE {
    @Override
    public double u(double x, double y, double z) {
      return -z;
    }

    @Override
    public double v(double x, double y, double z) {
      return -y;
    }

    @Override
    public double depth(double x, double y, double z) {
      return x;
    }
  };

  public static Projection of(View view) {
    return switch (view) {
      case TOP -> TOP;
      case FRONT -> FRONT;
      case SIDE -> SIDE;
    };
  }

  public abstract double u(double x, double y, double z);

  public abstract double v(double x, double y, double z);

  public abstract double depth(double x, double y, double z);

  /** (u, v) of a point given as {x, y, z}. */
  public double[] project(double[] p) {
    return new double[] {u(p[0], p[1], p[2]), v(p[0], p[1], p[2])};
  }
}
