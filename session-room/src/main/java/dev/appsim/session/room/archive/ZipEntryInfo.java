package dev.appsim.session.room.archive;

import static java.util.Objects.requireNonNull;

/**
 * What the central directory says about one entry, after {@link SafeZipReader} has checked it.
 *
 * @param name the entry name; ends with {@code /} for a directory entry
 * @param method compression method
 * @param size uncompressed bytes
 * @param compressedSize bytes of data in the archive
 * @param crc32 CRC-32 of the uncompressed bytes
 * @param dataOffset absolute offset of the entry's data in the archive file; for stored entries
 *     the bytes can be mapped straight from there
 */
public record ZipEntryInfo(String name, ZipMethod method, long size, long compressedSize, long crc32, long dataOffset) {

  /**
   * Checks the components.
   *
   * @param name the entry name; ends with {@code /} for a directory entry
   * @param method compression method
   * @param size uncompressed bytes
   * @param compressedSize bytes of data in the archive
   * @param crc32 CRC-32 of the uncompressed bytes
   * @param dataOffset absolute offset of the entry's data in the archive file; for stored entries
   *     the bytes can be mapped straight from there
   * @throws NullPointerException if {@code name} or {@code method} is {@code null}
   */
  public ZipEntryInfo {
    requireNonNull(name, "name is null");
    requireNonNull(method, "method is null");
  }

  /** {@return whether this is a directory entry (a name ending with {@code /}, no data)} */
  public boolean isDirectory() {
    return name.endsWith("/");
  }
}
