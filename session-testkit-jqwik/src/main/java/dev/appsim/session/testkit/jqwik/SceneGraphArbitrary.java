package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.SceneGraph;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid, acyclic {@link SceneGraph}s whose parents all exist, in shuffled file order.
 * Settings return copies. Defaults: 0 to 8 nodes, plain values.
 */
public interface SceneGraphArbitrary extends Arbitrary<SceneGraph> {
  /**
   * Between {@code min} and {@code max} nodes.
   *
   * @param min fewest nodes, 0 or more
   * @param max most nodes, {@code min} or more
   * @return the changed copy
   */
  SceneGraphArbitrary withNodes(int min, int max);

  /**
   * Extension values nested up to {@code depth} levels of lists and objects.
   *
   * @param depth 0 (scalars only) to 16
   * @return the changed copy
   */
  SceneGraphArbitrary withExtensionDepth(int depth);

  /** {@return a copy whose nodes carry no unknown members} */
  SceneGraphArbitrary withoutExtensions();

  /** {@return a copy with nasty values and mostly deep parent chains (as deep as the node count allows)} */
  SceneGraphArbitrary nasty();
}
