package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.MeshBlock;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid {@link MeshBlock}s: indices in range, normals one per vertex coordinate,
 * confidence one per vertex in [0, 1]. Settings return copies. Default: 0 to 64 vertices.
 */
public interface MeshBlockArbitrary extends Arbitrary<MeshBlock> {
  MeshBlockArbitrary withVertices(int min, int max);

  MeshBlockArbitrary withoutExtensions();

  /** Nasty ids and extreme finite float32 values ({@code Float.MAX_VALUE}, subnormals, {@code -0.0f}). */
  MeshBlockArbitrary nasty();
}
