package dev.appsim.session.testkit;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.diff.Change;
import dev.appsim.session.model.diff.DocumentDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The differences between two documents as JSON Pointers with expected and actual values, using
 * the member names of the wire format so that a pointer can be looked up in the file.
 *
 * <pre>{@code
 * SessionDiff diff = SessionDiff.between(original, reread);
 * for (Difference d : diff.differences()) {
 *   System.out.println(d);   // /scene/nodes/1/transform/position/0: expected 1.5, actual 1.0
 * }
 * }</pre>
 *
 * <p>Values compare as the model's {@code equals} does: by type and exact bits ({@code -0.0} is
 * not {@code 0.0}, {@code 1} is not {@code 1.0}), member order of unknown members included. Mesh
 * arrays report their first differing index and their lengths. An empty diff means the documents
 * are equal. The comparison is the library's {@link DocumentDiff}; this class words it as an
 * assertion's expected and actual values.
 */
public final class SessionDiff {
  /** Differences listed before the rest are summarised. */
  public static final int MAX_DIFFERENCES = 50;

  private final List<Difference> differences;

  private SessionDiff(List<Difference> differences) {
    this.differences = differences;
  }

  /**
   * The differences from {@code expected} to {@code actual}, the first 1,000 listed.
   *
   * @param expected the reference document
   * @param actual the document compared with it
   * @return the differences; empty when the documents are equal
   */
  public static SessionDiff between(SessionDocument expected, SessionDocument actual) {
    requireNonNull(expected, "expected is null");
    requireNonNull(actual, "actual is null");
    DocumentDiff diff = DocumentDiff.between(expected, actual, MAX_DIFFERENCES);
    List<Difference> found = new ArrayList<>();
    for (Change c : diff.changes()) {
      found.add(new Difference(c.pointer(), c.oldText(), c.newText()));
    }
    if (diff.count() > MAX_DIFFERENCES) {
      found.add(new Difference("", MAX_DIFFERENCES + " differences shown", diff.count() + " differences in all"));
    }
    return new SessionDiff(List.copyOf(found));
  }

  /** {@return the differences in document order; empty when the documents are equal} */
  public List<Difference> differences() {
    return differences;
  }

  /** {@return whether the documents are equal} */
  public boolean isEmpty() {
    return differences.isEmpty();
  }

  /**
   * The document as {@code pointer = value} lines (leaves only), at most {@code maxLines}: a
   * readable form for failure messages.
   *
   * @param doc the document
   * @param maxLines most lines shown; further ones are counted
   * @return the lines, one per leaf
   */
  public static String render(SessionDocument doc, int maxLines) {
    return DocumentDiff.render(doc, maxLines);
  }

  /** {@code no differences}, or the count and one indented difference a line. */
  @Override
  public String toString() {
    if (differences.isEmpty()) {
      return "no differences";
    }
    return "differ at " + differences.size() + (differences.size() == 1 ? " pointer" : " pointers") + ":\n"
        + differences.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
  }
}
