package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

/**
 * A reference and the byte range of its token in the source ({@code start} inclusive, {@code end}
 * exclusive); for JSON the range covers the quotes.
 */
record Splice(AssetReference reference, long start, long end) {
  Splice {
    requireNonNull(reference, "reference is null");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }
}
