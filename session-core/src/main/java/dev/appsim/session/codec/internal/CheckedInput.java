package dev.appsim.session.codec.internal;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Hands the bytes of a stream to the parser only once a {@link TextChecker} has passed them. At
 * the first malformed byte it hands on everything before it, and throws {@link MalformedInput}
 * when the parser asks for more: the parser then stands in the value holding that byte, so the
 * error carries that value's JSON Pointer. Does not close the underlying stream.
 */
public final class CheckedInput extends InputStream {
  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final TextChecker checker;
  private final byte[] buffer = new byte[BUFFER];
  private int pos;
  private int passed;
  private boolean ended;

  private final @Nullable BinaryLengths binaryLengths;

  private CheckedInput(InputStream in, TextChecker checker, @Nullable BinaryLengths binaryLengths) {
    this.in = in;
    this.checker = checker;
    this.binaryLengths = binaryLengths;
  }

  /** {@code in} checked as UTF-8 JSON text under {@code maxNumberLength}. */
  public static CheckedInput json(InputStream in, int maxNumberLength) {
    return new CheckedInput(in, new JsonTextChecker(maxNumberLength), null);
  }

  /** {@code in} checked as Smile, nesting at most {@code maxNestingDepth} deep. */
  public static CheckedInput smile(InputStream in, int maxNestingDepth) {
    return new CheckedInput(in, new SmileTextChecker(maxNestingDepth), null);
  }

  /**
   * {@code in} checked as Smile, as {@link #smile(InputStream, int)}, where {@code in} holds
   * {@code inputSize} bytes: {@link #binaryLengths()} then tells the length of binary values
   * ahead of the parser.
   */
  public static CheckedInput smile(InputStream in, int maxNestingDepth, long inputSize) {
    BinaryLengths lengths = new BinaryLengths(inputSize);
    return new CheckedInput(in, new SmileTextChecker(maxNestingDepth, lengths), lengths);
  }

  /** The lengths of binary values seen ahead of the parser, or null when not kept. */
  public @Nullable BinaryLengths binaryLengths() {
    return binaryLengths;
  }

  /**
   * {@code true} if {@code bytes}, a whole document, pass the check that {@link #smile} (when
   * {@code smile}) or {@link #json} would make, so that a parser may read them in place.
   */
  public static boolean passes(byte[] bytes, boolean smile, int maxNestingDepth, int maxNumberLength) {
    TextChecker checker = smile ? new SmileTextChecker(maxNestingDepth) : new JsonTextChecker(maxNumberLength);
    if (checker.check(bytes, 0, bytes.length) != bytes.length || checker.failure() != null) {
      return false;
    }
    checker.end();
    return checker.failure() == null;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (pos == passed) {
      if (checker.failure() != null) {
        throw checker.failure();
      }
      if (ended) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, passed - pos);
    System.arraycopy(buffer, pos, b, off, n);
    pos += n;
    return n;
  }

  private void fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    pos = 0;
    if (n < 0) {
      ended = true;
      passed = 0;
      checker.end();
      return;
    }
    passed = checker.check(buffer, 0, n);
  }

  @Override
  public void close() {
    // The caller owns the underlying stream.
  }
}
