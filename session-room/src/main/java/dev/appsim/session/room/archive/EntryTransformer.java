package dev.appsim.session.room.archive;

import java.util.Optional;

/** Chooses, per entry, whether {@link SafeExtractor} copies it verbatim or rewrites it. */
@FunctionalInterface
public interface EntryTransformer {
  /** Copies every entry verbatim. */
  EntryTransformer NONE = entry -> Optional.empty();

  /**
   * {@return a rewriter for this entry, or empty to copy its bytes as they are}
   *
   * @param entry the entry about to be extracted, as the checked directory lists it
   */
  Optional<EntryRewriter> rewriterFor(ZipEntryInfo entry);
}
