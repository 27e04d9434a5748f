package dev.appsim.session.cli.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The cycle search PackageCyclesTest relies on finds a circle, whatever its length, and only one. */
class PackageGraphTest {
  private static final UnaryOperator<String> SAME = p -> p;

  @Test
  void findsTwoPackagesUsingEachOther() {
    PackageGraph graph = PackageGraph.ofUses(Map.of(
        "room", Set.of("room.path", "model"), "room.path", Set.of("room", "model"), "model", Set.of()));
    assertEquals(Set.of(Set.of("room", "room.path")), graph.cycles(SAME));
  }

  @Test
  void findsALongerCircleAndKeepsItsPackagesOnly() {
    PackageGraph graph = PackageGraph.ofUses(Map.of(
        "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of()));
    assertEquals(Set.of(Set.of("a", "b", "c")), graph.cycles(SAME));
  }

  @Test
  void findsNoCycleInALayering() {
    PackageGraph graph = PackageGraph.ofUses(Map.of(
        "room", Set.of("room.path", "room.error"), "room.path", Set.of("room.error"), "room.error", Set.of()));
    assertEquals(Set.of(), graph.cycles(SAME));
  }

  @Test
  void countsPackagesMappedToOneUnitAsOne() {
    PackageGraph graph = PackageGraph.ofUses(Map.of(
        "room", Set.of("room.internal"), "room.internal", Set.of("room")));
    assertEquals(Set.of(Set.of("room", "room.internal")), graph.cycles(SAME));
    assertEquals(Set.of(), graph.cycles(p -> p.replace(".internal", "")));
  }
}
