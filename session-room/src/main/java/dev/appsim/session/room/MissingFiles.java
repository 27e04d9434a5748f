package dev.appsim.session.room;

/** What packaging does with references it cannot resolve to exactly one file. */
public enum MissingFiles {
  /** Refuse to package, listing every unresolved reference (the default). */
  FAIL,
  /**
   * Package the rest, keep unresolved references as written, and list them in the manifest's
   * {@code missing} member. Ambiguous references are treated the same way: never guessed.
   */
  RECORD
}
