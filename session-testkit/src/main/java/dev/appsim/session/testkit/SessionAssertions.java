package dev.appsim.session.testkit;

import dev.appsim.session.model.SessionDocument;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on documents whose failure says where they differ:
 *
 * <pre>{@code
 * SessionAssertions.assertSameDocument(expected, codec.read(codec.write(expected)));
 * // documents differ at 1 pointer:
 * //   /scene/nodes/0/transform/scale/1: expected 2.0, actual 1.0
 * }</pre>
 */
public final class SessionAssertions {
  /** Lines of each document shown in the IDE's expected/actual comparison. */
  private static final int RENDERED_LINES = 400;

  private SessionAssertions() {}

  /**
   * Asserts that two documents are equal.
   *
   * @param expected the reference document
   * @param actual the document compared with it
   * @throws AssertionFailedError listing every differing pointer with expected and actual value;
   *     its expected/actual are the documents rendered as {@code pointer = value} lines, so an IDE
   *     can show them side by side
   */
  public static void assertSameDocument(SessionDocument expected, SessionDocument actual) {
    assertSameDocument(expected, actual, "documents");
  }

  /**
   * As {@link #assertSameDocument(SessionDocument, SessionDocument)}, the message starting with {@code what}.
   *
   * @param expected the reference document
   * @param actual the document compared with it
   * @param what what is compared, e.g. {@code "read-back"}
   */
  public static void assertSameDocument(SessionDocument expected, SessionDocument actual, String what) {
    SessionDiff diff = SessionDiff.between(expected, actual);
    if (!diff.isEmpty()) {
      throw new AssertionFailedError(what + " " + diff,
          SessionDiff.render(expected, RENDERED_LINES), SessionDiff.render(actual, RENDERED_LINES));
    }
  }
}
