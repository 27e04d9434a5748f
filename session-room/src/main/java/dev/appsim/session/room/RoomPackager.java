package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.io.AtomicFiles;
import dev.appsim.session.room.archive.RoomZipWriter;
import dev.appsim.session.room.archive.WriteProgressListener;
import dev.appsim.session.room.archive.ZipEntrySource;
import dev.appsim.session.room.archive.ZipEntrySpec;
import dev.appsim.session.room.asset.AssetRewriter;
import dev.appsim.session.room.internal.ManifestJson;
import dev.appsim.session.room.internal.VerifyingInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 */
public final class RoomPackager {
  private static final byte[] MIMETYPE = RoomManifest.MIMETYPE.getBytes(StandardCharsets.US_ASCII);

  private final PackageOptions options;

  public RoomPackager(PackageOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /**
   * Plans and packages {@code sessionFile} into {@code room}.
   *
   * @return the plan that was executed
   * @throws MissingDependenciesException listing every unresolved reference, unless the options
   *     allow missing files
   * @throws dev.appsim.session.model.SessionException if the session or an asset is malformed
   * @throws IOException if reading a source or writing the room fails
   */
  public PackingPlan pack(Path sessionFile, Path room) throws IOException {
    return pack(sessionFile, room, WriteProgressListener.NONE);
  }

  /** As {@link #pack(Path, Path)}, reporting progress after each entry. */
  public PackingPlan pack(Path sessionFile, Path room, WriteProgressListener progress) throws IOException {
    PackingPlan plan = new RoomPlanner(options).plan(sessionFile);
    execute(plan, room, progress);
    return plan;
  }

  /** As {@link #execute(PackingPlan, Path, WriteProgressListener)}, without progress reports. */
  public void execute(PackingPlan plan, Path room) throws IOException {
    execute(plan, room, WriteProgressListener.NONE);
  }

  /**
   * Writes the room that {@code plan} describes. Fails, leaving {@code room} as it was, if a
   * reference is unresolved and missing files are not allowed, or if a source file changed
   * since the plan was made.
   */
  public void execute(PackingPlan plan, Path room, WriteProgressListener progress) throws IOException {
    requireNonNull(plan, "plan is null");
    requireNonNull(room, "room is null");
    requireNonNull(progress, "progress is null");
    plan.requireExecutable();
    List<ZipEntrySpec> specs = new ArrayList<>();
    specs.add(ZipEntrySpec.storedPlain(RoomManifest.MIMETYPE_ENTRY, ZipEntrySource.ofBytes(MIMETYPE)));
    specs.add(ZipEntrySpec.deflated(RoomManifest.MANIFEST_ENTRY, ZipEntrySource.ofBytes(ManifestJson.write(plan.manifest()))));
    AssetRewriter rewriter = AssetRewriter.create(options.assetLimits());
    for (ManifestEntry entry : plan.manifest().entries()) {
      ZipEntrySource source = entry.path().equals(plan.sessionEntry())
          ? ZipEntrySource.ofBytes(plan.sessionBytesShared())
          : assetSource(plan, entry, rewriter);
      boolean stored = plan.entries().stream().anyMatch(e -> e.archivePath().equals(entry.path()) && e.stored());
      specs.add(stored ? ZipEntrySpec.stored(entry.path(), source) : ZipEntrySpec.deflated(entry.path(), source));
    }
    Path target = room.toAbsolutePath();
    Files.createDirectories(target.getParent());
    AtomicFiles.replace(target, temp -> new RoomZipWriter(options.write()).write(temp, specs, progress));
  }

  private static ZipEntrySource assetSource(PackingPlan plan, ManifestEntry entry, AssetRewriter rewriter) {
    PlannedEntry planned = plan.entries().stream().filter(e -> e.archivePath().equals(entry.path())).findFirst()
        .orElseThrow(() -> new IllegalStateException("plan lists " + entry.path() + " without a source"));
    return ZipEntrySource.ofStream(() -> {
      InputStream content;
      if (planned.isRewritten()) {
        // Rewritten copies are the only assets held in memory; they are text or GLB JSON chunks.
        ByteArrayOutputStream copy = new ByteArrayOutputStream((int) Math.min(planned.size(), 1 << 20));
        rewriter.rewrite(planned.source(), planned.rewrites(), copy);
        content = new ByteArrayInputStream(copy.toByteArray());
      } else {
        content = Files.newInputStream(planned.source());
      }
      return new VerifyingInputStream(content, entry.path(), planned.size(), planned.sha256());
    }, planned.size());
  }
}
