package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link IntArray#allWithin}, the branch-free pass that spares {@link MeshBlock} its per-index
 * checks, agrees with the plain comparison for every value, the edges of int above all.
 */
class IndexRangeProperties {
  @Provide
  Arbitrary<int[]> indices() {
    Arbitrary<Integer> edges = Arbitraries.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -2, -1, 0, 1, 2,
        Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
    return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, 64)),
            Tuple.of(1, edges),
            Tuple.of(1, Arbitraries.integers()))
        .array(int[].class).ofMaxSize(40);
  }

  @Provide
  Arbitrary<Integer> bounds() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 70),
        Arbitraries.of(1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE));
  }

  @Property(tries = 2000)
  void agreesWithTheComparison(@ForAll("indices") int[] values, @ForAll("bounds") int bound) {
    boolean expected = Arrays.stream(values).allMatch(v -> v >= 0 && v < bound);
    assertEquals(expected, IntArray.of(values).allWithin(bound));
  }

  @Property(tries = 200)
  void meshBlockListsTheSameIndicesEitherWay(@ForAll @Size(max = 30) int[] triangleCorners,
      @ForAll @IntRange(min = 0, max = 8) int vertexCount) {
    int[] indices = Arrays.copyOf(triangleCorners, triangleCorners.length / 3 * 3);
    boolean valid = Arrays.stream(indices).allMatch(v -> v >= 0 && v < vertexCount);
    try {
      MeshBlock.of("m", FloatArray.of(new float[vertexCount * 3]), IntArray.of(indices));
      assertEquals(true, valid, "accepted " + Arrays.toString(indices) + " for " + vertexCount + " vertices");
    } catch (SessionValidationException e) {
      assertEquals(false, valid, e.getMessage());
    }
  }
}
