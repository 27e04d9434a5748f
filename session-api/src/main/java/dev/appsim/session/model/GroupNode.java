package dev.appsim.session.model;

import org.jspecify.annotations.Nullable;

/** A node that only groups its children, e.g. the room itself or a furniture set. */
public record GroupNode(
    String id,
    @Nullable String parent,
    @Nullable String name,
    boolean visible,
    Transform transform,
    Extensions extensions) implements SceneNode {

  public GroupNode {
    Checks checks = NodeChecks.common(id, parent, transform, extensions);
    checks.throwIfAny();
  }

  /** A visible root group at the origin. */
  public static GroupNode root(String id) {
    return new GroupNode(id, null, null, true, Transform.IDENTITY, Extensions.EMPTY);
  }

  /** A visible group at the parent's origin. */
  public static GroupNode of(String id, @Nullable String parent) {
    return new GroupNode(id, parent, null, true, Transform.IDENTITY, Extensions.EMPTY);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.GROUP;
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.group(this);
  }

  @Override
  public GroupNode withParent(@Nullable String newParent) {
    return new GroupNode(id, newParent, name, visible, transform, extensions);
  }

  @Override
  public GroupNode withTransform(Transform newTransform) {
    return new GroupNode(id, parent, name, visible, newTransform, extensions);
  }

  @Override
  public GroupNode withVisible(boolean newVisible) {
    return new GroupNode(id, parent, name, newVisible, transform, extensions);
  }
}
