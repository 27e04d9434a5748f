package dev.appsim.session.model;

import org.jspecify.annotations.Nullable;

/**
 * A node that only groups its children, e.g. the room itself or a furniture set.
 *
 * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
 * @param parent the parent node's id, or {@code null} for a root; not the node's own id
 * @param name the display name, or {@code null} for none
 * @param visible whether the node is shown
 * @param transform where the node sits relative to its parent
 * @param extensions members the format does not define, kept for round trips
 */
public record GroupNode(
    String id,
    @Nullable String parent,
    @Nullable String name,
    boolean visible,
    Transform transform,
    Extensions extensions) implements SceneNode {

  /**
   * Checks the rules every node shares.
   *
   * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
   * @param parent the parent node's id, or {@code null} for a root; not the node's own id
   * @param name the display name, or {@code null} for none
   * @param visible whether the node is shown
   * @param transform where the node sits relative to its parent
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code id}, {@code transform} or {@code extensions} is null
   * @throws SessionValidationException if the id is empty or too long, the node is its own parent, or an
   *     extension is named like a node member ({@link NodeMember})
   */
  public GroupNode {
    Checks checks = NodeChecks.common(id, parent, transform, extensions);
    checks.throwIfAny();
  }

  /**
   * A visible root group at the origin.
   *
   * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
   * @return a group without parent or name, not transformed
   * @throws SessionValidationException if the id is empty or too long
   */
  public static GroupNode root(String id) {
    return new GroupNode(id, null, null, true, Transform.IDENTITY, Extensions.EMPTY);
  }

  /**
   * A visible group at the parent's origin.
   *
   * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
   * @param parent the parent node's id, or {@code null} for a root; not the node's own id
   * @return a group without name, not transformed
   * @throws SessionValidationException if the id is empty or too long, or the node is its own parent
   */
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
