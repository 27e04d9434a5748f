package dev.appsim.session.testkit;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.testkit.internal.ModelTree;
import dev.appsim.session.testkit.internal.Render;
import dev.appsim.session.testkit.internal.TreeDiff;
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
 * are equal.
 */
public final class SessionDiff {
  /** Differences listed before the rest are summarised. */
  public static final int MAX_DIFFERENCES = 50;

  private final List<Difference> differences;

  private SessionDiff(List<Difference> differences) {
    this.differences = differences;
  }

  public static SessionDiff between(SessionDocument expected, SessionDocument actual) {
    requireNonNull(expected, "expected is null");
    requireNonNull(actual, "actual is null");
    List<Difference> found = TreeDiff.between(ModelTree.of(expected), ModelTree.of(actual), MAX_DIFFERENCES);
    if (found.isEmpty() && !expected.equals(actual)) {
      // A part the tree does not show differs; never report "no differences" for unequal documents.
      found = List.of(new Difference("", expected.toString(), actual.toString()));
    }
    return new SessionDiff(found);
  }

  /** In document order; empty when the documents are equal. */
  public List<Difference> differences() {
    return differences;
  }

  public boolean isEmpty() {
    return differences.isEmpty();
  }

  /**
   * The document as {@code pointer = value} lines (leaves only), at most {@code maxLines}: a
   * readable form for failure messages.
   */
  public static String render(SessionDocument doc, int maxLines) {
    return Render.lines(ModelTree.of(requireNonNull(doc, "doc is null")), maxLines);
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
