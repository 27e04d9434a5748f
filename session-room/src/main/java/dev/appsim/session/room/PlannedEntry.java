package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.archive.ZipMethod;
import dev.appsim.session.room.asset.AssetEdits;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One asset entry a room will hold: the source file on disk, its archive path, and the size and
 * SHA-256 of the bytes that will be stored, which differ from the source when references inside
 * it are rewritten.
 *
 * @param archivePath entry name, {@code assets/...}
 * @param source the file on disk; never modified
 * @param size bytes that will be stored
 * @param sha256 SHA-256 of those bytes, lowercase hex
 * @param mediaType media type for the manifest
 * @param method {@link ZipMethod#STORED} for already-compressed media, {@link ZipMethod#DEFLATED}
 *     for everything else
 * @param rewrites nested references to replace in the packaged copy, raw value to new value;
 *     empty when the file is copied byte for byte
 * @param edits the byte ranges of the source that the packaged copy replaces, worked out once
 *     when planning; applying them to the source gives the {@code size} and {@code sha256} above
 */
public record PlannedEntry(
    String archivePath,
    Path source,
    long size,
    String sha256,
    String mediaType,
    ZipMethod method,
    Map<String, String> rewrites,
    AssetEdits edits) implements PlanEntry {

  /**
   * Checks the components and copies {@code rewrites}, keeping its order.
   *
   * @param archivePath entry name, {@code assets/...}
   * @param source the file on disk; never modified
   * @param size bytes that will be stored
   * @param sha256 SHA-256 of those bytes, lowercase hex
   * @param mediaType media type for the manifest
   * @param method {@link ZipMethod#STORED} for already-compressed media, {@link ZipMethod#DEFLATED}
   *     for everything else
   * @param rewrites nested references to replace in the packaged copy, raw value to new value;
   *     empty when the file is copied byte for byte
   * @param edits the byte ranges of the source that the packaged copy replaces, worked out once
   *     when planning; applying them to the source gives the {@code size} and {@code sha256} above
   * @throws NullPointerException if a component is {@code null}
   */
  public PlannedEntry {
    requireNonNull(archivePath, "archivePath is null");
    requireNonNull(source, "source is null");
    requireNonNull(sha256, "sha256 is null");
    requireNonNull(mediaType, "mediaType is null");
    requireNonNull(method, "method is null");
    rewrites = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(rewrites, "rewrites is null")));
    requireNonNull(edits, "edits is null");
  }

  /** {@return whether the packaged copy differs from the source} */
  public boolean isRewritten() {
    return !rewrites.isEmpty();
  }

  @Override
  public <R> R accept(PlanEntry.Visitor<R> visitor) {
    return visitor.asset(this);
  }
}
