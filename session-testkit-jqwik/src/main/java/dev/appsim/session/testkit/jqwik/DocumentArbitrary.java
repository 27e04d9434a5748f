package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.SessionDocument;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid {@link SessionDocument}s. Every setting returns a changed copy; the receiver
 * stays as it was. Defaults: 0 to 8 nodes, 0 to 64 vertices per mesh block, extension values
 * nested one level, {@link ValueStyle#PLAIN} values.
 *
 * <pre>{@code
 * Arbitrary<SessionDocument> big = SessionArbitraries.documents()
 *     .withNodes(0, 30).withVertices(0, 5_000).withExtensionDepth(2).nasty();
 * }</pre>
 */
public interface DocumentArbitrary extends Arbitrary<SessionDocument> {
  /**
   * Between {@code min} and {@code max} scene nodes.
   *
   * @param min fewest nodes, 0 or more
   * @param max most nodes, {@code min} or more
   * @return the changed copy
   */
  DocumentArbitrary withNodes(int min, int max);

  /**
   * Between {@code min} and {@code max} vertices in each mesh block.
   *
   * @param min fewest vertices, 0 or more
   * @param max most vertices, {@code min} or more
   * @return the changed copy
   */
  DocumentArbitrary withVertices(int min, int max);

  /**
   * Extension values nested up to {@code depth} levels of lists and objects.
   *
   * @param depth 0 (scalars only) to 16
   * @return the changed copy
   */
  DocumentArbitrary withExtensionDepth(int depth);

  /** {@return a copy with no unknown members anywhere, for tools that do not claim to keep them} */
  DocumentArbitrary withoutExtensions();

  /** {@return a copy with {@link ValueStyle#NASTY} values everywhere} */
  DocumentArbitrary nasty();
}
