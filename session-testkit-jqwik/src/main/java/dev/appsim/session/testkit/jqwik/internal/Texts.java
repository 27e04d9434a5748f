package dev.appsim.session.testkit.jqwik.internal;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Strings: readable ones that shrink toward {@code "a"}, and nasty but valid unicode. */
final class Texts {
  /** Longest node id the format allows. */
  public static final int MAX_ID = 256;

  // Each fragment is valid UTF-16 (surrogates only in pairs), so every codec can encode it.
  private static final List<String> NASTY_FRAGMENTS = List.of(
      "a", "Z", "0", "-", " ", "/", "~", "~1", "\\", "\"", "'", "\t", "\n", "\u0001", "\u007f",
      "é", "e\u0301", "ß", "İ", "\u00a0", "\u200b", "\u200d", "\ufeff", "\ufffd",
      "שלום", "مرحبا", "\u202e", "日本語", "한국어",
      "😀", "👩‍👩‍👧", "𝄞", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "\uD800\uDC00", "\uDBFF\uDFFF");

  private Texts() {}

  /** Node-style ids: {@code [a-z0-9-]{1,12}}, or in nasty mode unicode up to 256 chars. */
  public static Arbitrary<String> ids(boolean nasty) {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-')
        .ofMinLength(1).ofMaxLength(12);
    if (!nasty) {
      return plain;
    }
    Arbitrary<String> longest = unicode(1, 400).map(s -> fit(padTo(s, MAX_ID), MAX_ID));
    return Arbitraries.oneOf(plain, unicode(1, 40).map(s -> fit(s, MAX_ID)), longest);
  }

  /** Free text such as names: readable words, or nasty unicode including empty strings. */
  public static Arbitrary<String> text(boolean nasty) {
    Arbitrary<String> plain = Arbitraries.strings().alpha().withChars(' ').ofMaxLength(16);
    return nasty ? Arbitraries.oneOf(plain, unicode(0, 30), Arbitraries.just("")) : plain;
  }

  /** Unicode text from fragments: RTL, combining marks, surrogate pairs, JSON escapes, pointer escapes. */
  public static Arbitrary<String> unicode(int minFragments, int maxFragments) {
    return Arbitraries.of(NASTY_FRAGMENTS).list().ofMinSize(minFragments).ofMaxSize(maxFragments)
        .map(parts -> String.join("", parts));
  }

  private static String padTo(String s, int length) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < length) {
      sb.append(sb.length() % 2 == 0 ? "x" : "😀");
    }
    return sb.toString();
  }

  /** Cuts {@code s} to at most {@code max} chars without splitting a surrogate pair. */
  public static String fit(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
