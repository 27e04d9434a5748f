package dev.appsim.session.codec.internal;

import org.jspecify.annotations.Nullable;

/**
 * Walks Smile tokens ahead of Jackson's parser to check what it decodes without checking: the
 * bytes of every string and name must be well-formed UTF-8 (Jackson's Smile decoder reads
 * {@code C0 AF} as {@code /} and even ignores continuation bits), "ASCII" strings must hold only
 * bytes below 0x80, and variable-length integers must fit the type they claim (Jackson drops the
 * overflowing bits, so {@code 1e2000000000} read back as {@code 1E+32}).
 *
 * <p>Only structure is tracked (objects, arrays, names versus values); on any byte that is not a
 * valid token here the walk stops checking, since Jackson refuses the input at that byte anyway.
 */
final class SmileTextChecker extends TextChecker {
  private static final int HEADER = 4;

  private enum State { TOKEN, SKIP, VINT, ASCII, UNICODE, LONG_ASCII, LONG_UNICODE, STOPPED }

  private enum Vint {
    INT32(32), INT64(64), BIG_INTEGER_LENGTH(31), SCALE(31), DECIMAL_LENGTH(31), BINARY7_LENGTH(31), RAW_LENGTH(31);

    final int bits;

    Vint(int bits) {
      this.bits = bits;
    }
  }

  private final boolean[] inObject;
  private final Utf8Validator utf8 = new Utf8Validator();
  private int depth;
  private boolean expectName;
  private State state = State.SKIP;
  private long remaining = HEADER;
  private Vint vint = Vint.INT32;
  private long vintValue;
  private long offset;
  private long tokenStart;
  private int type;
  private long leadOffset;

  private final @Nullable BinaryLengths binaryLengths;

  SmileTextChecker(int maxNestingDepth) {
    this(maxNestingDepth, null);
  }

  /** @param binaryLengths receives the length of every binary value walked past, or null */
  SmileTextChecker(int maxNestingDepth, @Nullable BinaryLengths binaryLengths) {
    this.inObject = new boolean[maxNestingDepth + 2];
    this.binaryLengths = binaryLengths;
  }

  @Override
  int check(byte[] buf, int from, int to) {
    long base = offset - from;
    int i = from;
    while (i < to) {
      switch (state) {
        case STOPPED -> {
          offset += to - i;
          return to;
        }
        case SKIP -> {
          int n = (int) Math.min(remaining, to - i);
          i += n;
          offset += n;
          remaining -= n;
          if (remaining == 0) {
            tokenDone();
          }
          continue;
        }
        default -> { }
      }
      int b = buf[i] & 0xFF;
      boolean ok = switch (state) {
        case TOKEN -> token(b);
        case VINT -> vintByte(b);
        case ASCII -> asciiByte(b, true);
        case UNICODE -> unicodeByte(b);
        case LONG_ASCII -> b == 0xFC ? finish() : asciiByte(b, false);
        case LONG_UNICODE -> b == 0xFC && utf8.idle() ? finish() : utf8Byte(b);
        default -> true;
      };
      if (!ok) {
        MalformedInput failure = failure();
        long at = failure == null ? offset : Math.min(offset, failure.offset());
        return (int) Math.max(from, at - base);
      }
      i++;
      offset++;
    }
    return to;
  }

  @Override
  void end() {
    // Truncation is Jackson's to report; it sees the same end.
  }

  private boolean token(int b) {
    tokenStart = offset;
    type = b;
    if (depth > 0 && inObject[depth] && expectName) {
      return name(b);
    }
    if (b >= 0x01 && b <= 0x23 || b >= 0xC0 && b <= 0xDF || b == 0xFF) {
      return tokenDone();
    }
    if (b >= 0x40 && b <= 0x7F) {
      return text(State.ASCII, (b & 0x3F) + 1);
    }
    if (b >= 0x80 && b <= 0xBF) {
      return text(State.UNICODE, (b & 0x3F) + 2);
    }
    switch (b) {
      case 0x24 -> readVint(Vint.INT32);
      case 0x25 -> readVint(Vint.INT64);
      case 0x26 -> readVint(Vint.BIG_INTEGER_LENGTH);
      case 0x28 -> skip(5);
      case 0x29 -> skip(10);
      case 0x2A -> readVint(Vint.SCALE);
      case 0x3A -> { // a header between root values: ")\n" and the flags; anywhere else Jackson fails
        if (depth == 0) {
          skip(3);
        } else {
          state = State.STOPPED;
        }
      }
      case 0xE0 -> state = State.LONG_ASCII;
      case 0xE4 -> state = State.LONG_UNICODE;
      case 0xE8 -> readVint(Vint.BINARY7_LENGTH);
      case 0xEC, 0xED, 0xEE, 0xEF -> skip(1);
      case 0xF8 -> open(false);
      case 0xF9 -> close(false);
      case 0xFA -> open(true);
      case 0xFD -> readVint(Vint.RAW_LENGTH);
      default -> state = State.STOPPED;
    }
    return true;
  }

