package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.MeshBlock;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid {@link MeshBlock}s: indices in range, normals one per vertex coordinate,
 * confidence one per vertex in [0, 1]. Settings return copies. Default: 0 to 64 vertices.
 */
public interface MeshBlockArbitrary extends Arbitrary<MeshBlock> {
  /**
   * Between {@code min} and {@code max} vertices.
   *
   * @param min fewest vertices, 0 or more
   * @param max most vertices, {@code min} or more
   * @return the changed copy
   */
  MeshBlockArbitrary withVertices(int min, int max);

  /** {@return a copy whose blocks carry no unknown members} */
  MeshBlockArbitrary withoutExtensions();

  /**
   * {@return a copy with nasty ids and extreme finite float32 values ({@code Float.MAX_VALUE},
   * subnormals, {@code -0.0f})}
   */
  MeshBlockArbitrary nasty();
}
