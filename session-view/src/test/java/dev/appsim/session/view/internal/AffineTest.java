package dev.appsim.session.view.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec3;
import org.junit.jupiter.api.Test;

class AffineTest {
  private static final double EPS = 1e-9;
  private static final double H = Math.sqrt(0.5);
  /** +90 degrees about +Y: +X turns to -Z. */
  private static final Quaternion QUARTER_Y = new Quaternion(0, H, 0, H);

  @Test
  void aChildIsPlacedThroughItsParentsRotation() {
    Affine parent = Affine.of(new Transform(new Vec3(10, 0, 0), QUARTER_Y, Vec3.ONE));
    Affine world = parent.then(Affine.of(Transform.translation(1, 0, 0)));
    assertArrayEquals(new double[] {10, 0, -1}, world.origin(), EPS);
  }

  @Test
  void scaleAppliesBeforeRotationAndTranslation() {
    Affine a = Affine.of(new Transform(new Vec3(0, 1, 0), QUARTER_Y, new Vec3(2, 1, 1)));
    assertArrayEquals(new double[] {0, 1, -2}, a.apply(1, 0, 0), EPS);
  }

  @Test
  void forwardIsMinusZTurnedByTheRotation() {
    assertArrayEquals(new double[] {0, 0, -1}, Affine.IDENTITY.forward(), EPS);
    assertArrayEquals(new double[] {-1, 0, 0}, Affine.of(new Transform(Vec3.ZERO, QUARTER_Y, Vec3.ONE)).forward(), EPS);
  }

  @Test
  void aNearlyUnitQuaternionIsNormalisedSoItDoesNotScale() {
    Affine a = Affine.of(new Transform(Vec3.ZERO, new Quaternion(0, 0, 0, 1.0009), Vec3.ONE));
    assertArrayEquals(new double[] {1, 0, 0}, a.apply(1, 0, 0), EPS);
  }

  @Test
  void overflowingScalesGiveNoForward() {
    Affine huge = Affine.of(new Transform(Vec3.ZERO, Quaternion.IDENTITY, new Vec3(1, 1, Double.MAX_VALUE)));
    Affine twice = huge.then(huge);
    assertFalse(twice.isFinite());
    assertNull(twice.forward());
  }

  @Test
  void worldTransformsComposeDeepChainsWithoutRecursion() {
    int depth = 20_000;
    GroupNode[] nodes = new GroupNode[depth];
    nodes[0] = new GroupNode("n0", null, null, true, Transform.translation(0.5, 0, 0), dev.appsim.session.model.Extensions.EMPTY);
    for (int i = 1; i < depth; i++) {
      nodes[i] = new GroupNode("n" + i, "n" + (i - 1), null, i != 5, Transform.translation(0.5, 0, 0),
          dev.appsim.session.model.Extensions.EMPTY);
    }
    SceneGraph scene = SceneGraph.of(nodes);
    WorldTransforms world = new WorldTransforms(scene);
    assertArrayEquals(new double[] {depth * 0.5, 0, 0}, world.of(nodes[depth - 1]).origin(), EPS);
    assertFalse(world.shown(nodes[depth - 1]), "a hidden ancestor hides its subtree");
    org.junit.jupiter.api.Assertions.assertTrue(world.shown(nodes[4]));
  }
}
