package dev.appsim.session.room.asset;

import java.util.ArrayList;
import java.util.List;

/**
 * Wavefront OBJ ({@code .obj}): its {@code mtllib} statements name material libraries.
 *
 * <p>The specification says {@code mtllib} takes several names separated by blanks, but Blender
 * and other exporters write a file named {@code box mtllib red.mtl} as
 * {@code mtllib box mtllib red.mtl}, and Assimp and three.js read the whole remainder as one name,
 * while tinyobjloader reads {@code \ } as an escaped space. So a statement with blanks in its
 * remainder gives one reference whose raw value is the whole remainder (escapes read as spaces),
 * with the blank-separated names as {@link AssetReference#alternatives()}: whoever resolves the
 * reference tries the whole first, then the names. A statement continued over several lines is
 * a list of names (the whole remainder would hold a line break).
 */
final class ObjFormat extends TextAsset {
  ObjFormat(AssetLimits limits) {
    super(limits);
  }

  @Override
  public String name() {
    return "OBJ";
  }

  @Override
  public List<String> extensions() {
    return List.of("obj");
  }

  @Override
  public String mediaType() {
    return "model/obj";
  }

  /** Only {@code mtllib} statements hold references: the millions of {@code v} and {@code f} lines are skipped. */
  @Override
  LineReader.FirstByte mayHoldReference() {
    return first -> (first | 0x20) == 'm';
  }

  @Override
  List<Splice> references(byte[] line, int from, int length, long number, String file) {
    if (!TextTokens.startsWith(line, from, length, 'm')) {
      return List.of(); // the fast path for the millions of v and f lines of a big OBJ
    }
    int end = TextTokens.contentEnd(line, from, length);
    List<int[]> keyword = TextTokens.tokens(line, from, end);
    if (keyword.isEmpty() || !TextTokens.lower(line, keyword.get(0)).equals("mtllib")) {
      return List.of();
    }
    String location = "line " + number;
    int start = keyword.get(0)[1];
    while (start < end && TextTokens.isBlankAt(line, start, end)) {
      start++;
    }
    if (start >= end) {
      throw new AssetFormatException(file + ":" + location, "mtllib names no file");
    }
    List<int[]> names = names(line, start, end);
    boolean escaped = hasEscape(line, start, end);
    if (names.size() == 1) {
      return List.of(splice(line, start, end, location, escaped, List.of()));
    }
    List<Splice> parts = new ArrayList<>();
    for (int[] n : names) {
      parts.add(splice(line, n[0], n[1], location, hasEscape(line, n[0], n[1]), List.of()));
    }
    if (continues(line, start, end)) {
      return parts;
    }
    return List.of(splice(line, start, end, location, escaped, parts));
  }

  @Override
  byte[] encode(String next, Splice splice, boolean alternative, String file) {
    checkCommon(next, splice, file);
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c == '\t' || c == '\f' || c == 0x0B || (c == ' ' && alternative)) {
        throw new IllegalArgumentException(where(next, splice, file)
            + (alternative ? " contains whitespace, which one of several mtllib names cannot hold"
                : " contains a tab or form feed, which mtllib cannot hold"));
      }
    }
    if (next.contains(" #")) {
      throw new IllegalArgumentException(where(next, splice, file) + " contains \" #\", which mtllib reads as a comment");
    }
    // Keep the file's convention: a writer that escaped spaces expects escaped spaces back.
    return utf8(splice.escapedSpaces() ? next.replace(" ", "\\ ") : next);
  }

  /** Blank-separated names; a blank after a backslash is part of the name. */
  private static List<int[]> names(byte[] line, int from, int to) {
    List<int[]> names = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && TextTokens.isBlankAt(line, i, to)) {
        i++;
      }
      int start = i;
      while (i < to && !TextTokens.isBlankAt(line, i, to)) {
        i += isEscape(line, i, to) ? 2 : 1;
      }
      if (i > start) {
        names.add(new int[] {start, Math.min(i, to)});
      }
    }
    return names;
  }

  private static boolean isEscape(byte[] line, int i, int to) {
    return line[i] == '\\' && i + 1 < to && (line[i + 1] == ' ' || line[i + 1] == '\t');
  }

  private static boolean hasEscape(byte[] line, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isEscape(line, i, to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean continues(byte[] line, int from, int to) {
    for (int i = from; i < to; i++) {
      if (line[i] == '\n') {
        return true;
      }
    }
    return false;
  }

  private static Splice splice(byte[] line, int start, int end, String location, boolean escaped, List<Splice> parts) {
    String raw = TextTokens.decode(line, start, end);
    if (escaped) {
      raw = raw.replace("\\ ", " ").replace("\\\t", "\t");
    }
    AssetReference ref = new AssetReference(raw, location, ReferenceKind.MATERIAL_LIBRARY,
        parts.stream().map(Splice::reference).toList());
    return new Splice(ref, start, end, escaped, parts);
  }
}
