package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A reference and the byte range of its token in the source ({@code start} inclusive, {@code end}
 * exclusive); for JSON the range covers the quotes.
 *
 * @param escapedSpaces whether the source wrote spaces in this name as {@code \ }, so a new name
 *     must be written the same way
 * @param alternatives the splices of {@link AssetReference#alternatives()}, in the same order,
 *     each inside this range
 */
record Splice(AssetReference reference, long start, long end, boolean escapedSpaces, List<Splice> alternatives) {
  Splice {
    requireNonNull(reference, "reference is null");
    alternatives = List.copyOf(requireNonNull(alternatives, "alternatives is null"));
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  Splice(AssetReference reference, long start, long end) {
    this(reference, start, end, false, List.of());
  }
}
