package dev.appsim.session.room;

import dev.appsim.session.room.archive.ReusableEntry;
import dev.appsim.session.room.archive.SafeZipReader;
import dev.appsim.session.room.archive.ZipEntryInfo;
import dev.appsim.session.room.internal.ManifestJson;
import dev.appsim.session.room.internal.PrettyJson;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The previous room a re-package copies unchanged entries from ({@link PackageOptions#base()}): its
 * archive, checked as any untrusted archive is, and its manifest, which only says which entries
 * are worth checking. What is copied is decided by the writer's own checks of each entry against
 * the plan ({@link ReusableEntry}), never by the manifest.
 */
final class BaseRoom implements Closeable {
  private final Path file;
  private final SafeZipReader zip;
  private final RoomManifest manifest;

  private BaseRoom(Path file, SafeZipReader zip, RoomManifest manifest) {
    this.file = file;
    this.zip = zip;
    this.manifest = manifest;
  }

  /**
   * Opens {@code file} as a base, or returns empty if it is not a readable room (missing, not a
   * zip, hostile, no valid manifest): packaging then compresses everything, as without a base.
   */
  static Optional<BaseRoom> open(Path file) {
    SafeZipReader zip;
    try {
      zip = SafeZipReader.open(file);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    try {
      RoomManifest manifest = ManifestJson.read(Room.readSmall(zip, RoomManifest.MANIFEST_ENTRY, PrettyJson.MAX_MANIFEST_BYTES));
      return Optional.of(new BaseRoom(file, zip, manifest));
    } catch (IOException | RuntimeException e) {
      closeQuietly(zip);
      return Optional.empty();
    }
  }

  Path file() {
    return file;
  }

  /**
   * The old entry worth checking for {@code entry}: same name, listed with the same size and
   * SHA-256, deflated like the new one will be. A copied entry's source is not read again (the
   * writer checks the old data against the plan's SHA-256 instead), so the one check of the
   * source here is a cheap one: an asset packaged as it is must still have its planned size; if
   * not, it is compressed from the source, whose verification then reports the change.
   */
  Optional<ReusableEntry> reusable(PlanEntry entry) {
    if (!entry.method().compresses()) {
      return Optional.empty();
    }
    if (entry instanceof PlannedEntry asset && !asset.isRewritten() && !hasSize(asset.source(), asset.size())) {
      return Optional.empty();
    }
    Optional<ManifestEntry> listed = manifest.entry(entry.archivePath())
        .filter(m -> m.size() == entry.size() && m.sha256().equals(entry.sha256()));
    Optional<ZipEntryInfo> info = zip.entry(entry.archivePath())
        .filter(i -> i.method() == entry.method() && i.size() == entry.size());
    if (listed.isEmpty() || info.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ReusableEntry(zip, info.get(), entry.sha256()));
  }

  private static boolean hasSize(Path file, long size) {
    try {
      return Files.size(file) == size;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  private static void closeQuietly(SafeZipReader zip) {
    try {
      zip.close();
    } catch (IOException ignored) {
      // Only read from; nothing to lose.
    }
  }
}
