package dev.appsim.session.model;

import java.util.Optional;

/** The kind of a scene node; each kind is one {@link SceneNode} subtype. */
public enum NodeKind implements WireNamed {
  /** A {@link GroupNode} ({@code "group"}). */
  GROUP("group"),
  /** A {@link ModelNode} ({@code "model"}). */
  MODEL("model"),
  /** A {@link LightNode} ({@code "light"}). */
  LIGHT("light"),
  /** An {@link AnchorNode} ({@code "anchor"}). */
  ANCHOR("anchor");

  private final String wireName;

  NodeKind(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /**
   * The constant whose {@link #wireName()} is {@code wireName} (case-sensitive).
   *
   * @param wireName the name as written in a session file
   * @return the constant, or empty if none has that name
   */
  public static Optional<NodeKind> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