  private boolean name(int b) {
    if (b == 0x20 || b >= 0x40 && b <= 0x7F) {
      return tokenDone();
    }
    if (b >= 0x80 && b <= 0xBF) {
      return text(State.ASCII, (b & 0x3F) + 1);
    }
    if (b >= 0xC0 && b <= 0xF7) {
      return text(State.UNICODE, (b & 0x3F) + 2);
    }
    switch (b) {
      case 0x30, 0x31, 0x32, 0x33 -> skip(1);
      case 0x34 -> state = State.LONG_UNICODE;
      case 0xFB -> close(true);
      default -> state = State.STOPPED;
    }
    return true;
  }

  private boolean text(State kind, int length) {
    state = kind;
    remaining = length;
    utf8.reset();
    return true;
  }

  private void skip(long n) {
    state = State.SKIP;
    remaining = n;
  }

  private void readVint(Vint kind) {
    state = State.VINT;
    vint = kind;
    vintValue = 0;
  }

  private void open(boolean object) {
    if (depth + 1 >= inObject.length) {
      state = State.STOPPED; // deeper than the limit: Jackson refuses it
      return;
    }
    inObject[++depth] = object;
    expectName = object;
  }

  private void close(boolean object) {
    if (depth == 0 || inObject[depth] != object) {
      state = State.STOPPED;
      return;
    }
    depth--;
    // The container was a value: in an object parent, a name comes next.
    expectName = false;
    tokenDone();
  }

  // A value or name is complete: in an object, a name is followed by a value and a value by a name.
  private boolean tokenDone() {
    state = State.TOKEN;
    if (depth > 0 && inObject[depth]) {
      expectName = !expectName;
    }
    return true;
  }

  // The last byte of a vint has its high bit set and carries 6 bits; the others carry 7.
  private boolean vintByte(int b) {
    boolean last = b >= 0x80;
    int shift = last ? 6 : 7;
    if ((vintValue >>> (vint.bits - shift)) != 0) {
      fail(tokenStart, -1, -1, "the Smile " + describe(type) + " at byte " + tokenStart + " holds a number of more than "
          + vint.bits + " bits, which Jackson would silently truncate");
      return false;
    }
    vintValue = (vintValue << shift) + (b & (last ? 0x3F : 0x7F));
    if (!last) {
      return true;
    }
    long value = vintValue;
    switch (vint) {
      case SCALE -> readVint(Vint.DECIMAL_LENGTH);
      case BIG_INTEGER_LENGTH, DECIMAL_LENGTH -> skipOrDone(sevenBitLength(value));
      case BINARY7_LENGTH -> {
        binaryLength(value);
        skipOrDone(sevenBitLength(value));
      }
      case RAW_LENGTH -> {
        binaryLength(value);
        skipOrDone(value);
      }
      default -> tokenDone();
    }
    return true;
  }

  private void binaryLength(long value) {
    if (binaryLengths != null) {
      binaryLengths.record(tokenStart, value);
    }
  }

  private void skipOrDone(long n) {
    if (n == 0) {
      tokenDone();
    } else {
      skip(n);
    }
  }

  // Bytes of 7-bit encoded data holding n bytes: 8 for every 7, and k+1 for a last k.
  private static long sevenBitLength(long n) {
    long rest = n % 7;
    return n / 7 * 8 + (rest == 0 ? 0 : rest + 1);
  }

  private boolean asciiByte(int b, boolean counted) {
    if (b >= 0x80) {
      fail(offset, -1, -1, "invalid text at byte " + offset + ": byte " + Utf8Validator.hex(b)
          + " in a Smile ASCII " + (expectName && inObject[depth] ? "name" : "string") + " (type byte "
          + Utf8Validator.hex(type) + " at byte " + tokenStart + "), which may hold only bytes below 0x80");
      return false;
    }
    return !counted || countDown();
  }

  private boolean unicodeByte(int b) {
    if (!utf8Byte(b)) {
      return false;
    }
    if (remaining == 1 && !utf8.idle()) {
      fail(leadOffset, -1, -1, "invalid UTF-8 at byte " + leadOffset + ": the Smile string of " + ((type & 0x3F) + 2)
          + " bytes at byte " + tokenStart + " ends inside the UTF-8 sequence that byte "
          + Utf8Validator.hex(utf8.lead()) + " starts");
      return false;
    }
    return countDown();
  }

  private boolean utf8Byte(int b) {
    if (utf8.idle()) {
      leadOffset = offset;
    }
    if (utf8.accept(b) == Utf8Validator.INVALID) {
      fail(leadOffset, -1, -1, "invalid UTF-8 at byte " + leadOffset + ": " + utf8.problem());
      return false;
    }
    return true;
  }

  private boolean countDown() {
    if (--remaining == 0) {
      tokenDone();
    }
    return true;
  }

  // The byte 0xFC ending a long string or name.
  private boolean finish() {
    return tokenDone();
  }

  private static String describe(int type) {
    return switch (type) {
      case 0x24 -> "32-bit integer";
      case 0x25 -> "64-bit integer";
      case 0x26 -> "big integer's length";
      case 0x2A -> "big decimal's scale or length";
      case 0xE8 -> "binary value's length";
      default -> "raw binary value's length";
    };
  }
}
