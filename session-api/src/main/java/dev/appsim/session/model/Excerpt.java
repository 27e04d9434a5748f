package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How every message of the library quotes a value it did not make (a string from a file, a path,
 * an archive entry name), so that a hostile value can neither flood a log nor hide in it: control
 * characters become {@code \}{@code uXXXX} escapes, and past {@value #MAX_CODE_POINTS} code points
 * the text is cut (never inside a surrogate pair) and its length given:
 * <pre>{@code
 * Excerpt.quoted("a\nb")          // "\"a\\u000Ab\""
 * Excerpt.of("x".repeat(300))     // 200 x, then "... (300 characters)"
 * }</pre>
 */
public final class Excerpt {
  /** Longest excerpt, in code points, before the cut is marked. */
  public static final int MAX_CODE_POINTS = 200;

  private Excerpt() {}

  /**
   * {@code text} escaped and cut as the class describes, without quotes.
   *
   * @param text any text; not null
   * @return the excerpt, at most {@value #MAX_CODE_POINTS} code points (escapes counted as one) plus
   *     the length note
   * @throws NullPointerException if {@code text} is null
   */
  public static String of(String text) {
    requireNonNull(text, "text is null");
    StringBuilder out = new StringBuilder(Math.min(text.length(), 2 * MAX_CODE_POINTS) + 24);
    text.codePoints().limit(MAX_CODE_POINTS).forEach(cp -> {
      if (Character.isISOControl(cp)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      out.append("... (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }

  /**
   * {@link #of(String)} in double quotes, as messages quote a value.
   *
   * @param text any text; not null
   * @return the excerpt between double quotes
   * @throws NullPointerException if {@code text} is null
   */
  public static String quoted(String text) {
    return "\"" + of(text) + "\"";
  }
}
