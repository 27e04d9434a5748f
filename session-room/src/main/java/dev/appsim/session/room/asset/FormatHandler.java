package dev.appsim.session.room.asset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The one home of an asset format whose file references are followed: its file extensions, media
 * type, how its references are found with where they sit ({@link #locate}), and which byte ranges a
 * copy with new references replaces ({@link #edits}), within {@link AssetLimits}. A handler never
 * writes a copy itself: {@link AssetEdits} applies the edits as a plain streaming copy. Adding a
 * format means writing one implementation and listing it in {@link FormatHandlers};
 * {@link AssetScanner}, {@link AssetRewriter}, {@link MediaTypes} and dependency discovery pick it
 * up from there.
 */
interface FormatHandler {
  /** A short name for messages: {@code glTF}, {@code OBJ}. */
  String name();

  /** The file extensions, lower case, without the dot. */
  List<String> extensions();

  /** The media type recorded in a room's manifest. */
  String mediaType();

  /** Whether files of this format are compressed already, so a room stores them instead of deflating. */
  boolean isAlreadyCompressed();

  /** Whether {@code data:} URIs in this format embed content (glTF buffers and images) rather than name a file. */
  default boolean embedsDataUris() {
    return false;
  }

  /**
   * The references and notices in {@code in}, each with the byte range of its token (and those
   * bytes); {@code file} names it in locations. One read, one parse.
   */
  AssetLayout locate(String file, InputStream in) throws IOException;

  /** As {@link #locate(String, InputStream)}, for a file. */
  default AssetLayout locate(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return locate(file.toString(), in);
    }
  }

  /** The references and notices in {@code in}; {@code file} names it in locations. */
  default AssetScan scan(String file, InputStream in) throws IOException {
    return locate(file, in).scan();
  }

  /** The references and notices in {@code file}. */
  default AssetScan scan(Path file) throws IOException {
    return locate(file).scan();
  }

  /**
   * The edits that replace each reference of {@code layout} (which this handler made) by
   * {@code replacement.apply(reference)}, in source order; reads nothing. Checks every
   * replacement before returning, so a copy that cannot be written fails before its first byte.
   */
  AssetEdits edits(AssetLayout layout, Function<AssetReference, String> replacement);
}
