package dev.appsim.session.testkit;

import static java.util.Objects.requireNonNull;

/**
 * One place where two documents differ.
 *
 * @param pointer JSON Pointer into the document with the wire's member names, e.g.
 *     {@code /scene/nodes/2/transform/position/0}; the empty string is the whole document
 * @param expected the expected value as short JSON-like text, or {@code <absent>}
 * @param actual the actual value, same form
 */
public record Difference(String pointer, String expected, String actual) {
  /**
   * Checks that no component is null.
   *
   * @param pointer JSON Pointer into the document
   * @param expected the expected value as text
   * @param actual the actual value as text
   */
  public Difference {
    requireNonNull(pointer, "pointer is null");
    requireNonNull(expected, "expected is null");
    requireNonNull(actual, "actual is null");
  }

  /** {@code /pointer: expected X, actual Y}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": expected " + expected + ", actual " + actual;
  }
}
