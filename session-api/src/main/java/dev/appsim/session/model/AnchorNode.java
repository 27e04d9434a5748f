package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A persistent spatial anchor: a fixed point in the room that content is attached to.
 *
 * @param anchorId the platform's own id of the anchor, e.g. a UUID
 * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
 * @param parent the parent node's id, or {@code null} for a root; not the node's own id
 * @param name the display name, or {@code null} for none
 * @param visible whether the node is shown
 * @param transform where the node sits relative to its parent
 * @param extensions members the format does not define, kept for round trips
 */
public record AnchorNode(
    String id,
    @Nullable String parent,
    @Nullable String name,
    boolean visible,
    Transform transform,
    String anchorId,
    Extensions extensions) implements SceneNode {

  /**
   * Checks the rules every node shares and that the anchor id is not empty.
   *
   * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
   * @param parent the parent node's id, or {@code null} for a root; not the node's own id
   * @param name the display name, or {@code null} for none
   * @param visible whether the node is shown
   * @param transform where the node sits relative to its parent
   * @param anchorId the platform's id of the anchor; not empty
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code id}, {@code transform}, {@code anchorId} or
   *     {@code extensions} is null
   * @throws SessionValidationException if {@code anchorId} is empty, or if the id is empty or too long, the
   *     node is its own parent, or an extension is named like a node member ({@link NodeMember})
   */
  public AnchorNode {
    Checks checks = NodeChecks.common(id, parent, transform, extensions);
    requireNonNull(anchorId, "anchorId is null");
    if (anchorId.isEmpty()) {
      checks.add(NodeMember.ANCHOR_ID.pointer(), "anchorId must not be empty");
    }
    checks.throwIfAny();
  }

  /**
   * A visible anchor with the given transform.
   *
   * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
   * @param parent the parent node's id, or {@code null} for a root; not the node's own id
   * @param anchorId the platform's id of the anchor; not empty
   * @param transform where the node sits relative to its parent
   * @return a visible anchor without name or extensions
   * @throws SessionValidationException if a rule is broken (see the canonical constructor)
   */
  public static AnchorNode of(String id, @Nullable String parent, String anchorId, Transform transform) {
    return new AnchorNode(id, parent, null, true, transform, anchorId, Extensions.EMPTY);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.ANCHOR;
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.anchor(this);
  }

  @Override
  public AnchorNode withParent(@Nullable String newParent) {
    return new AnchorNode(id, newParent, name, visible, transform, anchorId, extensions);
  }

  @Override
  public AnchorNode withTransform(Transform newTransform) {
    return new AnchorNode(id, parent, name, visible, newTransform, anchorId, extensions);
  }

  @Override
  public AnchorNode withVisible(boolean newVisible) {
    return new AnchorNode(id, parent, name, newVisible, transform, anchorId, extensions);
  }
}
