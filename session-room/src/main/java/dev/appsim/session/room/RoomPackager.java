package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.io.AtomicFiles;
import dev.appsim.session.room.archive.RoomZipWriter;
import dev.appsim.session.room.archive.WriteProgressListener;
import dev.appsim.session.room.archive.WriteResult;
import dev.appsim.session.room.archive.ZipEntrySource;
import dev.appsim.session.room.archive.ZipEntrySpec;
import dev.appsim.session.room.error.OutputConflictException;
import dev.appsim.session.room.internal.ManifestJson;
import dev.appsim.session.room.internal.VerifyingInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Packages a session and every file it references into one {@code .room} archive (FORMAT.md
 * section 2), executing a {@link PackingPlan}. The archive is written to a temporary file beside
 * the target and moved into place only when complete, so a failure leaves any earlier room
 * untouched; equal inputs give byte-identical archives whatever the thread count.
 *
 * <pre>{@code
 * RoomPackager packager = new RoomPackager(PackageOptions.builder()
 *     .resolver(ResolverOptions.builder().addRemap("C:\\Users\\ana\\MagicLeap", Path.of("/home/bo/ml")).build())
 *     .build());
 * PackingPlan plan = packager.pack(Path.of("living-room.session"), Path.of("living-room.room"));
 * }</pre>
 *
 * <p>Thread-safe: a packager holds only its immutable options and each call works on its own state
 * (and its own deflate workers), so one may package several sessions to different outputs at once.
 */
public final class RoomPackager {
  private static final byte[] MIMETYPE = RoomManifest.MIMETYPE.getBytes(StandardCharsets.US_ASCII);

  private final PackageOptions options;

