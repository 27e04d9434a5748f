package dev.appsim.session.model;

import java.util.Optional;

/** The kind of a scene node; each kind is one {@link SceneNode} subtype. */
public enum NodeKind implements WireNamed {
  GROUP("group"),
  MODEL("model"),
  LIGHT("light"),
  ANCHOR("anchor");

  private final String wireName;

  NodeKind(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The constant whose {@link #wireName()} is {@code wireName}, if any (case-sensitive). */
  public static Optional<NodeKind> fromWire(String wireName) {
    return WireNames.lookup(values(), wireName);
  }
}
