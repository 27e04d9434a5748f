package dev.appsim.session.cli.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package cycles among the library's main classes (session-api, -core, -room, -view and the
 * CLI: this module's test run sees them all). A package and its {@code internal} subpackage
 * count as one: {@code internal} implements the package's API and uses its public types by design.
 * Any other circle of packages fails here, and so does a subpackage using a package it is named
 * under, so an arrow running back up shows at build time (#13).
 */
class PackageCyclesTest {
  private static final PackageGraph GRAPH = PackageGraph.of(mainClassPath(), "dev/appsim/session/");

  /**
   * Subpackages allowed to use a package above them: {@code model.diff} compares model documents,
   * and {@code model} knows nothing of it, so diff is an add-on named under model, not a layer below.
   */
  private static final Set<String> MAY_USE_A_PACKAGE_ABOVE = Set.of(
      "dev.appsim.session.model.diff -> dev.appsim.session.model");

  @Test
  void readsEveryModulesPackages() {
    Set<String> packages = GRAPH.uses().keySet();
    for (String p : List.of("dev.appsim.session.model", "dev.appsim.session.codec.internal",
        "dev.appsim.session.room.text", "dev.appsim.session.room.error", "dev.appsim.session.view",
        "dev.appsim.session.cli")) {
      assertTrue(packages.contains(p), p + " is missing from " + packages);
    }
  }

  @Test
  void noPackageCycles() {
    assertEquals(Set.of(), GRAPH.cycles(PackageCyclesTest::unit));
  }

  @Test
  void sharedRoomTextDependsOnNoOtherRoomPackage() {
    assertEquals(Set.of(), GRAPH.uses().get("dev.appsim.session.room.text"));
  }

  // The room exceptions sit below every other room package, which all throw them (#13).
  @Test
  void roomErrorsDependOnNoOtherRoomPackage() {
    Set<String> uses = GRAPH.uses().get("dev.appsim.session.room.error");
    assertTrue(uses.stream().noneMatch(p -> p.startsWith("dev.appsim.session.room")), "room.error uses " + uses);
  }

  // A package sits below the package it is named under (room uses room.path, room.error...), so
  // using that one back is an arrow running up, even without a cycle (#13); internal implements
  // its parent's API and may.
  @Test
  void noSubpackageUsesAPackageAboveIt() {
    Set<String> up = new TreeSet<>();
    GRAPH.uses().forEach((from, tos) -> tos.stream()
        .filter(to -> from.startsWith(to + ".") && !to.equals(unit(from)))
        .forEach(to -> up.add(from + " -> " + to)));
    assertEquals(MAY_USE_A_PACKAGE_ABOVE, up);
  }

  @Test
  void pathAndAssetDoNotReachIntoRoomInternal() {
    for (String p : List.of("dev.appsim.session.room.path", "dev.appsim.session.room.asset")) {
      assertTrue(!GRAPH.uses().get(p).contains("dev.appsim.session.room.internal"),
          p + " uses " + GRAPH.uses().get(p));
    }
  }

  // A package's internal subpackage belongs to it.
  private static String unit(String p) {
    return p.endsWith(".internal") ? p.substring(0, p.length() - ".internal".length()) : p;
  }

  // Surefire runs this module's tests on the module path (the library jars are named modules),
  // so the main classes are on jdk.module.path; on the class path when run that way.
  private static List<Path> mainClassPath() {
    return Stream.of("jdk.module.path", "java.class.path")
        .map(System::getProperty)
        .filter(value -> value != null && !value.isEmpty())
        .flatMap(value -> Stream.of(value.split(File.pathSeparator)))
        .filter(e -> !e.replace('\\', '/').endsWith("/test-classes"))
        .map(Path::of)
        .toList();
  }
}
