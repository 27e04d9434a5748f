package dev.appsim.session.codec;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.SessionException;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of a session cannot be read: malformed JSON or Smile, a broken limit, an unsupported
 * version or a value of the wrong type where reading cannot go on.
 *
 * <p>The message starts with the JSON Pointer of the offending value ({@code /} for the document
 * itself), followed for JSON text by the line and column, or for Smile by the byte offset, then
 * one sentence saying what was found and what was expected:
 *
 * <pre>{@code
 * /scene/nodes/2/visible (line 14, column 20): Unexpected character ('y' (code 121)): expected a valid value
 * }</pre>
 */
public class SessionFormatException extends SessionException {
  private static final long serialVersionUID = 1L;

  /** What is wrong, without the location prefix. */
  private final String reason;
  /** 1-based line in JSON text, or -1. */
  private final int line;
  /** 1-based column in JSON text, or -1. */
  private final int column;
  /** 0-based byte offset in the input, or -1 when unknown. */
  private final long byteOffset;

  /**
   * A failure at {@code pointer} with its position in the input as far as it is known.
   *
   * @param pointer JSON Pointer of the offending value; empty for the document itself
   * @param reason what is wrong, naming the value and what was expected
   * @param line 1-based line in JSON text, or -1
   * @param column 1-based column in JSON text, or -1
   * @param byteOffset 0-based byte offset, or -1 when unknown
   * @param cause the underlying failure, or {@code null}
   */
  public SessionFormatException(
      String pointer, String reason, int line, int column, long byteOffset, @Nullable Throwable cause) {
    super(pointer, describe(pointer, reason, line, column, byteOffset), cause);
    this.reason = requireNonNull(reason, "reason is null");
    this.line = line;
    this.column = column;
    this.byteOffset = byteOffset;
  }

  /**
   * A failure at {@code pointer} without a known position in the input.
   *
   * @param pointer JSON Pointer of the offending value; empty for the document itself
   * @param reason what is wrong, naming the value and what was expected
   */
  public SessionFormatException(String pointer, String reason) {
    this(pointer, reason, -1, -1, -1, null);
  }

  /**
   * {@return the JSON Pointer of the offending value; empty for the document itself} Same as
   * {@link #location()}.
   */
  public String pointer() {
    return location();
  }

  /** {@return what is wrong, without the location prefix of {@link #getMessage()}} */
  public String reason() {
    return reason;
  }

  /** {@return the 1-based line in JSON text, or -1 for Smile and unknown positions} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column in JSON text, or -1 for Smile and unknown positions} */
  public int column() {
    return column;
  }

  /** {@return the 0-based byte offset of the failure in the input, or -1 when unknown} */
  public long byteOffset() {
    return byteOffset;
  }

  private static String describe(String pointer, String reason, int line, int column, long byteOffset) {
    StringBuilder text = new StringBuilder(pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      text.append(" (line ").append(line).append(", column ").append(column).append(')');
    } else if (byteOffset >= 0) {
      text.append(" (byte ").append(byteOffset).append(')');
    }
    return text.append(": ").append(reason).toString();
  }
}
