package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A 3D model placed in the room, loaded from a file ({@code .gltf}, {@code .glb}, {@code .obj}, {@code .fbx}...).
 *
 * @param asset the path exactly as the saving tool wrote it (see FORMAT.md 1.3); the model never
 *     resolves it, {@code session-room} does
 */
public record ModelNode(
    String id,
    @Nullable String parent,
    @Nullable String name,
    boolean visible,
    Transform transform,
    String asset,
    Extensions extensions) implements SceneNode {

  public ModelNode {
    Checks checks = NodeChecks.common(id, parent, transform, extensions);
    requireNonNull(asset, "asset is null");
    if (asset.isEmpty()) {
      checks.add(NodeMember.ASSET.pointer(), "asset path must not be empty");
    }
    checks.throwIfAny();
  }

  /** A visible model with the given transform. */
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

  /** This model loading from another path, e.g. after packaging rewrote it. */
  public ModelNode withAsset(String newAsset) {
    return new ModelNode(id, parent, name, visible, transform, newAsset, extensions);
  }
}
