package dev.appsim.session.view.internal;

import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every node's map from its local frame to the world (its parents' transforms applied in turn),
 * and whether it is shown: a node is hidden when it or any ancestor is. Parent chains are walked
 * iteratively and each node is computed once, so deep chains cost linear time and no stack.
 */
final class WorldTransforms {
  private final Map<String, Affine> world = new HashMap<>();
  private final Map<String, Boolean> shown = new HashMap<>();

  public WorldTransforms(SceneGraph scene) {
    for (SceneNode node : scene.nodes()) {
      List<SceneNode> pending = new ArrayList<>();
      SceneNode current = node;
      while (current != null && !world.containsKey(current.id())) {
        pending.add(current);
        current = current.parent() == null ? null : scene.node(current.parent()).orElse(null);
      }
      for (int i = pending.size() - 1; i >= 0; i--) {
        SceneNode n = pending.get(i);
        Affine parent = n.parent() == null ? Affine.IDENTITY : world.get(n.parent());
        boolean parentShown = n.parent() == null || shown.get(n.parent());
        world.put(n.id(), parent.then(Affine.of(n.transform())));
        shown.put(n.id(), parentShown && n.visible());
      }
    }
  }

  /** The node's local-to-world map; the node must be in the scene. */
  public Affine of(SceneNode node) {
    return world.get(node.id());
  }

  /** Whether the node and all its ancestors are visible. */
  public boolean shown(SceneNode node) {
    return shown.get(node.id());
  }
}
