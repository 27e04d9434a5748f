package dev.appsim.session.room;

/** What packaging does with references it cannot resolve to exactly one file. */
public enum MissingFiles {
  /** Refuse to package, listing every unresolved reference (the default). */
  FAIL,
  /**
   * Package the rest and write each unresolved reference so that it names nothing (FORMAT.md 1.3):
   * in the session as {@code missing/<name>}, inside an asset as a bare name that names no entry;
   * the manifest's {@code missing} member lists them. Ambiguous references are treated the same
   * way: never guessed. The paths as written are not recorded, since they reveal user names and
   * folders.
   */
  RECORD,
  /** As {@link #RECORD}, and each record also keeps the path as written ({@code original}). */
  RECORD_WITH_ORIGINAL_PATHS;

  /** {@return whether unresolved references are recorded rather than refused} */
  public boolean records() {
    return this != FAIL;
  }
}
