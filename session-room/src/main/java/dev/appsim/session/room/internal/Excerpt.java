package dev.appsim.session.room.internal;

/** Shortens untrusted text for messages so a hostile value cannot flood a log. */
public final class Excerpt {
  private static final int MAX = 200;

  private Excerpt() {}

  public static String of(String text) {
    String clean = text.codePoints()
        .map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    return clean.length() <= MAX ? clean : clean.substring(0, MAX) + "...";
  }
}
