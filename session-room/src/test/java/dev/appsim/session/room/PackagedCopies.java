package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.path.ResolverOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Packages a session, unpacks the room, and checks what a teammate gets: discovered again in the
 * unpacked folder, with no remap, search path or variable, every reference of the session and of
 * every packaged copy resolves to the packaged copy of the file the original reference resolved
 * to (reference by reference, at the same location), and every copy that was not rewritten is
 * byte-identical to its source.
 */
final class PackagedCopies {
  private PackagedCopies() {}

  /** What the check packaged and unpacked. */
  record Checked(PackingPlan plan, Path room, Path unpacked, DependencyGraph graph) {}

  static Checked packUnpackAndCheck(Path session, PackageOptions options, Path work) throws IOException {
    Path room = work.resolve("out.room");
    PackingPlan plan = new RoomPackager(options).pack(session, room);
    Path into = work.resolve("unpacked");
    try (Room opened = Room.open(room)) {
      opened.verify().requireIntact();
      opened.unpack(into, PathStyle.RELATIVE);
    }
    Path target = into.toRealPath();
    for (PlannedEntry e : plan.entries()) {
      Path copy = target.resolve(e.archivePath());
      assertTrue(Files.isRegularFile(copy), "unpacked copy missing: " + e.archivePath());
      if (!e.isRewritten()) {
        assertArrayEquals(Files.readAllBytes(e.source()), Files.readAllBytes(copy),
            e.archivePath() + " is not byte-identical to " + e.source());
      }
    }
    Path unpackedSession = target.resolve(plan.sessionEntry());
    DependencyGraph graph = new DependencyDiscoverer(PackageOptions.builder()
        .resolver(ResolverOptions.builder().environment(Map.of()).home(target).build()).build())
        .discover(unpackedSession);

    Map<Path, String> archivePathOf = new HashMap<>();
    plan.entries().forEach(e -> archivePathOf.put(target.resolve(e.archivePath()), e.archivePath()));
    Map<String, Path> sourceOf = new HashMap<>();
    plan.entries().forEach(e -> sourceOf.put(e.archivePath(), e.source()));
    for (DiscoveredReference again : graph.references()) {
      PlannedReference original = counterpart(plan, again, graph, archivePathOf, sourceOf);
      if (!original.isResolved()) {
        continue; // skipped when packaged; FORMAT.md says how it is written, the trust checks own that
      }
      assertTrue(again.isResolved(), "in the unpacked room " + again.site() + " \"" + again.raw()
          + "\" does not resolve:\n" + again.resolution().explain());
      assertEquals(target.resolve(original.archivePath()), again.resolution().file(),
          "packaged " + again.site() + " \"" + again.raw() + "\" reaches another copy than " + original.archivePath());
    }
    assertEquals(plan.references().size(), graph.references().size(),
        "the unpacked room has another number of references than the original");
    return new Checked(plan, room, target, graph);
  }

  /** The original reference a reference of the unpacked room stands for: same referrer's source, same location, same rank. */
  private static PlannedReference counterpart(PackingPlan plan, DiscoveredReference again, DependencyGraph graph,
      Map<Path, String> archivePathOf, Map<String, Path> sourceOf) {
    Path referrer = again.site().referrer();
    Path originalReferrer = null;
    if (referrer != null) {
      String archivePath = archivePathOf.get(referrer);
      assertNotNull(archivePath, "unpacked reference from outside the room's entries: " + again);
      originalReferrer = sourceOf.get(archivePath);
    }
    List<DiscoveredReference> sameSite = new ArrayList<>();
    for (DiscoveredReference r : graph.references()) {
      if (r.site().equals(again.site())) {
        sameSite.add(r);
      }
    }
    int rank = sameSite.indexOf(again);
    List<PlannedReference> candidates = new ArrayList<>();
    for (PlannedReference r : plan.references()) {
      boolean sameReferrer = originalReferrer == null ? r.site().isInSession() : originalReferrer.equals(r.site().referrer());
      if (sameReferrer && r.site().location().equals(again.site().location())) {
        candidates.add(r);
      }
    }
    assertTrue(rank < candidates.size(), "no original reference for " + again + " among " + candidates);
    return candidates.get(rank);
  }
}
