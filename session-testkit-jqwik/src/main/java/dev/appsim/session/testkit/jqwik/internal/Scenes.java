package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Acyclic scene graphs: each node's parent is drawn from the nodes generated before it, then the
 * file order is shuffled. Shrinking removes nodes (parents are picked modulo the position, so they
 * stay valid), moves nodes to the root and restores generation order (shuffle seed 0).
 */
public final class Scenes {
  /** Parent pick meaning "the node generated just before", which builds deep chains. */
  private static final int CHAIN = -1;
  /** Parent pick meaning "no parent". */
  private static final int ROOT = -2;

  private Scenes() {}

  private record Draft(SceneNode node, int parentPick) {}

  public static Arbitrary<SceneGraph> graphs(Settings s) {
    Arbitrary<Integer> picks = s.nasty()
        ? Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ROOT)), Tuple.of(4, Arbitraries.just(CHAIN)),
            Tuple.of(1, Arbitraries.integers().between(0, 1 << 20)))
        : Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ROOT)),
            Tuple.of(2, Arbitraries.integers().between(0, 1 << 20)));
    Arbitrary<List<Draft>> drafts = Combinators.combine(Nodes.any(s), picks).as(Draft::new)
        .list().ofMinSize(s.minNodes()).ofMaxSize(s.maxNodes()).uniqueElements(d -> d.node().id());
    Arbitrary<Long> shuffle = Arbitraries.longs().between(0, Long.MAX_VALUE).edgeCases(e -> e.includeOnly(0L));
    return Combinators.combine(drafts, shuffle, Nodes.extensions(s)).as((list, seed, ext) -> {
      List<SceneNode> nodes = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        Draft d = list.get(i);
        String parent = null;
        if (i > 0 && d.parentPick() != ROOT) {
          int index = d.parentPick() == CHAIN ? i - 1 : d.parentPick() % i;
          parent = list.get(index).node().id();
        }
        nodes.add(d.node().withParent(parent));
      }
      if (seed != 0) {
        Collections.shuffle(nodes, new Random(seed));
      }
      return new SceneGraph(nodes, ext);
    });
  }
}
