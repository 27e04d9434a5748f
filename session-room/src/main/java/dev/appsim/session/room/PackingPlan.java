package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.Generator;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.internal.MissingGroups;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What packaging a session will do, worked out in full before anything is written: every
 * reference (raw string, where it was found, every resolution attempt, the chosen file and its
 * archive path) and every entry (source, size, SHA-256). It is the dry run; {@link RoomPackager}
 * executes it and nothing else. Immutable; made by {@link RoomPlanner}.
 */
public final class PackingPlan {
  private final Path sessionFile;
  private final SessionDocument original;
  private final SessionDocument packaged;
  private final String sessionEntry;
  private final byte[] sessionBytes;
  private final List<PlannedReference> references;
  private final List<PlanEntry> planEntries;
  private final List<PlannedEntry> entries;
  private final Map<String, PlannedEntry> entriesByPath;
  private final List<DiscoveryNotice> notices;
  private final RoomManifest manifest;
  private final MissingFiles missingFiles;

  PackingPlan(Path sessionFile, SessionDocument original, SessionDocument packaged, String sessionEntry,
      byte[] sessionBytes, List<PlannedReference> references, List<PlanEntry> planEntries,
      List<DiscoveryNotice> notices, Generator generator, List<MissingReference> missing, MissingFiles missingFiles) {
    this.sessionFile = requireNonNull(sessionFile, "sessionFile is null");
    this.original = requireNonNull(original, "original is null");
    this.packaged = requireNonNull(packaged, "packaged is null");
    this.sessionEntry = requireNonNull(sessionEntry, "sessionEntry is null");
    this.sessionBytes = requireNonNull(sessionBytes, "sessionBytes is null");
    this.references = List.copyOf(requireNonNull(references, "references is null"));
    List<PlanEntry> sorted = new ArrayList<>(requireNonNull(planEntries, "planEntries is null"));
    sorted.sort((a, b) -> EntryOrder.BY_CODE_POINT.compare(a.archivePath(), b.archivePath()));
    this.planEntries = List.copyOf(sorted);
    List<PlannedEntry> assets = new ArrayList<>();
    Map<String, PlannedEntry> byPath = new HashMap<>();
    for (PlanEntry e : this.planEntries) {
      if (e instanceof PlannedEntry asset) {
        assets.add(asset);
        byPath.put(asset.archivePath(), asset);
      }
    }
    this.entries = List.copyOf(assets);
    this.entriesByPath = Map.copyOf(byPath);
    this.notices = List.copyOf(requireNonNull(notices, "notices is null"));
    // Derived from the one list, so every listed entry has content and every content a listing.
    this.manifest = new RoomManifest(RoomManifest.CURRENT_VERSION, generator, sessionEntry,
        this.planEntries.stream().map(PlanEntry::toManifestEntry).toList(), missing);
    this.missingFiles = requireNonNull(missingFiles, "missingFiles is null");
  }

  /** {@return the session that was planned} */
  public Path sessionFile() {
    return sessionFile;
  }

  /** {@return the session as read} */
  public SessionDocument original() {
    return original;
  }

  /** {@return the session with every resolved path rewritten to its archive path} */
  public SessionDocument packaged() {
    return packaged;
  }

  /** {@return name of the session entry: {@code session.json} or {@code session.smile}} */
  public String sessionEntry() {
    return sessionEntry;
  }

  /** {@return the packaged session exactly as it will be stored; a fresh copy} */
  public byte[] sessionBytes() {
    return sessionBytes.clone();
  }

  // The packager streams the bytes without copying them.
  byte[] sessionBytesShared() {
    return sessionBytes;
  }

  /** {@return every reference, in discovery order} */
  public List<PlannedReference> references() {
    return references;
  }

  /**
   * Every entry the room will hold, the session among them, in manifest order
   * ({@link EntryOrder#BY_CODE_POINT}): what {@link RoomPackager} writes and what
   * {@link #manifest()} lists.
   *
   * @return the entries, sorted by path
   */
  public List<PlanEntry> planEntries() {
    return planEntries;
  }

  /** {@return every asset entry, sorted by path} */
  public List<PlannedEntry> entries() {
    return entries;
  }

  /**
   * {@return the asset entry at {@code archivePath}; empty for the session entry or an unknown path}
   *
   * @param archivePath the entry name, {@code assets/...}
   */
  public Optional<PlannedEntry> entry(String archivePath) {
    return Optional.ofNullable(entriesByPath.get(archivePath));
  }

  /**
   * What discovery saw in the assets but could not follow (a required glTF extension not known
   * here, words of an {@code mtllib} line that name no file): the room may lack files these name.
   * Empty when every reference there is was followed.
   *
   * @return the notices, in discovery order
   */
  public List<DiscoveryNotice> notices() {
    return notices;
  }

  /** {@return the {@code room.json} that will be written} */
  public RoomManifest manifest() {
    return manifest;
  }

  /** {@return what packaging does with unresolved references} */
  public MissingFiles missingFiles() {
    return missingFiles;
  }

  /** {@return references that were missing or ambiguous, in discovery order} */
  public List<PlannedReference> unresolved() {
    return references.stream().filter(r -> !r.isResolved()).toList();
  }

  /** {@return the unresolved references grouped by cause and shared prefix, each with the option that would fix it} */
  public List<MissingGroup> missingGroups() {
    return MissingGroups.of(references.stream()
        .map(r -> new DiscoveredReference(r.raw(), r.site(), r.resolution())).toList());
  }

  /** {@return whether every reference resolved to exactly one file} */
  public boolean isComplete() {
    return references.stream().allMatch(PlannedReference::isResolved);
  }

  /**
   * {@return references whose file is {@code file}: who uses it and from where}
   *
   * @param file a resolved source file (real path), as in {@link PlannedEntry#source()}
   */
  public List<PlannedReference> referencesTo(Path file) {
    List<PlannedReference> out = new ArrayList<>();
    for (PlannedReference r : references) {
      if (file.equals(r.resolution().file())) {
        out.add(r);
      }
    }
    return out;
  }

  /** {@return total bytes the room will hold, uncompressed} */
  public long totalBytes() {
    return manifest.totalSize();
  }

  /**
   * Checks that {@link RoomPackager#execute} may run this plan: every reference resolved, or the
   * options allow missing files.
   *
   * @throws MissingDependenciesException if a reference is unresolved and missing files are
   *     not allowed
   */
  public void requireExecutable() {
    if (missingFiles == MissingFiles.FAIL && !isComplete()) {
      throw new MissingDependenciesException(unresolved(), missingGroups());
    }
  }

  /** {@return a readable report: entries, then every reference with its resolution} */
  public String toText() {
    return PlanReport.text(this);
  }

  /** {@return the same report as JSON, for tools (shape documented in the README)} */
  public String toJson() {
    return PlanReport.json(this);
  }
}
