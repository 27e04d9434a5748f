package dev.appsim.session.room.asset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A line-oriented text format (OBJ, MTL), streamed statement by statement in bounded memory. A
 * subclass says which statements hold references and how a new name is written. A UTF-8
 * byte-order mark before the first line is skipped when reading and kept when rewriting.
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

  @Override
  public boolean isAlreadyCompressed() {
    return false;
  }

  @Override
  public AssetScan scan(String file, InputStream in) throws IOException {
    List<AssetReference> found = new ArrayList<>();
    long readings = 0;
    LineReader lines = new LineReader(in, file, limits.maxLineBytes());
    while (lines.next()) {
      for (Splice s : references(lines.bytes(), lines.textStart(), lines.length(), lines.number(), file)) {
        readings += 1 + s.alternatives().size();
        limits.checkReferenceCount(readings, file + ":line " + lines.number());
        found.add(s.reference());
      }
    }
    return new AssetScan(found, List.of());
  }

  /**
   * Writes the file with references replaced. Statements are written as they are read, so a
   * malformed one late in the file fails after earlier ones were written: callers write to a
   * staging file. A reference with alternatives is replaced whole when its replacement differs
   * from its raw value, otherwise each alternative is replaced on its own.
   */
  @Override
  public void rewrite(Path path, Function<AssetReference, String> replacement, OutputStream target)
      throws IOException {
    String file = path.toString();
    OutputStream out = new BufferedOutputStream(target, 64 * 1024);
    try (InputStream in = Files.newInputStream(path)) {
      LineReader lines = new LineReader(in, file, limits.maxLineBytes());
      while (lines.next()) {
        byte[] line = lines.bytes();
        int copied = 0;
        for (Splice s : references(line, lines.textStart(), lines.length(), lines.number(), file)) {
          String next = Replacements.apply(replacement, s.reference(), file);
          if (!next.equals(s.reference().raw())) {
            copied = splice(out, line, copied, s, encode(next, s, false, file));
            continue;
          }
          for (Splice alternative : s.alternatives()) {
            String part = Replacements.apply(replacement, alternative.reference(), file);
            if (!part.equals(alternative.reference().raw())) {
              copied = splice(out, line, copied, alternative, encode(part, alternative, true, file));
            }
          }
        }
        out.write(line, copied, lines.length() - copied);
        out.write(lines.terminator());
      }
    }
    out.flush();
  }

  private static int splice(OutputStream out, byte[] line, int copied, Splice s, byte[] bytes) throws IOException {
    out.write(line, copied, (int) s.start() - copied);
    out.write(bytes);
    // A name continued over several lines (MTL) is replaced by a one-line name; its line breaks
    // stay, so every later statement keeps its line number for the plan and missing records.
    out.write(TextTokens.continuations(line, (int) s.start(), (int) s.end()));
    return (int) s.end();
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
