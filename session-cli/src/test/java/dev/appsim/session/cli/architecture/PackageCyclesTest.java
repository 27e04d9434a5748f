package dev.appsim.session.cli.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package cycles among the library's main classes (session-api, -core, -room, -view and the
 * CLI: this module's test run sees them all). A package and its {@code internal} subpackage
 * count as one: {@code internal} implements the package's API and uses its public types by design.
 * Any other circle of packages fails here, so an arrow running back up shows at build time.
 */
class PackageCyclesTest {
  private static final PackageGraph GRAPH = PackageGraph.of(mainClassPath(), "dev/appsim/session/");

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

  @Test
  void pathAssetAndArchiveDoNotUseTheRoomPackage() {
    for (String p : List.of("dev.appsim.session.room.path", "dev.appsim.session.room.asset",
        "dev.appsim.session.room.archive", "dev.appsim.session.room.archive.internal")) {
      assertTrue(!GRAPH.uses().get(p).contains("dev.appsim.session.room"), p + " uses " + GRAPH.uses().get(p));
    }
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
