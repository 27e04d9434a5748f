package dev.appsim.session.view.internal;

/**
 * Text from a session made safe for SVG: characters XML 1.0 cannot carry (control characters
 * other than tab, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, tab and line breaks become
 * spaces (a label is one line), markup characters are escaped, and long text is cut at a code
 * point boundary with an ellipsis.
 */
public final class XmlText {
  /** Longest label drawn, in code points, before the ellipsis. */
  public static final int MAX_LABEL = 48;

  private static final char REPLACEMENT = '\uFFFD';

  private XmlText() {}

  /** {@code text} escaped for an XML attribute or element, cut after {@code maxCodePoints}. */
  public static String escape(String text, int maxCodePoints) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxCodePoints * 2) + 8);
    int codePoints = 0;
    for (int i = 0; i < text.length(); ) {
      if (codePoints == maxCodePoints) {
        out.append('\u2026');
        break;
      }
      char c = text.charAt(i);
      int cp;
      int width;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(c, text.charAt(i + 1));
        width = 2;
      } else {
        cp = Character.isSurrogate(c) ? REPLACEMENT : c;
        width = 1;
      }
      append(out, cp);
      codePoints++;
      i += width;
    }
    return out.toString();
  }

  /** {@code text} escaped, cut after {@link #MAX_LABEL} code points. */
  public static String label(String text) {
    return escape(text, MAX_LABEL);
  }

  private static void append(StringBuilder out, int cp) {
    switch (cp) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      case '\t', '\n', '\r' -> out.append(' ');
      default -> {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF) {
          // C0 and C1 controls: not allowed (C0) or discouraged (C1) in XML, invisible anyway.
          out.append(REPLACEMENT);
        } else {
          out.appendCodePoint(cp);
        }
      }
    }
  }
}
