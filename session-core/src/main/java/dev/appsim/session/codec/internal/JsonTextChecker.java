package dev.appsim.session.codec.internal;

/**
 * Checks JSON text ahead of Jackson's parser: the whole input must be well-formed UTF-8 (Jackson
 * reads overlong forms such as {@code C0 AF} as {@code /}), and no number may be longer than
 * {@code ReadLimits.maxNumberLength} (Jackson checks a number's length only when it ends, so a
 * 200 MB number first breaks the string-length limit and is reported as a string).
 */
final class JsonTextChecker extends TextChecker {
  private final int maxNumberLength;
  private final Utf8Validator utf8 = new Utf8Validator();
  private long offset;
  private int line = 1;
  private long lineStart;
  private boolean afterCarriageReturn;
  private boolean inString;
  private boolean escaped;
  private int numberLength;
  private long numberStart;
  private int numberLine;
  private long numberLineStart;
  private long leadOffset;
  private int leadLine;
  private long leadLineStart;

  JsonTextChecker(int maxNumberLength) {
    this.maxNumberLength = maxNumberLength;
  }

  @Override
  int check(byte[] buf, int from, int to) {
    long base = offset - from;
    for (int i = from; i < to; i++, offset++) {
      int b = buf[i] & 0xFF;
      if (b >= 0x80 || !utf8.idle()) {
        if (!nonAscii(b)) {
          return (int) Math.max(from, leadOffset - base);
        }
        continue;
      }
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
        continue;
      }
      if (isNumberChar(b)) {
        if (numberLength++ == 0) {
          numberStart = offset;
          numberLine = line;
          numberLineStart = lineStart;
        }
        if (numberLength > maxNumberLength) {
          fail(numberStart, numberLine, (int) (numberStart - numberLineStart) + 1, "a number is longer than "
              + maxNumberLength + " characters (ReadLimits.maxNumberLength)");
          return i;
        }
        continue;
      }
      numberLength = 0;
      if (b == '"') {
        inString = true;
      } else if (b == '\n') {
        if (!afterCarriageReturn) {
          line++;
        }
        lineStart = offset + 1;
      } else if (b == '\r') {
        line++;
        lineStart = offset + 1;
      }
      afterCarriageReturn = b == '\r';
    }
    return to;
  }

  // A byte of a multi-byte character; false after recording the failure.
  private boolean nonAscii(int b) {
    if (utf8.idle()) {
      leadOffset = offset;
      leadLine = line;
      leadLineStart = lineStart;
      numberLength = 0;
      afterCarriageReturn = false;
      escaped = false;
    }
    if (utf8.accept(b) == Utf8Validator.INVALID) {
      fail(leadOffset, leadLine, (int) (leadOffset - leadLineStart) + 1,
          "invalid UTF-8 at byte " + leadOffset + ": " + utf8.problem());
      return false;
    }
    return true;
  }

  @Override
  void end() {
    String problem = utf8.endProblem();
    if (problem != null) {
      fail(leadOffset, leadLine, (int) (leadOffset - leadLineStart) + 1,
          "invalid UTF-8 at byte " + leadOffset + ": " + problem);
    }
  }

  private static boolean isNumberChar(int b) {
    return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
  }
}
