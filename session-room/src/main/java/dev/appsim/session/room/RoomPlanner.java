package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.asset.AssetRewriter;
import dev.appsim.session.room.internal.Digests;
import dev.appsim.session.room.internal.EntryPlanner;
import dev.appsim.session.room.internal.MissingNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out a {@link PackingPlan}: discovers every file the session needs
 * ({@link DependencyDiscoverer}), then names every entry, hashes it and computes what each will
 * contain, and encodes the packaged session. Writes nothing.
 *
 * <pre>{@code
 * PackingPlan plan = new RoomPlanner(options).plan(Path.of("living-room.session"));
 * System.out.println(plan.toText());          // the dry run
 * if (plan.isComplete()) new RoomPackager(options).execute(plan, Path.of("living-room.room"));
 * }</pre>
 *
 * <p>Thread-safe: a planner holds only its immutable options, so one may plan several sessions at
 * once.
 */
public final class RoomPlanner {
  private final PackageOptions options;

  /**
   * A planner with these options.
   *
   * @param options how references resolve, what to do with missing files, and the session encoding
   */
  public RoomPlanner(PackageOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /**
   * Plans packaging {@code sessionFile}.
   *
   * @param sessionFile the {@code .session} file; relative paths in it resolve against its folder
   * @return what the room will hold; unresolved references are listed, not thrown
   * @throws dev.appsim.session.model.SessionException if the session or an asset is malformed
   * @throws IOException if a file cannot be read
   */
  public PackingPlan plan(Path sessionFile) throws IOException {
    return plan(new DependencyDiscoverer(options).discover(sessionFile));
  }

  /**
   * Plans packaging {@code document}, resolving relative paths against {@code sessionFile}'s folder.
   *
   * @param document the session, already read
   * @param sessionFile where the session lives; it is not read
   * @return what the room will hold; unresolved references are listed, not thrown
   * @throws dev.appsim.session.model.SessionException if an asset is malformed
   * @throws IOException if a file cannot be read
   */
  public PackingPlan plan(SessionDocument document, Path sessionFile) throws IOException {
    return plan(new DependencyDiscoverer(options).discover(document, sessionFile));
  }

  /**
   * Plans packaging what {@code graph} found: hashes every file, works out the rewritten copies
   * and encodes the packaged session.
   *
   * @param graph what {@link DependencyDiscoverer} found, with the same options
   * @return what the room will hold; unresolved references are listed, not thrown
   * @throws IOException if a file cannot be read
   */
  public PackingPlan plan(DependencyGraph graph) throws IOException {
    requireNonNull(graph, "graph is null");
    SessionDocument document = graph.document();
    EntryPlanner.Result found = new EntryPlanner(AssetRewriter.create(options.assetLimits()), options.write().threads()).plan(graph, graph.layouts());

    Map<String, String> sessionPaths = new HashMap<>();
    // file -> its entry, built once: looking it up per missing reference was quadratic in an
    // MTL with many missing maps.
    Map<Path, String> archivePaths = new HashMap<>();
    for (PlannedReference ref : found.references()) {
      if (ref.isResolved()) {
        archivePaths.putIfAbsent(ref.resolution().file(), ref.archivePath());
      }
    }
    Map<String, PlannedEntry> plannedEntries = new HashMap<>();
    found.entries().forEach(e -> plannedEntries.put(e.archivePath(), e));
    // Skipped references are written so that they name nothing (FORMAT.md 1.3): missing/<name>
    // in the session; inside an asset, the bare name EntryPlanner rewrote the copy with.
    MissingNames.InSession missingNames = new MissingNames.InSession();
    boolean originals = options.missingFiles() == MissingFiles.RECORD_WITH_ORIGINAL_PATHS;
    List<MissingReference> missing = new ArrayList<>();
    for (PlannedReference ref : found.references()) {
      if (ref.isResolved()) {
        if (ref.site().isInSession()) {
          sessionPaths.put(ref.site().location(), ref.archivePath());
        }
        continue;
      }
      MissingReference record;
      if (ref.site().isInSession()) {
        String name = missingNames.name(ref.raw());
        sessionPaths.put(ref.site().location(), name);
        record = MissingReference.inSession(ref.site().location(), name);
      } else {
        String referrer = archivePaths.get(ref.site().referrer());
        String written = plannedEntries.get(referrer).rewrites().getOrDefault(ref.raw(), ref.raw());
        record = MissingReference.inAsset(referrer, ref.site().location(), written);
      }
      missing.add(originals ? record.withOriginal(ref.raw()) : record);
    }
    SessionDocument packaged = document.withAssetPaths(ref -> sessionPaths.getOrDefault(ref.pointer(), ref.path()));
    byte[] sessionBytes = options.codec().toBytes(packaged, options.sessionFormat());
    Digests.Sized session = Digests.ofBytes(sessionBytes);

    List<PlanEntry> entries = new ArrayList<>();
    entries.add(new PlannedSession(options.sessionEntry(), session.size(), session.sha256(), sessionMediaType()));
    entries.addAll(found.entries());
    return new PackingPlan(graph.sessionFile(), document, packaged, options.sessionEntry(), sessionBytes,
        found.references(), entries, graph.notices(), options.generator(),
        options.missingFiles().records() ? missing : List.of(), options.missingFiles());
  }

  private String sessionMediaType() {
    return options.sessionFormat() == SessionFormat.SMILE
        ? "application/vnd.appsim.session+smile"
        : "application/vnd.appsim.session+json";
  }
}
