package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.Extensions;
import net.jqwik.api.Arbitrary;

/**
 * Generates unknown members as a newer tool would write them: strings, booleans, {@code Long},
 * {@code BigInteger} beyond long range, finite {@code Double}, {@code BigDecimal} beyond double
 * precision, {@code null}, and lists and objects nested up to a depth. Member names never start
 * with an ASCII lower-case letter, so they cannot collide with members the format defines.
 * Settings return copies. Default depth 1.
 */
public interface ExtensionsArbitrary extends Arbitrary<Extensions> {
  /**
   * Lists and objects nested up to {@code depth} levels.
   *
   * @param depth 0 (scalars only) to 16
   * @return the changed copy
   */
  ExtensionsArbitrary withDepth(int depth);

  /** {@return a copy with Unicode member names (including {@code ~} and {@code /}) and extreme numbers} */
  ExtensionsArbitrary nasty();
}
