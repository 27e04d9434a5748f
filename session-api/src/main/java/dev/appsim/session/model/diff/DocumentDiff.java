package dev.appsim.session.model.diff;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.SessionDocument;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The semantic difference of two session documents: every place where they differ, as a JSON
 * Pointer with the old and the new value, using the member names of the wire format so that a
 * pointer can be looked up in the file. What is compared is the document, not its bytes: JSON and
 * Smile encodings of the same document, or two files with other whitespace, do not differ.
 *
 * <pre>{@code
 * DocumentDiff diff = DocumentDiff.between(Sessions.read(before), Sessions.read(after));
 * for (Change c : diff.changes()) {
 *   System.out.println(c);   // /scene/nodes/1/transform/position/0: 1.5 -> 1.0
 * }
 * }</pre>
 *
 * <p>Values compare as the model's {@code equals} does: by type and exact bits ({@code -0.0} is
 * not {@code 0.0}, {@code 1} is not {@code 1.0}), and member order of unknown members counts. Mesh
 * arrays report their first differing index and their lengths. Absent optional members are left
 * out and defaults written out, so that "absent" and "default" stay distinguishable. An empty
 * diff means the documents are equal.
 *
 * <p>Immutable and thread-safe; the static methods may be called from any thread.
 */
public final class DocumentDiff {
  /** Changes listed by {@link #between(SessionDocument, SessionDocument)}; the rest are only counted. */
  public static final int DEFAULT_LIMIT = 1_000;

  private final List<Change> changes;
  private final int count;

  private DocumentDiff(List<Change> changes, int count) {
    this.changes = changes;
    this.count = count;
  }

  /**
   * The differences from {@code old} to {@code now}, the first {@value #DEFAULT_LIMIT} listed.
   *
   * @param old the first document; not null
   * @param now the second document; not null
   * @return the diff, empty when the documents are equal
   * @throws NullPointerException if a document is null
   */
  public static DocumentDiff between(SessionDocument old, SessionDocument now) {
    return between(old, now, DEFAULT_LIMIT);
  }

  /**
   * The differences from {@code old} to {@code now}, the first {@code limit} listed and all of them
   * {@linkplain #count() counted}: memory stays bounded however different the documents are.
   *
   * @param old the first document; not null
   * @param now the second document; not null
   * @param limit the most changes to list, 0 or more; 0 only counts them
   * @return the diff, empty when the documents are equal
   * @throws IllegalArgumentException if {@code limit} is negative
   * @throws NullPointerException if a document is null
   */
  public static DocumentDiff between(SessionDocument old, SessionDocument now, int limit) {
    requireNonNull(old, "old is null");
    requireNonNull(now, "now is null");
    if (limit < 0) {
      throw new IllegalArgumentException("limit (" + limit + ") must be >= 0");
    }
    TreeDiff diff = TreeDiff.between(ModelTree.of(old), ModelTree.of(now), limit);
    if (diff.count() == 0 && !old.equals(now)) {
      // A part the tree does not show differs; never report "no differences" for unequal documents.
      return new DocumentDiff(limit == 0 ? List.of() : List.of(new Change("", Change.Kind.CHANGED,
          old.toString(), now.toString())), 1);
    }
    return new DocumentDiff(diff.changes(), diff.count());
  }

  /**
   * The same comparison for any two JSON-like trees ({@code Map} with members in order, {@code
   * List}, {@code String}, numbers, {@code Boolean}, {@code null}, mesh arrays): for documents that
   * go with a session, such as a room's list of files.
   *
   * @throws IllegalArgumentException if {@code limit} is negative
   * @param old the first tree, or {@code null} for JSON null
   * @param now the second tree, or {@code null} for JSON null
   * @param limit the most changes to list, 0 or more; 0 only counts them
   * @return the diff, empty when the trees are equal
   */
  public static DocumentDiff ofTrees(@Nullable Object old, @Nullable Object now, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit (" + limit + ") must be >= 0");
    }
    TreeDiff diff = TreeDiff.between(old, now, limit);
    return new DocumentDiff(diff.changes(), diff.count());
  }

  /**
   * The listed changes in document order; empty when the documents are equal.
   *
   * @return the changes, at most the limit given; unmodifiable
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * How many changes there are, listed or not.
   *
   * @return the number of changes, at least {@code changes().size()}
   */
  public int count() {
    return count;
  }

  /**
   * Whether the documents are equal.
   *
   * @return {@code true} if there is no change
   */
  public boolean isEmpty() {
    return count == 0;
  }

  /**
   * {@code doc} as {@code pointer = value} lines, leaves only, at most {@code maxLines} followed by
   * a count of the rest: the form the pointers of a diff refer to, readable in a failure message.
   *
   * @param doc the document; not null
   * @param maxLines the most lines to write before the count of the rest
   * @return the lines, each ending in a newline
   * @throws NullPointerException if {@code doc} is null
   */
  public static String render(SessionDocument doc, int maxLines) {
    return Render.lines(ModelTree.of(requireNonNull(doc, "doc is null")), maxLines);
  }

  /** {@code no differences}, or the count and one indented change a line. */
  @Override
  public String toString() {
    if (count == 0) {
      return "no differences";
    }
    String listed = changes.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
    return count + (count == 1 ? " difference" : " differences") + ":\n" + listed
        + (count > changes.size() ? "\n  (" + (count - changes.size()) + " more not listed)" : "");
  }
}
