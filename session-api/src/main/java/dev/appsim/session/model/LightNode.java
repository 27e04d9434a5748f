package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** A light source in the room; its parameters are in {@link Light}. */
public record LightNode(
    String id,
    @Nullable String parent,
    @Nullable String name,
    boolean visible,
    Transform transform,
    Light light,
    Extensions extensions) implements SceneNode {

  public LightNode {
    Checks checks = NodeChecks.common(id, parent, transform, extensions);
    requireNonNull(light, "light is null");
    checks.throwIfAny();
  }

  /** A visible light with the given transform. */
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

  /** This node with other light parameters, e.g. a dimmer lamp. */
  public LightNode withLight(Light newLight) {
    return new LightNode(id, parent, name, visible, transform, newLight, extensions);
  }
}
