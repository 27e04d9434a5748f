package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * A reference and the byte range of its token in the source ({@code start} inclusive, {@code end}
 * exclusive); for JSON the range covers the quotes.
 *
 * @param escapedSpaces whether the source wrote spaces in this name as {@code \ }, so a new name
 *     must be written the same way
 * @param alternatives the splices of {@link AssetReference#alternatives()}, in the same order,
 *     each inside this range
 * @param original the source's bytes in the range, once known ({@link #at}); empty before
 */
record Splice(AssetReference reference, long start, long end, boolean escapedSpaces, List<Splice> alternatives,
    byte[] original) {
  Splice {
    requireNonNull(reference, "reference is null");
    alternatives = List.copyOf(requireNonNull(alternatives, "alternatives is null"));
    requireNonNull(original, "original is null");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  Splice(AssetReference reference, long start, long end, boolean escapedSpaces, List<Splice> alternatives) {
    this(reference, start, end, escapedSpaces, alternatives, new byte[0]);
  }

  Splice(AssetReference reference, long start, long end) {
    this(reference, start, end, false, List.of());
  }

  /**
   * This splice found in {@code source} (a statement or the JSON), moved to where
   * {@code source} starts in the file and holding its original bytes.
   */
  Splice at(long offset, byte[] source) {
    return new Splice(reference, start + offset, end + offset, escapedSpaces,
        alternatives.stream().map(a -> a.at(offset, source)).toList(),
        Arrays.copyOfRange(source, (int) start, (int) end));
  }

  /** An edit putting {@code bytes} in place of this splice's range. */
  AssetEdits.Edit replacedBy(byte[] bytes) {
    return new AssetEdits.Edit(start, end, bytes, original);
  }
}
