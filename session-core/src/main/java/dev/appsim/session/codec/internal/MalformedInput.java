package dev.appsim.session.codec.internal;

/**
 * Raised by {@link CheckedInput} when the parser asks for bytes past the first malformed one, so
 * that the codec can report it with the parser's JSON Pointer at that moment. Never escapes the
 * codec: {@code SessionCodec} turns it into a {@code SessionFormatException}.
 */
public final class MalformedInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long offset;
  private final int line;
  private final int column;
  private final String reason;

  /**
   * @param offset 0-based byte offset of the first malformed byte (of a sequence, its first byte)
   * @param line 1-based line in JSON text, or -1
   * @param column 1-based column (in bytes) in JSON text, or -1
   * @param reason what is wrong, naming the bytes and what was expected
   */
  MalformedInput(long offset, int line, int column, String reason) {
    super(reason, null, false, false);
    this.offset = offset;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public long offset() {
    return offset;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String reason() {
    return reason;
  }
}
