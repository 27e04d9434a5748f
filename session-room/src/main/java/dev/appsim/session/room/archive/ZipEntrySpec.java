package dev.appsim.session.room.archive;

import static java.util.Objects.requireNonNull;

/**
 * One entry to write: its name, method, content and whether stored data is aligned.
 *
 * @param name the entry name: UTF-8, {@code /}-separated, relative, no {@code ..} (checked by the
 *     writer against the same rules the reader enforces)
 * @param method how the content is compressed
 * @param source where the content comes from
 * @param aligned for {@link ZipMethod#STORED} entries: pad the local header with an alignment
 *     extra field so the data starts at a multiple of 64; {@code false} writes no extra field at
 *     all (for a leading {@code mimetype} entry). Always {@code false} for deflated entries.
 */
public record ZipEntrySpec(String name, ZipMethod method, ZipEntrySource source, boolean aligned) {

  /**
   * Checks the components. The name rules are checked by the writer, not here.
   *
   * @param name the entry name: UTF-8, {@code /}-separated, relative, no {@code ..} (checked by the
   *     writer against the same rules the reader enforces)
   * @param method how the content is compressed
   * @param source where the content comes from
   * @param aligned for {@link ZipMethod#STORED} entries: pad the local header with an alignment
   *     extra field so the data starts at a multiple of 64; {@code false} writes no extra field at
   *     all (for a leading {@code mimetype} entry). Always {@code false} for deflated entries.
   * @throws NullPointerException if {@code name}, {@code method} or {@code source} is {@code null}
   * @throws IllegalArgumentException if {@code aligned} is set for a deflated entry
   */
  public ZipEntrySpec {
    requireNonNull(name, "name is null");
    requireNonNull(method, "method is null");
    requireNonNull(source, "source is null");
    if (aligned && method != ZipMethod.STORED) {
      throw new IllegalArgumentException(
          "entry \"" + name + "\": aligned is only meaningful for STORED entries, got " + method);
    }
  }

  /**
   * An entry compressed with {@code method}: {@link #stored} (aligned) for
   * {@link ZipMethod#STORED}, {@link #deflated} for {@link ZipMethod#DEFLATED}.
   *
   * @param name the entry name, {@code /}-separated
   * @param method how the content is compressed
   * @param source where the content comes from
   * @return the entry
   */
  public static ZipEntrySpec of(String name, ZipMethod method, ZipEntrySource source) {
    requireNonNull(method, "method is null");
    return switch (method) {
      case STORED -> stored(name, source);
      case DEFLATED -> deflated(name, source);
    };
  }

  /**
   * {@return a stored entry whose data starts at a 64-byte aligned offset}
   *
   * @param name the entry name, {@code /}-separated
   * @param source where the content comes from
   */
  public static ZipEntrySpec stored(String name, ZipEntrySource source) {
    return new ZipEntrySpec(name, ZipMethod.STORED, source, true);
  }

  /**
   * {@return a stored entry with no extra field at all, such as a leading {@code mimetype}}
   *
   * @param name the entry name, {@code /}-separated
   * @param source where the content comes from
   */
  public static ZipEntrySpec storedPlain(String name, ZipEntrySource source) {
    return new ZipEntrySpec(name, ZipMethod.STORED, source, false);
  }

  /**
   * {@return a deflated entry}
   *
   * @param name the entry name, {@code /}-separated
   * @param source where the content comes from
   */
  public static ZipEntrySpec deflated(String name, ZipEntrySource source) {
    return new ZipEntrySpec(name, ZipMethod.DEFLATED, source, false);
  }
}
