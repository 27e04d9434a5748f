package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.io.AtomicFiles;
import dev.appsim.session.room.archive.RoomZipWriter;
import dev.appsim.session.room.archive.WriteProgressListener;
import dev.appsim.session.room.archive.WriteResult;
import dev.appsim.session.room.archive.ZipEntrySource;
import dev.appsim.session.room.archive.ZipEntrySpec;
import dev.appsim.session.room.archive.internal.Scratch;
import dev.appsim.session.room.asset.AssetRewriter;
import dev.appsim.session.room.internal.ManifestJson;
import dev.appsim.session.room.internal.VerifyingInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    Path folder = Files.createDirectories(target.getParent());
    Scratch scratch = new Scratch(folder, "package " + plan.sessionFile() + " into " + target);
    Optional<Path> basePath = options.base()
        .or(() -> options.baseFromOutput() && Files.isRegularFile(target) ? Optional.of(target) : Optional.empty());
    WriteResult[] written = new WriteResult[1];
    boolean[] baseUsed = new boolean[1];
    try {
      // The base is opened and closed inside the atomic save: it may be the target, which is
      // replaced only after the write (and on Windows cannot be replaced while open).
      AtomicFiles.replace(target, temp -> {
        Optional<BaseRoom> base = basePath.flatMap(BaseRoom::open);
        try {
          baseUsed[0] = base.isPresent();
          written[0] = new RoomZipWriter(options.write()).write(temp, specs(plan, scratch, base), progress);
        } finally {
          base.ifPresent(BaseRoom::close);
        }
      });
    } finally {
      scratch.closeQuietly();
    }
    return new PackageResult(target, baseUsed[0] ? basePath : Optional.empty(), written[0].entries(), written[0].copied());
  }

  /** The archive's entries: {@code mimetype}, {@code room.json}, then the plan's entries in order. */
  List<ZipEntrySpec> specs(PackingPlan plan, Scratch scratch, Optional<BaseRoom> base) {
    List<ZipEntrySpec> specs = new ArrayList<>();
    specs.add(ZipEntrySpec.storedPlain(RoomManifest.MIMETYPE_ENTRY, ZipEntrySource.ofBytes(MIMETYPE)));
    specs.add(ZipEntrySpec.deflated(RoomManifest.MANIFEST_ENTRY, ZipEntrySource.ofBytes(ManifestJson.write(plan.manifest()))));
    AssetRewriter rewriter = AssetRewriter.create(options.assetLimits());
    for (PlanEntry entry : plan.planEntries()) {
      ZipEntrySource content = entry instanceof PlannedEntry asset
          ? assetSource(asset, rewriter, scratch)
          : ZipEntrySource.ofBytes(plan.sessionBytesShared());
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
   * Streams an asset, rewritten when its references change, verified against the plan's size and
   * SHA-256 on the way. The size is exact (the plan's), so a stored asset is copied from its file
   * straight into the archive, read once. A rewritten copy is held in memory
   * up to the writer's spill threshold and written to a file in the run's scratch folder beside
   * the room beyond it, so a huge OBJ costs disk, not heap; the file is deleted when the writer
   * closes the stream, and with the scratch folder at the latest.
   */
  private ZipEntrySource assetSource(PlannedEntry planned, AssetRewriter rewriter, Scratch scratch) {
    int threshold = options.write().spillThreshold();
    return ZipEntrySource.ofSizedStream(() -> {
      InputStream content;
      if (!planned.isRewritten()) {
        content = Files.newInputStream(planned.source());
      } else if (planned.size() <= threshold) {
        ByteArrayOutputStream copy = new ByteArrayOutputStream((int) planned.size());
        rewriter.rewrite(planned.source(), planned.rewrites(), copy);
        content = new ByteArrayInputStream(copy.toByteArray());
      } else {
        content = spilled(planned, rewriter, scratch);
      }
      return new VerifyingInputStream(content, planned.archivePath(), planned.size(), planned.sha256());
    }, planned.size());
  }

  private static InputStream spilled(PlannedEntry planned, AssetRewriter rewriter, Scratch scratch) throws IOException {
    Path spill = scratch.newFile("rewrite-", ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spill))) {
        rewriter.rewrite(planned.source(), planned.rewrites(), out);
      }
      return Files.newInputStream(spill, StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(spill);
      throw e;
    }
  }
}
