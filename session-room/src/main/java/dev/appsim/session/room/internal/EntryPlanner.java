package dev.appsim.session.room.internal;

import dev.appsim.session.room.DependencyGraph;
import dev.appsim.session.room.DiscoveredReference;
import dev.appsim.session.room.EntryOrder;
import dev.appsim.session.room.PlannedEntry;
import dev.appsim.session.room.PlannedReference;
import dev.appsim.session.room.archive.internal.Workers;
import dev.appsim.session.room.archive.ZipMethod;
import dev.appsim.session.room.asset.AssetEdits;
import dev.appsim.session.room.asset.AssetLayout;
import dev.appsim.session.room.asset.AssetRewriter;
import dev.appsim.session.room.asset.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a dependency graph into archive entries: names every file, hashes it, and works out what
 * each packaged copy will contain (its references rewritten to their entries' names).
 *
 * <p>Leaves (files without references) with the same content <em>and the same file name</em>
 * share one entry: two copies of {@code wood.png} in two folders are stored once. Equal bytes
 * under different names keep their own entries, so a name keeps meaning what its referrer wrote
 * ({@code displacement.jpg} never becomes {@code alpha.jpg} because the two images happen to be
 * equal); bytes are deduplicated, meaning is not. Files whose references are rewritten are
 * deduplicated by identity only, since their packaged bytes depend on their dependencies' names.
 */
public final class EntryPlanner {
  private final AssetRewriter rewriter;
  private final int threads;

  /** A planner making edits with {@code rewriter} and reading files on up to {@code threads} threads. */
  public EntryPlanner(AssetRewriter rewriter, int threads) {
    this.rewriter = rewriter;
    this.threads = threads;
  }

  /** Every reference with its entry, in discovery order, and every entry, sorted by path. */
  public record Result(List<PlannedReference> references, List<PlannedEntry> entries) {}

  /**
   * Plans the entries of {@code graph}; {@code layouts} are discovery's scans of the files with
   * references, from which each rewritten copy's edits are made without parsing the file again
   * (a file without one is parsed here).
   */
  public Result plan(DependencyGraph graph, Map<Path, AssetLayout> layouts) throws IOException {
    List<Path> leafFiles = new ArrayList<>();
    for (Path file : graph.files()) {
      if (graph.referencesFrom(file).isEmpty()) {
        leafFiles.add(file);
      }
    }
    // Leaves are most of a room's bytes (media): hashed on every core.
    Map<Path, Digests.Sized> leaves = Digests.ofFiles(leafFiles, threads);
    Map<Path, String> names = name(graph.files(), leaves);
    List<PlannedReference> references = new ArrayList<>();
    for (DiscoveredReference r : graph.references()) {
      references.add(new PlannedReference(r.raw(), r.site(), r.resolution(),
          r.isResolved() ? names.get(r.resolution().file()) : null));
    }
    return new Result(List.copyOf(references), entries(graph.files(), names, leaves, references, layouts));
  }

  private static Map<Path, String> name(List<Path> files, Map<Path, Digests.Sized> leaves) {
    ArchiveNames names = new ArchiveNames();
    Map<String, String> byContent = new HashMap<>();
    Map<Path, String> result = new LinkedHashMap<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      Digests.Sized leaf = leaves.get(file);
      if (leaf != null) {
        String key = leaf.sha256() + "/" + fileName;
        result.put(file, byContent.computeIfAbsent(key, k -> names.allocate(fileName)));
      } else {
        result.put(file, names.allocate(fileName));
      }
    }
    return result;
  }

  private List<PlannedEntry> entries(List<Path> files, Map<Path, String> names,
      Map<Path, Digests.Sized> leaves, List<PlannedReference> references, Map<Path, AssetLayout> layouts)
      throws IOException {
    Map<Path, Map<String, String>> rewrites = new HashMap<>();
    // A skipped reference becomes a bare name that names no entry (FORMAT.md 1.3), never the
    // local path as written, which could reach any file once the room is unpacked.
    MissingNames.InAssets missing = new MissingNames.InAssets(names.values());
    for (PlannedReference ref : references) {
      Path referrer = ref.site().referrer();
      if (referrer != null) {
        String bare = ref.archivePath() != null ? ref.archivePath().substring(ArchiveNames.ASSETS.length())
            : missing.name(ref.raw());
        rewrites.computeIfAbsent(referrer, k -> new LinkedHashMap<>()).put(ref.raw(), bare);
      }
    }
    List<Path> entryFiles = new ArrayList<>();
    List<Map<String, String>> entryRewrites = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Path file : files) {
      if (taken.add(names.get(file))) {
        Map<String, String> map = new LinkedHashMap<>(rewrites.getOrDefault(file, Map.of()));
        map.entrySet().removeIf(en -> en.getKey().equals(en.getValue()));
        entryFiles.add(file);
        entryRewrites.add(map);
      }
    }
    // What is left to read (files with references, and every rewritten copy) is read on every
    // core too: a big OBJ is not a leaf, since it names its MTL.
    List<Workers.Task<Content>> reads = new ArrayList<>(entryFiles.size());
    for (int i = 0; i < entryFiles.size(); i++) {
      Path file = entryFiles.get(i);
      Map<String, String> map = entryRewrites.get(i);
      reads.add(() -> content(file, map, leaves.get(file), layouts.get(file)));
    }
    List<PlannedEntry> sorted = new ArrayList<>(entryFiles.size());
    Workers.inOrder(reads, threads, "room-hash", (i, content) -> {
      Path file = entryFiles.get(i);
      String fileName = file.getFileName().toString();
      sorted.add(new PlannedEntry(names.get(file), file, content.digest().size(), content.digest().sha256(),
          MediaTypes.of(fileName), MediaTypes.isAlreadyCompressed(fileName) ? ZipMethod.STORED : ZipMethod.DEFLATED,
          entryRewrites.get(i), content.edits()));
    });
    sorted.sort((a, b) -> EntryOrder.BY_CODE_POINT.compare(a.archivePath(), b.archivePath()));
    return List.copyOf(sorted);
  }

  /** A packaged copy's digest and the edits that make it from its file. */
  private record Content(Digests.Sized digest, AssetEdits edits) {}

  private Content content(Path file, Map<String, String> rewrites, Digests.@Nullable Sized leaf,
      @Nullable AssetLayout layout) throws IOException {
    if (rewrites.isEmpty()) {
      return new Content(leaf != null ? leaf : Digests.ofFile(file), AssetEdits.none());
    }
    AssetEdits edits = layout != null ? rewriter.edits(layout, rewrites) : rewriter.edits(file, rewrites);
    // The digest of the copy, from one plain read that also checks the file is still the one
    // discovery scanned (its size and the bytes of every replaced range).
    Digests.Sink sink = new Digests.Sink();
    try (InputStream in = Files.newInputStream(file)) {
      edits.apply(in, sink);
    }
    return new Content(sink.result(), edits);
  }
}
