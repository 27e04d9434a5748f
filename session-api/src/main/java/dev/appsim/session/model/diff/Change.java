package dev.appsim.session.model.diff;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One place where two documents differ: the JSON Pointer (with the wire format's member names, so
 * it can be looked up in the file), what kind of difference it is, and the old and new values.
 *
 * <p>Values are plain Java values as the JSON form holds them: {@code String}, {@code Long},
 * {@code Double}, {@code BigDecimal}, {@code Boolean}, {@code List}, {@code Map} (members in
 * order), {@code null} for JSON null, and {@link dev.appsim.session.model.FloatArray} or {@link
 * dev.appsim.session.model.IntArray} for mesh arrays. A value that is not there is {@code null}
 * with a kind that says so ({@link Kind#ADDED}, {@link Kind#REMOVED}).
 *
 * @param pointer where, e.g. {@code /scene/nodes/2/transform/position/0}; {@code ""} is the whole document
 * @param kind what changed
 * @param oldValue the value in the first document ({@code null} when {@link Kind#ADDED})
 * @param newValue the value in the second document ({@code null} when {@link Kind#REMOVED})
 */
public record Change(String pointer, Kind kind, @Nullable Object oldValue, @Nullable Object newValue) {
  /** The kinds of difference, named after the JSON Patch operation that would undo them where one fits. */
  public enum Kind {
    /** The pointer exists only in the second document. */
    ADDED,
    /** The pointer exists only in the first document. */
    REMOVED,
    /** Both have a value there, and they differ (by type or value: {@code 1} is not {@code 1.0}). */
    CHANGED,
    /**
     * A mesh array has another length; the values are the two lengths as {@code Integer}s. Its
     * first differing element, if any, is a separate {@link #CHANGED} change: mesh arrays are not
     * compared element by element beyond that.
     */
    LENGTH,
    /** An object has the same members in another order; the values are the lists of member names. */
    ORDER
  }

  /**
   * Checks that the pointer and the kind are given.
   *
   * @param pointer where the documents differ; {@code ""} is the whole document
   * @param kind what changed
   * @param oldValue the value in the first document, or {@code null}
   * @param newValue the value in the second document, or {@code null}
   * @throws NullPointerException if {@code pointer} or {@code kind} is null
   */
  public Change {
    requireNonNull(pointer, "pointer is null");
    requireNonNull(kind, "kind is null");
  }

  /**
   * The old value as short JSON-like text: {@code <absent>}, {@code length 3000}, or the value (at most 200
   * characters).
   *
   * @return the text, never null
   */
  public String oldText() {
    return text(oldValue, newValue, kind == Kind.ADDED);
  }

  /**
   * The new value as short JSON-like text, in the form of {@link #oldText()}.
   *
   * @return the text, never null
   */
  public String newText() {
    return text(newValue, oldValue, kind == Kind.REMOVED);
  }

  private String text(@Nullable Object value, @Nullable Object other, boolean absent) {
    if (absent) {
      return Render.ABSENT;
    }
    switch (kind) {
      case LENGTH:
        return "length " + value;
      case ORDER:
        return "members in order " + Render.value(value);
      default:
        String text = Render.value(value);
        // Values that print alike but differ (1 and 1.0 are both shown as such; a Long and a Double
        // holding 1.0 are not): name the types so the difference is visible.
        return text.equals(Render.value(other)) ? text + " (" + typeName(value) + ")" : text;
    }
  }

  private static String typeName(@Nullable Object v) {
    return v == null ? "null" : v.getClass().getSimpleName();
  }

  /** {@code /pointer: old X, new Y}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + oldText() + " -> " + newText();
  }
}
