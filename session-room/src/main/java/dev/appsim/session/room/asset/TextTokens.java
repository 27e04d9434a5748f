package dev.appsim.session.room.asset;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tokens of an OBJ or MTL statement, found on raw bytes so that every byte around a file name can
 * be written back unchanged. Blanks are spaces, tabs, form feeds, vertical tabs and the line
 * terminators and backslashes of a continued statement; a {@code #} at the start of a token starts
 * a comment that runs to the end of the statement.
 */
final class TextTokens {
  private TextTokens() {}

  static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == 0x0B;
  }

  /** Whether {@code line[i]} is blank, counting a backslash that ends a continued line as blank. */
  static boolean isBlankAt(byte[] line, int i, int length) {
    return isBlank(line[i]) || (line[i] == '\\' && i + 1 < length && (line[i + 1] == '\n' || line[i + 1] == '\r'));
  }

  /** The exclusive end of the statement's content: before a comment and trailing blanks. */
  static int contentEnd(byte[] line, int from, int length) {
    int end = length;
    for (int i = from; i < length; i++) {
      if (line[i] == '#' && (i == from || isBlankAt(line, i - 1, length))) {
        end = i;
        break;
      }
    }
    while (end > from && isBlankAt(line, end - 1, length)) {
      end--;
    }
    // A continuation on the last line of a file continues nothing.
    if (end == length && end > from && line[end - 1] == '\\') {
      end--;
      while (end > from && isBlankAt(line, end - 1, length)) {
        end--;
      }
    }
    return end;
  }

  /** The {@code [start, end)} ranges of blank-separated tokens in {@code line[from, to)}. */
  static List<int[]> tokens(byte[] line, int from, int to) {
    List<int[]> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && isBlankAt(line, i, to)) {
        i++;
      }
      int start = i;
      while (i < to && !isBlankAt(line, i, to)) {
        i++;
      }
      if (i > start) {
        tokens.add(new int[] {start, i});
      }
    }
    return tokens;
  }

  /** Whether the first non-blank byte of the line is {@code c} or its upper case (a cheap pre-check). */
  static boolean startsWith(byte[] line, int from, int length, char c) {
    int i = from;
    while (i < length && isBlank(line[i])) {
      i++;
    }
    return i < length && (line[i] | 0x20) == c;
  }

  /** A token as lower-case ASCII, for comparing keywords and option names. */
  static String lower(byte[] line, int[] token) {
    return text(line, token).toLowerCase(Locale.ROOT);
  }

  /** A token as written, byte for byte in ISO-8859-1: for messages about keywords. */
  static String text(byte[] line, int[] token) {
    return new String(line, token[0], token[1] - token[0], StandardCharsets.ISO_8859_1);
  }

  /** Bytes as UTF-8, or as ISO-8859-1 if they are not valid UTF-8 (older exporters write Latin-1 names). */
  static String decode(byte[] line, int start, int end) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line, start, end - start))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(line, start, end - start, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * The continuation breaks (a backslash and the line terminator after it) inside
   * {@code line[from, to)}, in order: what a rewrite must keep after a new name that replaces
   * text spanning them, so that the statements after it stay on the same line numbers.
   */
  static byte[] continuations(byte[] line, int from, int to) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    for (int i = from; i < to; i++) {
      int n = breakLength(line, i, to);
      kept.write(line, i, n);
      i += Math.max(n - 1, 0);
    }
    return kept.toByteArray();
  }

  /**
   * As {@link #decode}, reading each continuation break inside the range as one space per byte,
   * as Blender's OBJ and MTL reader joins continued lines: a name never holds a line break.
   */
  static String decodeJoined(byte[] line, int start, int end) {
    byte[] joined = Arrays.copyOfRange(line, start, end);
    for (int i = 0; i < joined.length; i++) {
      int n = breakLength(joined, i, joined.length);
      Arrays.fill(joined, i, i + n, (byte) ' ');
      i += Math.max(n - 1, 0);
    }
    return decode(joined, 0, joined.length);
  }

  /** The length of the continuation break at {@code line[i]} (a backslash, then LF or CR LF), or 0. */
  private static int breakLength(byte[] line, int i, int to) {
    if (line[i] != '\\' || i + 1 >= to) {
      return 0;
    }
    if (line[i + 1] == '\n') {
      return 2;
    }
    // A lone CR ends no line (LineReader splits at LF only), so a backslash before it continues nothing.
    return line[i + 1] == '\r' && i + 2 < to && line[i + 2] == '\n' ? 3 : 0;
  }

  static boolean isNumber(String token) {
    return token.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  }
}
