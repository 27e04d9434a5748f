package dev.appsim.session.view.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.view.View;
import org.junit.jupiter.api.Test;

class ProjectionTest {
  private static final double[] P = {1, 2, 3};

  @Test
  void topLooksDownWithMinusZUpTheScreen() {
    assertArrayEquals(new double[] {1, 3}, Projection.TOP.project(P));
    assertEquals(2, Projection.TOP.depth(1, 2, 3));
    // -Z (forward, "north") is up on the screen, where SVG's y is smaller.
    assertEquals(-5, Projection.TOP.v(0, 0, -5));
  }

  @Test
  void frontLooksAlongMinusZWithYUp() {
    assertArrayEquals(new double[] {1, -2}, Projection.FRONT.project(P));
    assertEquals(3, Projection.FRONT.depth(1, 2, 3));
  }

  @Test
  void sideLooksAlongMinusXWithMinusZToTheRight() {
    assertArrayEquals(new double[] {-3, -2}, Projection.SIDE.project(P));
    assertEquals(1, Projection.SIDE.depth(1, 2, 3));
  }

  @Test
  void everyViewHasItsProjection() {
    for (View view : View.values()) {
      assertEquals(view.name(), Projection.of(view).name());
    }
  }
}
