package dev.appsim.session.codec.internal;

import org.jspecify.annotations.Nullable;

/**
 * Checks UTF-8 one byte at a time, exactly as Unicode's Table 3-7 of well-formed sequences says:
 * no overlong forms ({@code C0 AF} is not {@code /}), no encoded surrogates ({@code ED A0 80}),
 * nothing above U+10FFFF, no stray or missing continuation bytes. Jackson's decoders accept some
 * of these and turn them into other characters, which another tool reads differently.
 */
final class Utf8Validator {
  /** The byte completed a character (or was ASCII). */
  static final int COMPLETE = 0;
  /** The byte is valid so far; the character needs more bytes. */
  static final int PENDING = 1;
  /** The byte makes the sequence ill-formed; {@link #problem()} says why. */
  static final int INVALID = 2;

  private int needed;
  private int low;
  private int high;
  private int lead;
  private @Nullable String problem;

  /** Whether no sequence is open: the next byte must start a character. */
  boolean idle() {
    return needed == 0;
  }

  /** The lead byte of the open sequence; meaningful while not {@link #idle()}. */
  int lead() {
    return lead;
  }

  /** Feeds one byte (0-255). */
  int accept(int b) {
    if (needed > 0) {
      if (b < low || b > high) {
        problem = continuationProblem(b);
        needed = 0;
        return INVALID;
      }
      low = 0x80;
      high = 0xBF;
      return --needed == 0 ? COMPLETE : PENDING;
    }
    if (b < 0x80) {
      return COMPLETE;
    }
    lead = b;
    low = 0x80;
    high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      needed = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      needed = 2;
      if (b == 0xE0) {
        low = 0xA0;
      } else if (b == 0xED) {
        high = 0x9F;
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      needed = 3;
      if (b == 0xF0) {
        low = 0x90;
      } else if (b == 0xF4) {
        high = 0x8F;
      }
    } else {
      problem = leadProblem(b);
      return INVALID;
    }
    return PENDING;
  }

  /** Why the last byte fed was {@link #INVALID}. */
  String problem() {
    return problem == null ? "" : problem;
  }

  /** Why the input cannot end now, or {@code null} if it can. */
  @Nullable String endProblem() {
    return needed == 0 ? null : "the input ends inside the UTF-8 sequence that byte " + hex(lead) + " starts";
  }

  /** Forgets an open sequence, e.g. at the end of a length-prefixed string. */
  void reset() {
    needed = 0;
  }

  private static String leadProblem(int b) {
    if (b < 0xC0) {
      return "byte " + hex(b) + " is a continuation byte without a lead byte before it";
    }
    if (b < 0xC2) {
      return "byte " + hex(b) + " starts an overlong encoding (a character below U+0080 in two bytes)";
    }
    if (b < 0xF8) {
      return "byte " + hex(b) + " starts a code point above U+10FFFF, the largest in Unicode";
    }
    return "byte " + hex(b) + " never occurs in UTF-8";
  }

  private String continuationProblem(int b) {
    boolean continuation = b >= 0x80 && b <= 0xBF;
    if (continuation && lead == 0xE0) {
      return "bytes " + hex(lead) + " " + hex(b) + " start an overlong encoding (a character below U+0800 in three bytes)";
    }
    if (continuation && lead == 0xF0) {
      return "bytes " + hex(lead) + " " + hex(b) + " start an overlong encoding (a character below U+10000 in four bytes)";
    }
    if (continuation && lead == 0xED) {
      return "bytes " + hex(lead) + " " + hex(b) + " start an encoded surrogate (U+D800 to U+DFFF), which UTF-8 does not allow";
    }
    if (continuation && lead == 0xF4) {
      return "bytes " + hex(lead) + " " + hex(b) + " start a code point above U+10FFFF, the largest in Unicode";
    }
    return "byte " + hex(b) + " in the sequence that byte " + hex(lead)
        + " starts is not a continuation byte (0x80 to 0xBF)";
  }

  static String hex(int b) {
    return String.format("0x%02X", b);
  }
}
