package dev.appsim.session.room;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One archive entry as the manifest records it.
 *
 * @param path archive-relative entry name, {@code /}-separated
 * @param size uncompressed size in bytes
 * @param sha256 SHA-256 of the uncompressed bytes, 64 lowercase hex digits
 * @param mediaType e.g. {@code model/gltf+json}
 */
public record ManifestEntry(String path, long size, String sha256, String mediaType) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Checks the components.
   *
   * @param path archive-relative entry name, {@code /}-separated
   * @param size uncompressed size in bytes
   * @param sha256 SHA-256 of the uncompressed bytes, 64 lowercase hex digits
   * @param mediaType e.g. {@code model/gltf+json}
   * @throws NullPointerException if {@code path}, {@code sha256} or {@code mediaType} is {@code null}
   * @throws IllegalArgumentException if {@code size} is negative or {@code sha256} is not 64
   *     lowercase hex digits
   */
  public ManifestEntry {
    requireNonNull(path, "path is null");
    requireNonNull(sha256, "sha256 is null");
    requireNonNull(mediaType, "mediaType is null");
    if (size < 0) {
      throw new IllegalArgumentException("size (" + size + ") of \"" + path + "\" must be >= 0");
    }
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 of \"" + path + "\" must be 64 lowercase hex digits, was \""
          + (sha256.length() > 80 ? sha256.substring(0, 80) + "..." : sha256) + "\"");
    }
  }
}
