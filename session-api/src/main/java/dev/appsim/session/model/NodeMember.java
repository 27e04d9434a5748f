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
  /** Every node's id ({@code "id"}); required. */
  ID("id", null, true),
  /** Every node's kind ({@code "kind"}); required. */
  KIND("kind", null, true),
  /** Every node's parent id ({@code "parent"}); absent for a root. */
  PARENT("parent", null, false),
  /** Every node's display name ({@code "name"}); optional. */
  NAME("name", null, false),
  /** Every node's visibility ({@code "visible"}); optional. */
  VISIBLE("visible", null, false),
  /** Every node's transform ({@code "transform"}); optional, identity when absent. */
  TRANSFORM("transform", null, false),
  /** A model node's file path ({@code "asset"}); required for models. */
  ASSET("asset", NodeKind.MODEL, true),
  /** A light node's parameters ({@code "light"}); required for lights. */
  LIGHT("light", NodeKind.LIGHT, true),
  /** An anchor node's platform anchor id ({@code "anchorId"}); required for anchors. */
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

  /**
   * The kind this member belongs to, or {@code null} when every node has it.
   *
   * @return the owning kind, or {@code null} for a member of every node
   */
  public @Nullable NodeKind owner() {
    return owner;
  }

  /**
   * Whether a node that may have this member must have it.
   *
   * @return {@code true} if a node it belongs to must have it
   */
  public boolean required() {
    return required;
  }

  /**
   * Whether a node of {@code kind} may have this member.
   *
   * @param kind the node kind; not null
   * @return whether this member is every node's or {@code kind}'s own
   */
  public boolean belongsTo(NodeKind kind) {
    return owner == null || owner == kind;
  }

  /**
   * The JSON Pointer of this member relative to its node, such as {@code "/asset"}.
   *
   * @return {@code "/"} followed by the wire name
   */
  public String pointer() {
    return "/" + wireName;
  }

  /**
   * The constant whose {@link #wireName()} is {@code wireName} (case-sensitive).
   *
   * @param wireName the member name as written in a session file
   * @return the member, or empty if the format defines no node member of that name
   */
  public static Optional<NodeMember> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }

  /**
   * Every member's wire name, in canonical order.
   *
   * @return the names, unmodifiable
   */
  public static List<String> wireNames() {
    return WIRE_NAMES;
  }
}