  /**
   * A packager with these options.
   *
   * @param options how references resolve, what to do with missing files, and how to write
   */
  public RoomPackager(PackageOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /**
   * Plans and packages {@code sessionFile} into {@code room}.
   *
   * @param sessionFile the {@code .session} file to package
   * @param room the archive to write; replaced atomically if it exists
   * @return the plan that was executed
   * @throws MissingDependenciesException listing every unresolved reference, unless the options
   *     allow missing files
   * @throws dev.appsim.session.model.SessionException if the session or an asset is malformed
   * @throws IOException if reading a source or writing the room fails
   */
  public PackingPlan pack(Path sessionFile, Path room) throws IOException {
    return pack(sessionFile, room, WriteProgressListener.NONE);
  }

  /**
   * As {@link #pack(Path, Path)}, reporting progress after each entry.
   *
   * @param sessionFile the {@code .session} file to package
   * @param room the archive to write; replaced atomically if it exists
   * @param progress called on the writing thread after each entry; {@link WriteProgressListener#NONE} for none
   * @return the plan that was executed
   * @throws MissingDependenciesException listing every unresolved reference, unless the options
   *     allow missing files
   * @throws OutputConflictException if {@code room} is one of the files packaging reads
   * @throws IOException if reading a source or writing the room fails
   */
  public PackingPlan pack(Path sessionFile, Path room, WriteProgressListener progress) throws IOException {
    PackingPlan plan = new RoomPlanner(options).plan(sessionFile);
    execute(plan, room, progress);
    return plan;
  }

  /**
   * As {@link #execute(PackingPlan, Path, WriteProgressListener)}, without progress reports.
   *
   * @param plan a plan made by {@link RoomPlanner}, with options matching this packager's
   * @param room the archive to write; replaced atomically if it exists
   * @return the entries written, and which of them were copied from the base
   * @throws MissingDependenciesException if a reference is unresolved and missing files are not allowed
   * @throws OutputConflictException if {@code room} is one of the files packaging reads
   * @throws IOException if reading a source or writing the room fails, or a source changed since
   *     the plan was made
   */
  public PackageResult execute(PackingPlan plan, Path room) throws IOException {
    return execute(plan, room, WriteProgressListener.NONE);
  }

  /**
   * Writes the room that {@code plan} describes. Fails, leaving {@code room} as it was, if a
   * reference is unresolved and missing files are not allowed, or if a source file changed
   * since the plan was made. Entries unchanged since the base room ({@link PackageOptions#base()},
   * or the existing output) are copied from it when they pass its checks; the room is the same,
   * byte for byte, either way. A copied entry's source is not read again: the old data is checked
   * against the plan's SHA-256, so the entry holds the planned content, and of its source only
   * the size is checked (a file rewritten in place at the same size after planning is packaged as
   * planned).
   *
   * @param plan a plan made by {@link RoomPlanner}, with options matching this packager's
   * @param room the archive to write; replaced atomically if it exists
   * @param progress called on the writing thread after each entry; {@link WriteProgressListener#NONE} for none
   * @return the entries written, and which of them were copied from the base
   * @throws MissingDependenciesException if a reference is unresolved and missing files are not allowed
   * @throws OutputConflictException if {@code room} is one of the files packaging reads
   * @throws IOException if reading a source or writing the room fails, or a source changed since
   *     the plan was made
   */
  public PackageResult execute(PackingPlan plan, Path room, WriteProgressListener progress) throws IOException {
    requireNonNull(plan, "plan is null");
    requireNonNull(room, "room is null");
    requireNonNull(progress, "progress is null");
    plan.requireExecutable();
    checkOutput(plan, room);
    Path target = room.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Optional<Path> basePath = options.base()
        .or(() -> options.baseFromOutput() && Files.isRegularFile(target) ? Optional.of(target) : Optional.empty());
    WriteResult[] written = new WriteResult[1];
    boolean[] baseUsed = new boolean[1];
    // The base is opened and closed inside the atomic save: it may be the target, which is
    // replaced only after the write (and on Windows cannot be replaced while open).
    AtomicFiles.replace(target, temp -> {
      Optional<BaseRoom> base = basePath.flatMap(BaseRoom::open);
      try {
        baseUsed[0] = base.isPresent();
        written[0] = new RoomZipWriter(options.write()).write(temp, specs(plan, base), progress);
      } finally {
        base.ifPresent(BaseRoom::close);
      }
    });
    return new PackageResult(target, baseUsed[0] ? basePath : Optional.empty(), written[0].entries(), written[0].copied());
  }

  /** The archive's entries: {@code mimetype}, {@code room.json}, then the plan's entries in order. */
  List<ZipEntrySpec> specs(PackingPlan plan, Optional<BaseRoom> base) {
    List<ZipEntrySpec> specs = new ArrayList<>();
    specs.add(ZipEntrySpec.storedPlain(RoomManifest.MIMETYPE_ENTRY, ZipEntrySource.ofBytes(MIMETYPE)));
    specs.add(ZipEntrySpec.deflated(RoomManifest.MANIFEST_ENTRY, ZipEntrySource.ofBytes(ManifestJson.write(plan.manifest()))));
    PlanEntry.Visitor<ZipEntrySource> contentOf = new PlanEntry.Visitor<>() {
      @Override
      public ZipEntrySource session(PlannedSession session) {
        return ZipEntrySource.ofBytes(plan.sessionBytesShared());
      }

      @Override
      public ZipEntrySource asset(PlannedEntry asset) {
        return assetSource(asset);
      }
    };
    for (PlanEntry entry : plan.planEntries()) {
      ZipEntrySource content = entry.accept(contentOf);
      ZipEntrySource source = base.flatMap(b -> b.reusable(entry)).map(content::reusing).orElse(content);
      specs.add(ZipEntrySpec.of(entry.archivePath(), entry.method(), source));
    }
    return specs;
  }

  /**
   * Fails if {@code room} is a file that packaging {@code plan} reads: the session or any
   * source, compared by identity ({@link Files#isSameFile}), so another spelling of the path, a
   * symbolic link or a hard link to an input is refused too. {@link #execute} checks this before
   * writing anything; a dry run can call it to report the same conflict.
   *
   * @param plan the plan whose session and sources are the inputs
   * @param room the output path; nothing to check when it does not exist
   * @throws OutputConflictException naming the output and the input it would destroy
   * @throws IOException declared for future checks; none is thrown now, since an input that cannot
   *     be examined is taken not to be the output (reading it reports the problem)
   */
  public void checkOutput(PackingPlan plan, Path room) throws IOException {
    requireNonNull(plan, "plan is null");
    requireNonNull(room, "room is null");
    if (!Files.exists(room)) {
      return;
    }
    if (sameFile(room, plan.sessionFile())) {
      throw new OutputConflictException(room, plan.sessionFile(), "the session being packaged");
    }
    for (PlannedEntry entry : plan.entries()) {
      if (sameFile(room, entry.source())) {
        throw new OutputConflictException(room, entry.source(), "packaged as " + entry.archivePath());
      }
    }
  }

  // An input that cannot be examined is not the output; reading it will report the problem.
  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * Streams an asset, with the plan's edits applied when its references change, verified against
   * the plan's size and SHA-256 on the way. Applying edits parses nothing and the size is exact
   * (the plan's), so every asset, rewritten or not, is copied from its file straight into the
   * archive, read once; a source that changed since planning gives other bytes, which the check
   * refuses.
   */
  private static ZipEntrySource assetSource(PlannedEntry planned) {
    return ZipEntrySource.ofSizedStream(() -> new VerifyingInputStream(
        planned.edits().open(Files.newInputStream(planned.source())), planned.archivePath(), planned.size(),
        planned.sha256()), planned.size());
  }
}
