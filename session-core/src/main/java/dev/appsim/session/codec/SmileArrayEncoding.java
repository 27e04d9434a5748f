package dev.appsim.session.codec;

/**
 * How a Smile writer stores the mesh arrays ({@code vertices}, {@code normals}, {@code confidence},
 * {@code indices}); readers accept both (FORMAT 1.4). JSON always uses number arrays.
 */
public enum SmileArrayEncoding {
  /**
   * One Smile binary value of little-endian float32 / uint32 values per array: 4 bytes a value,
   * close to a plain memory copy. The default.
   */
  BINARY,
  /** Smile number arrays: 5 bytes a float, slower to write and much slower to read. */
  NUMBERS
}
