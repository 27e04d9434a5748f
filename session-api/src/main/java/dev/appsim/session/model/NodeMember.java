package dev.appsim.session.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The members a scene node object has on the wire (FORMAT.md 1.2), in canonical order: the ones
 * every node has, then each kind's own. The one table of node member names that the model's
 * checks, the reader and the writer use, so a member is named in one place.
 */
public enum NodeMember implements WireNamed {
  ID("id", null, true),
  KIND("kind", null, true),
  PARENT("parent", null, false),
  NAME("name", null, false),
  VISIBLE("visible", null, false),
  TRANSFORM("transform", null, false),
  ASSET("asset", NodeKind.MODEL, true),
  LIGHT("light", NodeKind.LIGHT, true),
  ANCHOR_ID("anchorId", NodeKind.ANCHOR, true);

  private static final List<String> WIRE_NAMES = Stream.of(values()).map(NodeMember::wireName).toList();

  private final String wireName;
  private final @Nullable NodeKind owner;
  private final boolean required;

  NodeMember(String wireName, @Nullable NodeKind owner, boolean required) {
    this.wireName = wireName;
    this.owner = owner;
    this.required = required;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The kind this member belongs to, or {@code null} when every node has it. */
  public @Nullable NodeKind owner() {
    return owner;
  }

  /** Whether a node that may have this member must have it. */
  public boolean required() {
    return required;
  }

  /** Whether a node of {@code kind} may have this member. */
  public boolean belongsTo(NodeKind kind) {
    return owner == null || owner == kind;
  }

  /** The JSON Pointer of this member relative to its node, such as {@code "/asset"}. */
  public String pointer() {
    return "/" + wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<NodeMember> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }

  /** Every member's wire name, in canonical order. */
  public static List<String> wireNames() {
    return WIRE_NAMES;
  }
}
