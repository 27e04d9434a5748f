package dev.appsim.session.room.asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The one home of an asset format whose file references are followed: its file extensions, media
 * type, how its references are found and how a copy with new references is written, within
 * {@link AssetLimits}. Adding a format means writing one implementation and listing it in
 * {@link FormatHandlers}; {@link AssetScanner}, {@link AssetRewriter}, {@link MediaTypes} and
 * dependency discovery pick it up from there.
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

  /** The references and notices in {@code in}; {@code file} names it in locations. */
  AssetScan scan(String file, InputStream in) throws IOException;

  /** The references and notices in {@code file}. */
  default AssetScan scan(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return scan(file.toString(), in);
    }
  }

  /** Writes {@code source} with each reference replaced by {@code replacement.apply(reference)}. */
  void rewrite(Path source, Function<AssetReference, String> replacement, OutputStream out) throws IOException;
}
