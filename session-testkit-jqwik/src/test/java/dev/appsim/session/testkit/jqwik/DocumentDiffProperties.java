package dev.appsim.session.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.diff.Change;
import dev.appsim.session.model.diff.DocumentDiff;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The library's diff engine on generated documents: symmetry, bounds, and well-formed changes. */
class DocumentDiffProperties {
  @Property(tries = 200)
  void swappingTheDocumentsSwapsAddedAndRemovedAndKeepsTheCount(@ForAll("documents") SessionDocument a,
      @ForAll("documents") SessionDocument b) {
    DocumentDiff forward = DocumentDiff.between(a, b, Integer.MAX_VALUE);
    DocumentDiff backward = DocumentDiff.between(b, a, Integer.MAX_VALUE);
    assertEquals(forward.count(), backward.count());
    assertEquals(kinds(forward, false), kinds(backward, true));
  }

  @Property(tries = 200)
  void aLimitBoundsTheListNotTheCount(@ForAll("documents") SessionDocument a, @ForAll("documents") SessionDocument b,
      @ForAll @IntRange(max = 20) int limit) {
    DocumentDiff all = DocumentDiff.between(a, b, Integer.MAX_VALUE);
    DocumentDiff some = DocumentDiff.between(a, b, limit);
    assertEquals(all.count(), some.count());
    assertEquals(all.changes().subList(0, Math.min(limit, all.changes().size())), some.changes());
    assertEquals(a.equals(b), some.isEmpty());
  }

  @Property(tries = 200)
  void everyChangeHoldsTheValuesItsKindPromises(@ForAll("documents") SessionDocument a,
      @ForAll("documents") SessionDocument b) {
    for (Change c : DocumentDiff.between(a, b).changes()) {
      assertTrue(c.pointer().isEmpty() || c.pointer().startsWith("/"), c::toString);
      switch (c.kind()) {
        case ADDED -> assertEquals(null, c.oldValue(), c::toString);
        case REMOVED -> assertEquals(null, c.newValue(), c::toString);
        case LENGTH -> assertTrue(c.oldValue() instanceof Integer && c.newValue() instanceof Integer, c::toString);
        case ORDER -> assertTrue(c.oldValue() instanceof List && c.newValue() instanceof List, c::toString);
        case CHANGED -> assertTrue(c.oldText().length() <= 230 && c.newText().length() <= 230, c::toString);
      }
    }
  }

  // How many changes of each kind, with ADDED and REMOVED exchanged when the diff is read backwards.
  private static Map<Change.Kind, Integer> kinds(DocumentDiff diff, boolean swap) {
    Map<Change.Kind, Integer> counts = new TreeMap<>();
    for (Change c : diff.changes()) {
      Change.Kind kind = !swap ? c.kind() : c.kind() == Change.Kind.ADDED ? Change.Kind.REMOVED
          : c.kind() == Change.Kind.REMOVED ? Change.Kind.ADDED : c.kind();
      counts.merge(kind, 1, Integer::sum);
    }
    return counts;
  }

  @Provide
  Arbitrary<SessionDocument> documents() {
    return SessionArbitraries.documents().nasty();
  }
}
