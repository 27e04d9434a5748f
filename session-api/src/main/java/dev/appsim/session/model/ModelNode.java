package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A 3D model placed in the room, loaded from a file ({@code .gltf}, {@code .glb}, {@code .obj}, {@code
 * .fbx}...).
 *
 * @param asset the path exactly as the saving tool wrote it (see FORMAT.md 1.3); the model never
 *     resolves it, {@code session-room} does
 * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
 * @param parent the parent node's id, or {@code null} for a root; not the node's own id
 * @param name the display name, or {@code null} for none
 * @param visible whether the node is shown
 * @param transform where the node sits relative to its parent
 * @param extensions members the format does not define, kept for round trips
 */
public record ModelNode(
    String id,
    @Nullable String parent,
    @Nullable String name,
    boolean visible,
    Transform transform,
    String asset,
    Extensions extensions) implements SceneNode {

  /**
   * Checks the rules every node shares and that the asset path is not empty.
   *
   * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
   * @param parent the parent node's id, or {@code null} for a root; not the node's own id
   * @param name the display name, or {@code null} for none
   * @param visible whether the node is shown
   * @param transform where the node sits relative to its parent
   * @param asset the model file's path exactly as written; not empty
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code id}, {@code transform}, {@code asset} or {@code extensions}
   *     is null
   * @throws SessionValidationException if {@code asset} is empty, or if the id is empty or too long, the node
   *     is its own parent, or an extension is named like a node member ({@link NodeMember})
   */
  public ModelNode {
    Checks checks = NodeChecks.common(id, parent, transform, extensions);
    requireNonNull(asset, "asset is null");
    if (asset.isEmpty()) {
      checks.add(NodeMember.ASSET.pointer(), "asset path must not be empty");
    }
    checks.throwIfAny();
  }

  /**
   * A visible model with the given transform.
   *
   * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
   * @param parent the parent node's id, or {@code null} for a root; not the node's own id
   * @param asset the model file's path exactly as written; not empty
   * @param transform where the node sits relative to its parent
   * @return a visible model without name or extensions
   * @throws SessionValidationException if a rule is broken (see the canonical constructor)
   */
  public static ModelNode of(String id, @Nullable String parent, String asset, Transform transform) {
    return new ModelNode(id, parent, null, true, transform, asset, Extensions.EMPTY);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.MODEL;
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.model(this);
  }

  @Override
  public ModelNode withParent(@Nullable String newParent) {
    return new ModelNode(id, newParent, name, visible, transform, asset, extensions);
  }

  @Override
  public ModelNode withTransform(Transform newTransform) {
    return new ModelNode(id, parent, name, visible, newTransform, asset, extensions);
  }

  @Override
  public ModelNode withVisible(boolean newVisible) {
    return new ModelNode(id, parent, name, newVisible, transform, asset, extensions);
  }

  /**
   * This model loading from another path, e.g. after packaging rewrote it.
   *
   * @param newAsset the new path exactly as it should be written; not empty
   * @return a copy loading from {@code newAsset}
   * @throws SessionValidationException if {@code newAsset} is empty
   */
  public ModelNode withAsset(String newAsset) {
    return new ModelNode(id, parent, name, visible, transform, newAsset, extensions);
  }
}
