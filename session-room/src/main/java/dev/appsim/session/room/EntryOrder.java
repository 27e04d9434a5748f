package dev.appsim.session.room;

import java.util.Comparator;

/**
 * The order of entries in a room: by Unicode code point, which equals the byte order of the
 * UTF-8 names and Python's string order. {@link String#compareTo} is not used because it
 * compares UTF-16 units and would sort names with characters beyond U+FFFF differently.
 */
public final class EntryOrder {
  /** Compares entry names code point by code point. */
  public static final Comparator<String> BY_CODE_POINT = EntryOrder::compare;

  private EntryOrder() {}

  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
