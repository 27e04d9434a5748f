package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule in a session document.
 *
 * @param pointer JSON Pointer (RFC 6901) of the offending value, e.g. {@code /scene/nodes/4/parent};
 *     the empty string is the document itself
 * @param message what is wrong, naming the value and what was expected
 */
public record Violation(String pointer, String message) {
  /**
   * Checks that no component is null.
   *
   * @param pointer JSON Pointer of the offending value; {@code ""} for the document
   * @param message what is wrong
   * @throws NullPointerException if an argument is null
   */
  public Violation {
    requireNonNull(pointer, "pointer is null");
    requireNonNull(message, "message is null");
  }

  /**
   * This violation moved under {@code prefix}, e.g. {@code /transform} becomes {@code
   * /scene/nodes/2/transform}.
   *
   * @param prefix a JSON Pointer to prepend, e.g. {@code /scene/nodes/2}
   * @return a violation at {@code prefix + pointer()} with the same message
   */
  public Violation under(String prefix) {
    return new Violation(prefix + pointer, message);
  }

  /** {@code pointer: message}, the form used in exception messages. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}
