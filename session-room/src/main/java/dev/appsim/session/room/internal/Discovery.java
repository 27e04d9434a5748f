package dev.appsim.session.room.internal;

import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.PlannedEntry;
import dev.appsim.session.room.PlannedReference;
import dev.appsim.session.room.ReferenceSite;
import dev.appsim.session.room.RoomException;
import dev.appsim.session.room.asset.AssetFormat;
import dev.appsim.session.room.asset.AssetReference;
import dev.appsim.session.room.asset.AssetRewriter;
import dev.appsim.session.room.asset.AssetScanner;
import dev.appsim.session.room.asset.MediaTypes;
import dev.appsim.session.room.path.PathResolver;
import dev.appsim.session.room.path.Resolution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Walks a session's references and the references inside its assets, in three passes: find and
 * resolve every reference (breadth first, in document and file order, so the result is
 * deterministic); name every file; then work out what each packaged copy will contain.
 *
 * <p>Leaves (files without references) are deduplicated by content: two copies of one texture
 * become one entry. Files whose references are rewritten are deduplicated by identity only,
 * since their packaged bytes depend on the names of their own dependencies.
 */
public final class Discovery {
  /** Most distinct files one room may reference; guards against reference explosions. */
  public static final int MAX_FILES = 10_000;

  private final PathResolver resolver;
  private final AssetScanner scanner;
  private final AssetRewriter rewriter;

  public Discovery(PathResolver resolver, AssetScanner scanner, AssetRewriter rewriter) {
    this.resolver = resolver;
    this.scanner = scanner;
    this.rewriter = rewriter;
  }

  /** What discovery found: every reference in order and every entry to pack, sorted. */
  public record Result(List<PlannedReference> references, List<PlannedEntry> entries) {}

  private record Found(String raw, ReferenceSite site, Resolution resolution) {}

  public Result discover(SessionDocument document, Path sessionFolder) throws IOException {
    List<Found> found = new ArrayList<>();
    Map<Path, List<AssetReference>> nested = new LinkedHashMap<>();
    Deque<Path> queue = new ArrayDeque<>();
    Set<Path> known = new HashSet<>();
    for (AssetRef ref : document.assetRefs()) {
      Resolution r = resolver.resolve(ref.path(), sessionFolder);
      found.add(new Found(ref.path(), ReferenceSite.inSession(ref.pointer()), r));
      enqueue(r, known, queue);
    }
    while (!queue.isEmpty()) {
      Path file = queue.removeFirst();
      List<AssetReference> refs = AssetFormat.of(file.getFileName().toString()) == AssetFormat.OTHER
          ? List.of()
          : scanner.scan(file);
      nested.put(file, refs);
      for (AssetReference ref : refs) {
        if (ref.raw().regionMatches(true, 0, "data:", 0, 5)) {
          continue;
        }
        Resolution r = resolver.resolve(ref.raw(), file.getParent());
        found.add(new Found(ref.raw(), new ReferenceSite(file, ref.location()), r));
        enqueue(r, known, queue);
      }
    }

    Map<Path, Digests.Sized> leaves = hashLeaves(nested);
    Map<Path, String> names = name(nested, leaves);
    List<PlannedReference> references = new ArrayList<>();
    for (Found f : found) {
      references.add(new PlannedReference(f.raw, f.site, f.resolution,
          f.resolution.isFound() ? names.get(f.resolution.file()) : null));
    }
    return new Result(List.copyOf(references), entries(nested, names, leaves, references));
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

  // Leaves with equal content and extension share the first one's name; the extension is part of
  // the key because loaders and media types go by it (a .jpg must not be renamed .png).
  // Files without references are hashed once here; naming and the plan's entries share the result.
  private static Map<Path, Digests.Sized> hashLeaves(Map<Path, List<AssetReference>> files) throws IOException {
    Map<Path, Digests.Sized> hashes = new HashMap<>();
    for (Map.Entry<Path, List<AssetReference>> e : files.entrySet()) {
      if (e.getValue().isEmpty()) {
        hashes.put(e.getKey(), Digests.ofFile(e.getKey()));
      }
    }
    return hashes;
  }

  private static Map<Path, String> name(Map<Path, List<AssetReference>> files, Map<Path, Digests.Sized> leaves) {
    ArchiveNames names = new ArchiveNames();
    Map<String, String> byContent = new HashMap<>();
    Map<Path, String> result = new LinkedHashMap<>();
    for (Map.Entry<Path, List<AssetReference>> e : files.entrySet()) {
      Path file = e.getKey();
      String fileName = file.getFileName().toString();
      if (e.getValue().isEmpty()) {
        String key = leaves.get(file).sha256() + extension(fileName);
        result.put(file, byContent.computeIfAbsent(key, k -> names.allocate(fileName)));
      } else {
        result.put(file, names.allocate(fileName));
      }
    }
    return result;
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(dot).toLowerCase(Locale.ROOT) : "";
  }

  private List<PlannedEntry> entries(Map<Path, List<AssetReference>> files, Map<Path, String> names,
      Map<Path, Digests.Sized> leaves, List<PlannedReference> references) throws IOException {
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
    Map<String, PlannedEntry> byName = new HashMap<>();
    for (Path file : files.keySet()) {
      String name = names.get(file);
      if (byName.containsKey(name)) {
        continue;
      }
      Map<String, String> map = new LinkedHashMap<>(rewrites.getOrDefault(file, Map.of()));
      map.entrySet().removeIf(en -> en.getKey().equals(en.getValue()));
      Digests.Sized content;
      if (map.isEmpty()) {
        Digests.Sized leaf = leaves.get(file);
        content = leaf != null ? leaf : Digests.ofFile(file);
      } else {
        Digests.Sink sink = new Digests.Sink();
        rewriter.rewrite(file, map, sink);
        content = sink.result();
      }
      String fileName = file.getFileName().toString();
      byName.put(name, new PlannedEntry(name, file, content.size(), content.sha256(), MediaTypes.of(fileName),
          MediaTypes.isAlreadyCompressed(fileName), map));
    }
    List<PlannedEntry> sorted = new ArrayList<>(byName.values());
    sorted.sort((a, b) -> dev.appsim.session.room.EntryOrder.BY_CODE_POINT.compare(a.archivePath(), b.archivePath()));
    return List.copyOf(sorted);
  }
}
