package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Media types by file extension, and which files are already compressed (a room stores those
 * instead of deflating them). Extensions compare ignoring case; unknown ones are
 * {@code application/octet-stream} and not compressed. Formats whose references are followed
 * (glTF, GLB, OBJ, MTL) answer for themselves; this table covers the leaves.
 */
public final class MediaTypes {
  /** The media type of anything not listed. */
  public static final String OCTET_STREAM = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("bin", OCTET_STREAM),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("ktx2", "image/ktx2"),
      Map.entry("webp", "image/webp"),
      Map.entry("gif", "image/gif"),
      Map.entry("bmp", "image/bmp"),
      Map.entry("tga", "image/x-tga"),
      Map.entry("tif", "image/tiff"),
      Map.entry("tiff", "image/tiff"),
      Map.entry("hdr", "image/vnd.radiance"),
      Map.entry("exr", "image/x-exr"),
      Map.entry("json", "application/json"),
      Map.entry("session", "application/vnd.appsim.session+json"),
      Map.entry("zip", "application/zip"),
      Map.entry("room", "application/vnd.appsim.room+zip"),
      Map.entry("gz", "application/gzip"),
      Map.entry("mp3", "audio/mpeg"),
      Map.entry("ogg", "audio/ogg"),
      Map.entry("wav", "audio/wav"),
      Map.entry("mp4", "video/mp4"),
      Map.entry("txt", "text/plain"));

  private static final Set<String> COMPRESSED = Set.of(
      "png", "jpg", "jpeg", "ktx2", "webp", "gif", "zip", "room", "gz", "mp3", "ogg", "mp4",
      "7z", "xz", "bz2", "zst", "br", "avif", "heic", "webm", "m4a", "aac", "drc", "basis");

  private MediaTypes() {}

  /**
   * The media type for a file name, e.g. {@code model/gltf+json} for {@code chair.GLTF}.
   * A {@code .session} file is {@code application/vnd.appsim.session+json} whatever its encoding.
   *
   * @param fileName a file name or path; only the extension of its last segment counts, ignoring case
   * @return the media type; {@code application/octet-stream} for an unknown extension
   */
  public static String of(String fileName) {
    FormatHandler handler = FormatHandlers.DEFAULT.forName(fileName);
    return handler != null ? handler.mediaType() : BY_EXTENSION.getOrDefault(extension(fileName), OCTET_STREAM);
  }

  /**
   * Whether a file of this name is already compressed (png, jpg, ktx2, glb, zip, webp, mp3, mp4,
   * gz, ...), so deflating it again would cost time for nothing. GLB counts: its payload is
   * mostly quantised or Draco-compressed buffers and embedded images.
   *
   * @param fileName a file name or path; only the extension of its last segment counts, ignoring case
   * @return whether packaging stores the file rather than deflating it
   */
  public static boolean isAlreadyCompressed(String fileName) {
    FormatHandler handler = FormatHandlers.DEFAULT.forName(fileName);
    return handler != null ? handler.isAlreadyCompressed() : COMPRESSED.contains(extension(fileName));
  }

  /** The lower-case text after the last dot of the last path segment, or "" if none. */
  static String extension(String fileName) {
    requireNonNull(fileName, "fileName is null");
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    int dot = fileName.lastIndexOf('.');
    return dot <= slash + 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
