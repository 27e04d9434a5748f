package dev.appsim.session.room.text;

import java.util.Locale;

/**
 * Shortens untrusted text for messages, so a hostile value can neither flood a log nor hide in
 * it: control characters become {@code \}{@code uXXXX} escapes, and text past {@value #MAX_CODE_POINTS} code
 * points is cut (never inside a surrogate pair) and marked with {@code ...}. The one excerpt rule
 * of the room packages: paths, entry names and manifest values are quoted the same way.
 */
public final class Excerpt {
  /** Longest excerpt, in code points, before the {@code ...} mark. */
  public static final int MAX_CODE_POINTS = 200;

  private Excerpt() {}

  /** {@code text} escaped and cut as the class describes, without quotes. */
  public static String of(String text) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), 2 * MAX_CODE_POINTS) + 3);
    text.codePoints().limit(MAX_CODE_POINTS).forEach(cp -> {
      if (Character.isISOControl(cp)) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      sb.append("...");
    }
    return sb.toString();
  }

  /** {@link #of(String)} in double quotes, as messages quote a value. */
  public static String quoted(String text) {
    return "\"" + of(text) + "\"";
  }
}
