package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.SceneGraph;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid, acyclic {@link SceneGraph}s whose parents all exist, in shuffled file order.
 * Settings return copies. Defaults: 0 to 8 nodes, plain values.
 */
public interface SceneGraphArbitrary extends Arbitrary<SceneGraph> {
  SceneGraphArbitrary withNodes(int min, int max);

  SceneGraphArbitrary withExtensionDepth(int depth);

  SceneGraphArbitrary withoutExtensions();

  /** Nasty values and mostly deep parent chains (as deep as the node count allows). */
  SceneGraphArbitrary nasty();
}
