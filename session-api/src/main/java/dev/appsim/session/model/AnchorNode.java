package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A persistent spatial anchor: a fixed point in the room that content is attached to.
 *
 * @param anchorId the platform's own id of the anchor, e.g. a UUID
 */
public record AnchorNode(
    String id,
    @Nullable String parent,
    @Nullable String name,
    boolean visible,
    Transform transform,
    String anchorId,
    Extensions extensions) implements SceneNode {

  public AnchorNode {
    Checks checks = NodeChecks.common(id, parent, transform, extensions);
    requireNonNull(anchorId, "anchorId is null");
    if (anchorId.isEmpty()) {
      checks.add(NodeMember.ANCHOR_ID.pointer(), "anchorId must not be empty");
    }
    checks.throwIfAny();
  }

  /** A visible anchor with the given transform. */
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
