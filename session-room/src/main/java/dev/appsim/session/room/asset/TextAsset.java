package dev.appsim.session.room.asset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A line-oriented text format (OBJ, MTL), streamed statement by statement in bounded memory. A
 * subclass says which statements hold references and how a new name is written. A UTF-8
 * byte-order mark before the first line is skipped when reading and kept when rewriting (no edit
 * touches it). Offsets are counted over the statements' bytes and terminators, which are every
 * byte of the file.
 */
abstract class TextAsset implements FormatHandler {
  private final AssetLimits limits;

  TextAsset(AssetLimits limits) {
    this.limits = limits;
  }

  /** The references in one statement ({@code line[from, length)}), with their byte ranges. */
  abstract List<Splice> references(byte[] line, int from, int length, long number, String file);

  /**
   * The bytes to write for {@code next} in place of {@code splice}; fails with
   * {@link IllegalArgumentException} when this kind of statement cannot hold it.
   *
   * @param alternative whether {@code splice} is one of several names on its statement
   */
  abstract byte[] encode(String next, Splice splice, boolean alternative, String file);

  /**
   * Which statements may hold a reference, by their first non-blank byte; a statement ruled out
   * here is skipped unread by {@link #locate}. This default rules out none.
   */
  LineReader.FirstByte mayHoldReference() {
    return LineReader.FirstByte.ANY;
  }

  @Override
  public boolean isAlreadyCompressed() {
    return false;
  }

  @Override
  public AssetLayout locate(String file, InputStream in) throws IOException {
    List<AssetReference> found = new ArrayList<>();
    List<Splice> located = new ArrayList<>();
    long readings = 0;
    LineReader lines = new LineReader(in, file, limits.maxLineBytes(), mayHoldReference());
    while (lines.next()) {
      List<Splice> splices = references(lines.bytes(), lines.textStart(), lines.length(), lines.number(), file);
      if (splices.isEmpty()) {
        continue; // most statements: no iterator for them
      }
      for (Splice s : splices) {
        readings += 1 + s.alternatives().size();
        limits.checkReferenceCount(readings, file + ":line " + lines.number());
        found.add(s.reference());
        located.add(s.at(lines.offset(), lines.bytes()));
      }
    }
    return new AssetLayout(this, file, lines.consumed(), located, new AssetScan(found, List.of()), null);
  }

  /**
   * The edits of a copy with references replaced. A reference with alternatives is replaced
   * whole when its replacement differs from its raw value, otherwise each alternative is
   * replaced on its own.
   */
  @Override
  public AssetEdits edits(AssetLayout layout, Function<AssetReference, String> replacement) {
    String file = layout.file();
    List<AssetEdits.Edit> edits = new ArrayList<>();
    for (Splice s : layout.splices()) {
      String next = Replacements.apply(replacement, s.reference(), file);
      if (!next.equals(s.reference().raw())) {
        edits.add(edit(s, encode(next, s, false, file)));
        continue;
      }
      for (Splice alternative : s.alternatives()) {
        String part = Replacements.apply(replacement, alternative.reference(), file);
        if (!part.equals(alternative.reference().raw())) {
          edits.add(edit(alternative, encode(part, alternative, true, file)));
        }
      }
    }
    return new AssetEdits(file, layout.size(), edits);
  }

  private static AssetEdits.Edit edit(Splice s, byte[] name) {
    // A name continued over several lines (MTL) is replaced by a one-line name; its line breaks
    // stay, so every later statement keeps its line number for the plan and missing records.
    byte[] kept = TextTokens.continuations(s.original(), 0, s.original().length);
    byte[] bytes = Arrays.copyOf(name, name.length + kept.length);
    System.arraycopy(kept, 0, bytes, name.length, kept.length);
    return s.replacedBy(bytes);
  }

  /** Rejects a name with a line break or surrounding whitespace, which no statement can hold. */
  static void checkCommon(String next, Splice old, String file) {
    String where = where(next, old, file);
    if (next.indexOf('\n') >= 0 || next.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(where + " contains a line break");
    }
    if (!next.strip().equals(next)) {
      throw new IllegalArgumentException(where + " starts or ends with whitespace");
    }
  }

  static String where(String next, Splice old, String file) {
    return "replacement \"" + next + "\" for \"" + old.reference().raw() + "\" at " + file + ":"
        + old.reference().location();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
