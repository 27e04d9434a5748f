package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one scan of an asset found, with where each reference sits in its bytes: enough for
 * {@link AssetRewriter#edits(AssetLayout, java.util.Map)} to make a rewritten copy's
 * {@link AssetEdits} without reading or parsing the file again. Made by
 * {@link AssetScanner#locate(java.nio.file.Path)}; holds the references' token bytes, no more
 * (bounded by {@link AssetLimits}). Immutable.
 */
public final class AssetLayout {
  /** Where a GLB's lengths and JSON padding are: what a rewrite of its JSON must correct. */
  record GlbFrame(long declaredTotal, long chunkLength, long jsonEnd, long restStart, byte[] padding) {}

  private final @Nullable FormatHandler handler;
  private final String file;
  private final long size;
  private final List<Splice> splices;
  private final AssetScan scan;
  private final @Nullable GlbFrame frame;

  AssetLayout(@Nullable FormatHandler handler, String file, long size, List<Splice> splices, AssetScan scan,
      @Nullable GlbFrame frame) {
    this.handler = handler;
    this.file = requireNonNull(file, "file is null");
    this.size = size;
    this.splices = List.copyOf(splices);
    this.scan = requireNonNull(scan, "scan is null");
    this.frame = frame;
  }

  /** The layout of a file whose format is not followed: no references, copied unchanged. */
  static AssetLayout leaf(String file) {
    return new AssetLayout(null, file, -1, List.of(), AssetScan.EMPTY, null);
  }

  /** {@return the references and notices, as {@link AssetScanner#inspect(java.nio.file.Path)} gives them} */
  public AssetScan scan() {
    return scan;
  }

  /** {@return the file as it was named when scanned} */
  public String file() {
    return file;
  }

  /** {@return the size the file had when scanned; -1 for a file whose format is not followed} */
  public long size() {
    return size;
  }

  @Nullable FormatHandler handler() {
    return handler;
  }

  /** Every reference's splice, in document order, at its offset in the file. */
  List<Splice> splices() {
    return splices;
  }

  @Nullable GlbFrame frame() {
    return frame;
  }

  @Override
  public String toString() {
    return "AssetLayout[" + file + ", " + size + " bytes, " + splices.size() + " references]";
  }
}
