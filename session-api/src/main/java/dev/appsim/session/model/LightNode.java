package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A light source in the room; its parameters are in {@link Light}.
 *
 * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
 * @param parent the parent node's id, or {@code null} for a root; not the node's own id
 * @param name the display name, or {@code null} for none
 * @param visible whether the node is shown
 * @param transform where the node sits relative to its parent
 * @param light the light's parameters
 * @param extensions members the format does not define, kept for round trips
 */
public record LightNode(
    String id,
    @Nullable String parent,
    @Nullable String name,
    boolean visible,
    Transform transform,
    Light light,
    Extensions extensions) implements SceneNode {

  /**
   * Checks the rules every node shares.
   *
   * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
   * @param parent the parent node's id, or {@code null} for a root; not the node's own id
   * @param name the display name, or {@code null} for none
   * @param visible whether the node is shown
   * @param transform where the node sits relative to its parent
   * @param light the light's parameters
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code id}, {@code transform}, {@code light} or {@code extensions}
   *     is null
   * @throws SessionValidationException if the id is empty or too long, the node is its own parent, or an
   *     extension is named like a node member ({@link NodeMember})
   */
  public LightNode {
    Checks checks = NodeChecks.common(id, parent, transform, extensions);
    requireNonNull(light, "light is null");
    checks.throwIfAny();
  }

  /**
   * A visible light with the given transform.
   *
   * @param id the id, 1 to {@link SceneNode#MAX_ID_LENGTH} UTF-16 chars, unique in the scene
   * @param parent the parent node's id, or {@code null} for a root; not the node's own id
   * @param light the light's parameters
   * @param transform where the node sits relative to its parent
   * @return a visible light without name or extensions
   * @throws SessionValidationException if a rule is broken (see the canonical constructor)
   */
  public static LightNode of(String id, @Nullable String parent, Light light, Transform transform) {
    return new LightNode(id, parent, null, true, transform, light, Extensions.EMPTY);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.LIGHT;
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.light(this);
  }

  @Override
  public LightNode withParent(@Nullable String newParent) {
    return new LightNode(id, newParent, name, visible, transform, light, extensions);
  }

  @Override
  public LightNode withTransform(Transform newTransform) {
    return new LightNode(id, parent, name, visible, newTransform, light, extensions);
  }

  @Override
  public LightNode withVisible(boolean newVisible) {
    return new LightNode(id, parent, name, newVisible, transform, light, extensions);
  }

  /**
   * This node with other light parameters, e.g. a dimmer lamp.
   *
   * @param newLight the light's parameters; not null
   * @return a copy with {@code newLight}
   * @throws NullPointerException if {@code newLight} is null
   */
  public LightNode withLight(Light newLight) {
    return new LightNode(id, parent, name, visible, transform, newLight, extensions);
  }
}
