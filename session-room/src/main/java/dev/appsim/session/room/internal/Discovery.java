package dev.appsim.session.room.internal;

import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.DiscoveredReference;
import dev.appsim.session.room.DiscoveryNotice;
import dev.appsim.session.room.ReferenceSite;
import dev.appsim.session.room.archive.internal.Workers;
import dev.appsim.session.room.asset.AssetLayout;
import dev.appsim.session.room.asset.AssetNotice;
import dev.appsim.session.room.asset.AssetReference;
import dev.appsim.session.room.asset.AssetScan;
import dev.appsim.session.room.asset.AssetScanner;
import dev.appsim.session.room.error.RoomException;
import dev.appsim.session.room.path.Attempt;
import dev.appsim.session.room.path.PathResolver;
import dev.appsim.session.room.path.Resolution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks a session's references and the references inside its assets, breadth first in document
 * and file order, so the result is deterministic. Reads only what it must to find references:
 * nothing is hashed or rewritten. The scan of each file with references is kept with where they
 * sit ({@link AssetLayout}), so planning its rewritten copy parses nothing again.
 *
 * <p>A reference with alternatives (an OBJ {@code mtllib} line with blanks) is resolved whole
 * first. If that fails, its names are tried: those that resolve (or are ambiguous) become
 * references; a name that does not resolve is a missing reference when it looks like a file
 * name (has an extension) and a notice otherwise; and when no name resolves, the whole line is
 * one missing reference whose attempts show every reading tried, so no bogus reference is made up.
 */
public final class Discovery {
  /** Most distinct files one room may reference; guards against reference explosions. */
  public static final int MAX_FILES = 10_000;

  private final PathResolver resolver;
  private final AssetScanner scanner;
  private final int threads;

  /**
   * A discovery resolving with {@code resolver} and scanning with {@code scanner}, the files of
   * one generation on up to {@code threads} threads (the scanner is thread-safe; resolution,
   * which follows the results in order, runs on the caller's thread).
   */
  public Discovery(PathResolver resolver, AssetScanner scanner, int threads) {
    this.resolver = resolver;
    this.scanner = scanner;
    this.threads = threads;
  }

  /**
   * Every reference in discovery order, what was not followed, and the layout of each file that
   * has references.
   */
  public record Result(List<DiscoveredReference> references, List<DiscoveryNotice> notices,
      Map<Path, AssetLayout> layouts) {}

  public Result discover(SessionDocument document, Path sessionFolder) throws IOException {
    List<DiscoveredReference> found = new ArrayList<>();
    List<DiscoveryNotice> notices = new ArrayList<>();
    Deque<Path> queue = new ArrayDeque<>();
    Set<Path> known = new HashSet<>();
    Map<Path, AssetLayout> layouts = new HashMap<>();
    for (AssetRef ref : document.assetRefs()) {
      Resolution r = resolver.resolve(ref.path(), sessionFolder);
      found.add(new DiscoveredReference(ref.path(), ReferenceSite.inSession(ref.pointer()), r));
      enqueue(r, known, queue);
    }
    // Breadth first, one generation of files at a time: every file of a generation was queued
    // before any of its references, so taking a generation in queue order is the order of one
    // queue, and its files can be scanned on every core while the results are taken in order.
    while (!queue.isEmpty()) {
      List<Path> generation = new ArrayList<>();
      for (Path file : queue) {
        if (AssetScanner.followsReferencesIn(file.getFileName().toString())) {
          generation.add(file);
        }
      }
      queue.clear();
      List<Workers.Task<AssetLayout>> scans = new ArrayList<>(generation.size());
      for (Path file : generation) {
        scans.add(() -> scanner.locate(file));
      }
      Workers.inOrder(scans, threads, "room-scan", (i, layout) -> {
        Path file = generation.get(i);
        AssetScan scan = layout.scan();
        if (!scan.references().isEmpty()) {
          layouts.put(file, layout);
        }
        for (AssetNotice n : scan.notices()) {
          notices.add(new DiscoveryNotice(file, n.location(), n.message()));
        }
        for (AssetReference ref : scan.references()) {
          if (ref.raw().regionMatches(true, 0, "data:", 0, 5)) {
            continue;
          }
          ReferenceSite site = new ReferenceSite(file, ref.location());
          for (DiscoveredReference d : resolve(ref, file, site, notices)) {
            found.add(d);
            enqueue(d.resolution(), known, queue);
          }
        }
      });
    }
    return new Result(List.copyOf(found), List.copyOf(notices), Map.copyOf(layouts));
  }

  private List<DiscoveredReference> resolve(AssetReference ref, Path file, ReferenceSite site,
      List<DiscoveryNotice> notices) {
    Resolution whole = resolver.resolve(ref.raw(), file.getParent());
    if (whole.isFound() || ref.alternatives().isEmpty()) {
      return List.of(new DiscoveredReference(ref.raw(), site, whole));
    }
    List<DiscoveredReference> hits = new ArrayList<>();
    List<Resolution> misses = new ArrayList<>();
    List<Resolution> all = new ArrayList<>();
    for (AssetReference part : ref.alternatives()) {
      Resolution r = resolver.resolve(part.raw(), file.getParent());
      all.add(r);
      if (r.status() != Resolution.Status.MISSING) {
        hits.add(new DiscoveredReference(part.raw(), site, r));
      } else {
        misses.add(r);
      }
    }
    if (hits.isEmpty()) {
      return List.of(new DiscoveredReference(ref.raw(), site, everyReading(whole, all)));
    }
    List<String> words = new ArrayList<>();
    for (Resolution miss : misses) {
      if (looksLikeFileName(miss.raw())) {
        hits.add(new DiscoveredReference(miss.raw(), site, miss));
      } else {
        words.add("\"" + miss.raw() + "\"");
      }
    }
    if (!words.isEmpty()) {
      notices.add(new DiscoveryNotice(file, site.location(), "no file is named \"" + ref.raw()
          + "\", so its words were read as separate names; " + String.join(", ", words)
          + (words.size() == 1 ? " names" : " name") + " no file and " + (words.size() == 1 ? "was" : "were")
          + " skipped"));
    }
    // Back in line order: the names as written, whatever resolved first.
    List<String> order = ref.alternatives().stream().map(AssetReference::raw).collect(Collectors.toList());
    hits.sort((a, b) -> Integer.compare(order.indexOf(a.raw()), order.indexOf(b.raw())));
    return hits;
  }

  /** The whole reading missed and so did every name: one missing reference listing all that was tried. */
  private static Resolution everyReading(Resolution whole, List<Resolution> parts) {
    List<Attempt> attempts = new ArrayList<>(whole.attempts());
    for (Resolution part : parts) {
      attempts.add(new Attempt(Attempt.Strategy.SEPARATE_NAME, "\"" + part.raw() + "\"", "", Attempt.Outcome.NOT_FOUND));
      attempts.addAll(part.attempts());
    }
    return new Resolution(whole.raw(), Resolution.Status.MISSING, null, List.of(), attempts, whole.path());
  }

  private static boolean looksLikeFileName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 && dot < name.length() - 1;
  }

  // Every file is queued once; a set, not a scan of the queue, keeps this linear.
  private static void enqueue(Resolution r, Set<Path> known, Deque<Path> queue) {
    if (r.isFound() && !known.contains(r.file())) {
      if (known.size() >= MAX_FILES) {
        throw new RoomException(r.raw(), "the session references more than " + MAX_FILES + " files");
      }
      known.add(r.file());
      queue.addLast(r.file());
    }
  }
}
