package dev.appsim.session.room;

import dev.appsim.session.room.archive.ZipMethod;

/**
 * One entry a room will hold, as the plan describes it: the session ({@link PlannedSession}) or
 * an asset ({@link PlannedEntry}). {@link PackingPlan#planEntries()} lists every one in manifest
 * order; the manifest is derived from that list, and the packager writes exactly that list, so an
 * entry listed in {@code room.json} without content (or content without a listing) cannot exist.
 */
public sealed interface PlanEntry permits PlannedSession, PlannedEntry {
  /** {@return the entry name: {@code session.json}, {@code session.smile} or {@code assets/...}} */
  String archivePath();

  /** {@return bytes that will be stored, uncompressed} */
  long size();

  /** {@return SHA-256 of those bytes, lowercase hex} */
  String sha256();

  /** {@return media type for the manifest} */
  String mediaType();

  /** {@return how the entry is compressed in the archive} */
  ZipMethod method();

  /** {@return the entry as {@code room.json} lists it} */
  default ManifestEntry toManifestEntry() {
    return new ManifestEntry(archivePath(), size(), sha256(), mediaType());
  }

  /**
   * Calls the method of {@code visitor} for this kind of entry.
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of entry, so that code choosing what to do per kind (the packager's
   * content of each entry) is checked by the compiler: a new kind adds a method here, and every
   * visitor that does not handle it stops compiling.
   *
   * @param <R> what the visit returns
   */
  interface Visitor<R> {
    /**
     * Visits the session entry.
     *
     * @param session the entry, never null
     * @return what the visitor makes of it
     */
    R session(PlannedSession session);

    /**
     * Visits an asset entry.
     *
     * @param asset the entry, never null
     * @return what the visitor makes of it
     */
    R asset(PlannedEntry asset);
  }
}
