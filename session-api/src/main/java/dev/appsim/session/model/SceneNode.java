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

  String id();

  /** Id of the parent node, or {@code null} for a root. */
  @Nullable String parent();

  @Nullable String name();

  boolean visible();

  Transform transform();

  Extensions extensions();

  NodeKind kind();

  /** Calls the {@code visitor} method for this node's kind and returns what it returns. */
  <R> R accept(NodeVisitor<R> visitor);

  /** This node re-attached under {@code newParent} ({@code null} makes it a root). */
  SceneNode withParent(@Nullable String newParent);

  /** This node with a new transform, e.g. after moving it in the room. */
  SceneNode withTransform(Transform newTransform);

  /** This node shown or hidden. */
  SceneNode withVisible(boolean newVisible);
}
