package dev.appsim.session.room.archive;

import java.util.Optional;

/** Chooses, per entry, whether {@link SafeExtractor} copies it verbatim or rewrites it. */
@FunctionalInterface
public interface EntryTransformer {
  /** Copies every entry verbatim. */
  EntryTransformer NONE = entry -> Optional.empty();

  /** A rewriter for this entry, or empty to copy its bytes as they are. */
  Optional<EntryRewriter> rewriterFor(ZipEntryInfo entry);
}
