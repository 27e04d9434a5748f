package dev.appsim.session.model;

import org.jspecify.annotations.Nullable;

/**
 * One object in the simulator's virtual room. Every node has an id unique in its scene, an
 * optional parent (absent for a root), an optional display name, a visibility flag and a
 * transform relative to its parent. The kinds are closed: groups, models, lights and anchors.
 *
 * <p>Nodes are immutable; the {@code with...} methods return changed copies.
 */
public sealed interface SceneNode permits GroupNode, ModelNode, LightNode, AnchorNode {
  /** Longest allowed id, in UTF-16 chars. */
  int MAX_ID_LENGTH = 256;

  /** {@return the node's id: 1 to {@link #MAX_ID_LENGTH} UTF-16 chars, unique in its scene} */
  String id();

  /**
   * Id of the parent node, or {@code null} for a root.
   *
   * @return the parent's id, never this node's own id; {@code null} for a root
   */
  @Nullable String parent();

  /** {@return the display name shown in the simulator, or {@code null} for none} */
  @Nullable String name();

  /** {@return whether the node is shown} */
  boolean visible();

  /** {@return where the node sits relative to its parent (to the world for a root)} */
  Transform transform();

  /** {@return the node's members that the format does not define, kept for round trips} */
  Extensions extensions();

  /** {@return the node's kind, matching its subtype} */
  NodeKind kind();

  /**
   * Calls the {@code visitor} method for this node's kind and returns what it returns.
   *
   * @param <R> what the visit returns
   * @param visitor the visitor; not null
   * @return what the visitor's method returned
   */
  <R> R accept(NodeVisitor<R> visitor);

  /**
   * This node re-attached under {@code newParent} ({@code null} makes it a root).
   *
   * @param newParent the id of the new parent, or {@code null}
   * @return a copy of the same kind with that parent
   * @throws SessionValidationException if {@code newParent} is this node's own id
   */
  SceneNode withParent(@Nullable String newParent);

  /**
   * This node with a new transform, e.g. after moving it in the room.
   *
   * @param newTransform the transform relative to the parent; not null
   * @return a copy of the same kind with that transform
   * @throws NullPointerException if {@code newTransform} is null
   */
  SceneNode withTransform(Transform newTransform);

  /**
   * This node shown or hidden.
   *
   * @param newVisible whether the node is shown
   * @return a copy of the same kind, shown or hidden
   */
  SceneNode withVisible(boolean newVisible);
}
