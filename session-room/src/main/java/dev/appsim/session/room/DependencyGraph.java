package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.asset.AssetLayout;
import dev.appsim.session.room.internal.MissingGroups;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Every file a session needs, as {@link DependencyDiscoverer} found it: the references of the
 * session and, transitively, of its assets, each with where it was written and how it was
 * resolved, and what could not be followed. Nothing was hashed, rewritten or encoded; a
 * {@link RoomPlanner} turns a graph into a {@link PackingPlan}. Immutable.
 */
public final class DependencyGraph {
  private final Path sessionFile;
  private final SessionDocument document;
  private final List<DiscoveredReference> references;
  private final List<DiscoveryNotice> notices;
  private final List<Path> files;
  private final Map<Path, List<DiscoveredReference>> byReferrer;
  private final Map<Path, AssetLayout> layouts;

  DependencyGraph(Path sessionFile, SessionDocument document, List<DiscoveredReference> references,
      List<DiscoveryNotice> notices, Map<Path, AssetLayout> layouts) {
    this.sessionFile = requireNonNull(sessionFile, "sessionFile is null");
    this.document = requireNonNull(document, "document is null");
    this.references = List.copyOf(requireNonNull(references, "references is null"));
    this.notices = List.copyOf(requireNonNull(notices, "notices is null"));
    LinkedHashSet<Path> found = new LinkedHashSet<>();
    Map<Path, List<DiscoveredReference>> from = new LinkedHashMap<>();
    for (DiscoveredReference r : this.references) {
      if (r.isResolved()) {
        found.add(r.resolution().file());
      }
      if (r.site().referrer() != null) {
        from.computeIfAbsent(r.site().referrer(), k -> new ArrayList<>()).add(r);
      }
    }
    this.files = List.copyOf(found);
    from.replaceAll((k, v) -> List.copyOf(v));
    this.byReferrer = Map.copyOf(from);
    this.layouts = Map.copyOf(requireNonNull(layouts, "layouts is null"));
  }

  /** Where the references of each file that has some sit in it, from discovery's one scan. */
  Map<Path, AssetLayout> layouts() {
    return layouts;
  }

  /** {@return the session, absolute and normalised} */
  public Path sessionFile() {
    return sessionFile;
  }

  /** {@return the session as read} */
  public SessionDocument document() {
    return document;
  }

  /** {@return every reference, in discovery order: the session's, then breadth first through the assets} */
  public List<DiscoveredReference> references() {
    return references;
  }

  /** {@return what was seen but not followed, in discovery order} */
  public List<DiscoveryNotice> notices() {
    return notices;
  }

  /** {@return the distinct files found (real paths), in discovery order} */
  public List<Path> files() {
    return files;
  }

  /** {@return the references written in the session itself, in document order} */
  public List<DiscoveredReference> sessionReferences() {
    return references.stream().filter(r -> r.site().isInSession()).toList();
  }

  /**
   * {@return the references written inside {@code file}, in file order; empty for a leaf}
   *
   * @param file one of {@link #files()}
   */
  public List<DiscoveredReference> referencesFrom(Path file) {
    return byReferrer.getOrDefault(requireNonNull(file, "file is null"), List.of());
  }

  /**
   * {@return the references that resolved to {@code file}: who uses it and from where}
   *
   * @param file a resolved file (real path), as in {@link #files()}
   */
  public List<DiscoveredReference> referencesTo(Path file) {
    requireNonNull(file, "file is null");
    return references.stream().filter(r -> file.equals(r.resolution().file())).toList();
  }

  /** {@return references that were missing or ambiguous, in discovery order} */
  public List<DiscoveredReference> unresolved() {
    return references.stream().filter(r -> !r.isResolved()).toList();
  }

  /** {@return the unresolved references grouped by cause and shared prefix, each with the option that would fix it} */
  public List<MissingGroup> missingGroups() {
    return MissingGroups.of(references);
  }

  /** {@return whether every reference resolved to exactly one file (notices aside)} */
  public boolean isComplete() {
    return references.stream().allMatch(DiscoveredReference::isResolved);
  }
}
