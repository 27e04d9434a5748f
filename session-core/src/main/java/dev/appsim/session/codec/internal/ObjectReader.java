package dev.appsim.session.codec.internal;

import dev.appsim.session.model.Extensions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object being read: what every part reader needs around its own {@code switch} over
 * member names. It remembers the object's pointer, which members it has seen and the violations
 * recorded before it, so that a reader reports <em>every</em> missing required member (not only
 * the first) and knows structurally whether its part failed.
 *
 * <pre>{@code
 * ObjectReader o = ObjectReader.open(in);
 * if (o == null) return null;
 * for (String m; (m = o.nextMember()) != null; ) {
 *   switch (m) {
 *     case "name" -> name = in.readString();
 *     default -> o.readUnknown(m);
 *   }
 * }
 * o.require("name");
 * return o.build(() -> new Generator(name, o.extensions()));
 * }</pre>
 */
final class ObjectReader {
  private final TokenReader in;
  private final String pointer;
  private final long before;
  private final Set<String> seen = new HashSet<>();
  private final Map<String, @Nullable Object> unknown = new LinkedHashMap<>();

  private ObjectReader(TokenReader in) {
    this.in = in;
    this.pointer = in.pointer();
    this.before = in.errors();
  }

  /** Starts reading the object at the current token, or records why it is none and returns null. */
  static @Nullable ObjectReader open(TokenReader in) {
    return in.beginObject() ? new ObjectReader(in) : null;
  }

  /** The object's JSON Pointer. */
  String pointer() {
    return pointer;
  }

  /** The next member's name with the parser on its value, or {@code null} at the object's end. */
  @Nullable String nextMember() {
    String member = in.nextMember();
    if (member != null) {
      seen.add(member);
    }
    return member;
  }

  /** Keeps a member this reader does not know as an extension. */
  void readUnknown(String member) {
    in.readExtension(member, unknown);
  }

  /** Whether the object had {@code member}, valid or not. */
  boolean saw(String member) {
    return seen.contains(member);
  }

  /** Records a violation for each of {@code members} the object lacks, in the order given. */
  void require(String... members) {
    for (String member : members) {
      if (!seen.contains(member)) {
        in.missing(pointer, member);
      }
    }
  }

  /** Records a violation at one of this object's members. */
  void violation(String member, String message) {
    in.violation(pointer + "/" + member, message);
  }

  /** Whether any violation was recorded since the object started, inside it or about it. */
  boolean failed() {
    return in.errors() > before;
  }

  /** The unknown members read so far. */
  Extensions extensions() {
    return in.extensions(unknown);
  }

  /**
   * The part built by {@code constructor}, whose own violations are recorded under this object's
   * pointer; {@code null} without calling it when the object already failed.
   */
  <T> @Nullable T build(Supplier<T> constructor) {
    return failed() ? null : in.build(pointer, constructor);
  }
}
