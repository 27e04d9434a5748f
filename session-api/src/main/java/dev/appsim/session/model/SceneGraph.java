package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The objects of the simulator's virtual room as a forest: nodes in file order, each with a
 * unique id and an optional parent. Construction checks that ids are unique, every parent
 * exists and no parent chain loops, reporting every violation with a pointer relative to the
 * scene ({@code /nodes/4/parent}).
 *
 * <p>Edits return new graphs and keep these invariants:
 * <pre>{@code
 * SceneGraph moved = scene.withNode(scene.node("lamp").orElseThrow()
 *     .withTransform(Transform.translation(1, 1.6, -1)));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SceneGraph {
  /** A scene without nodes. */
  public static final SceneGraph EMPTY = new SceneGraph(List.of(), Extensions.EMPTY);

  private final List<SceneNode> nodes;
  private final Extensions extensions;
  private final Map<String, SceneNode> byId;
  private final Map<String, Integer> indexById;
  private final Map<String, List<SceneNode>> childrenById;

  /**
   * Checks the graph's invariants.
   *
   * @param nodes the nodes in file order; copied
   * @param extensions members of the scene object the format does not define, kept for round trips
   * @throws NullPointerException if {@code nodes}, a node, or {@code extensions} is null
   * @throws SessionValidationException listing every duplicate id, unknown parent and cycle, or if
   *     an extension is named {@code nodes}
   */
  public SceneGraph(List<SceneNode> nodes, Extensions extensions) {
    this.nodes = List.copyOf(requireNonNull(nodes, "nodes is null"));
    this.extensions = requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "nodes");
    Checks checks = new Checks();
    Map<String, SceneNode> ids = new LinkedHashMap<>();
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < this.nodes.size(); i++) {
      SceneNode node = this.nodes.get(i);
      Integer first = indexes.putIfAbsent(node.id(), i);
      if (first != null) {
        checks.add("/nodes/" + i + "/id", "duplicate node id \"" + node.id() + "\" (first used by node " + first + ")");
      } else {
        ids.put(node.id(), node);
      }
    }
    Map<String, List<SceneNode>> children = new HashMap<>();
    for (int i = 0; i < this.nodes.size(); i++) {
      SceneNode node = this.nodes.get(i);
      String parent = node.parent();
      if (parent == null) {
        continue;
      }
      if (!ids.containsKey(parent)) {
        checks.add("/nodes/" + i + "/parent", "unknown node \"" + parent + "\"");
      } else if (indexes.get(node.id()) == i) {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
      }
    }
    if (checks.isEmpty()) {
      findCycles(ids, indexes, checks);
    }
    checks.throwIfAny();
    this.byId = Collections.unmodifiableMap(ids);
    this.indexById = Collections.unmodifiableMap(indexes);
    Map<String, List<SceneNode>> frozen = new HashMap<>();
    children.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.childrenById = Collections.unmodifiableMap(frozen);
  }

  /**
   * A graph without extensions.
   *
   * @param nodes the nodes in file order; copied
   * @throws NullPointerException if {@code nodes} or a node is null
   * @throws SessionValidationException listing every duplicate id, unknown parent and cycle
   */
  public SceneGraph(List<SceneNode> nodes) {
    this(nodes, Extensions.EMPTY);
  }

  /**
   * A graph of these nodes, in this order.
   *
   * @param nodes the nodes in file order
   * @return the graph, without extensions
   * @throws NullPointerException if a node is null
   * @throws SessionValidationException listing every duplicate id, unknown parent and cycle
   */
  public static SceneGraph of(SceneNode... nodes) {
    return new SceneGraph(List.of(nodes));
  }

  // Walks each parent chain once; a node seen again on the current walk closes a loop.
  private static void findCycles(Map<String, SceneNode> ids, Map<String, Integer> indexes, Checks checks) {
    Set<String> done = new HashSet<>();
    for (SceneNode start : ids.values()) {
      List<String> walk = new ArrayList<>();
      Set<String> onWalk = new HashSet<>();
      String current = start.id();
      while (current != null && !done.contains(current)) {
        if (!onWalk.add(current)) {
          List<String> loop = walk.subList(walk.indexOf(current), walk.size());
          checks.add("/nodes/" + indexes.get(current) + "/parent",
              "parent cycle " + String.join(" -> ", loop) + " -> " + current);
          break;
        }
        walk.add(current);
        current = ids.get(current).parent();
      }
      done.addAll(walk);
    }
  }

  /**
   * Every node, in file order.
   *
   * @return the nodes, unmodifiable
   */
  public List<SceneNode> nodes() {
    return nodes;
  }

  /** {@return the members of the scene object that the format does not define, kept for round trips} */
  public Extensions extensions() {
    return extensions;
  }

  /** {@return the number of nodes} */
  public int size() {
    return nodes.size();
  }

  /**
   * The node with id {@code id}.
   *
   * @param id the node's id
   * @return the node, or empty if there is none with that id
   */
  public Optional<SceneNode> node(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Position of the node in {@link #nodes()}, or -1: the index used in JSON Pointers.
   *
   * @param id the node's id
   * @return the index in {@link #nodes()}, or -1 if there is no node with that id
   */
  public int indexOf(String id) {
    Integer index = indexById.get(id);
    return index == null ? -1 : index;
  }

  /**
   * Nodes without a parent, in file order.
   *
   * @return the roots, unmodifiable; empty only for an empty graph
   */
  public List<SceneNode> roots() {
    return nodes.stream().filter(n -> n.parent() == null).toList();
  }

  /**
   * Direct children of {@code id}, in file order; empty for a leaf or an unknown id.
   *
   * @param id the parent's id
   * @return the children, unmodifiable
   */
  public List<SceneNode> childrenOf(String id) {
    return childrenById.getOrDefault(id, List.of());
  }

  /**
   * The node's chain up to its root: the node itself first, the root last; empty for an unknown id.
   *
   * @param id the node's id
   * @return the chain, unmodifiable
   */
  public List<SceneNode> pathToRoot(String id) {
    List<SceneNode> path = new ArrayList<>();
    for (SceneNode n = byId.get(id); n != null; n = n.parent() == null ? null : byId.get(n.parent())) {
      path.add(n);
    }
    return List.copyOf(path);
  }

  /**
   * The node and everything below it, depth first, parents before children.
   *
   * @param id the id of the subtree's root
   * @return the nodes, unmodifiable; empty for an unknown id
   */
  public List<SceneNode> subtree(String id) {
    List<SceneNode> out = new ArrayList<>();
    SceneNode root = byId.get(id);
    if (root != null) {
      collect(root, out);
    }
    return List.copyOf(out);
  }

  private void collect(SceneNode node, List<SceneNode> out) {
    out.add(node);
    for (SceneNode child : childrenOf(node.id())) {
      collect(child, out);
    }
  }

  /**
   * Nodes of one kind, in file order, e.g. {@code ofType(LightNode.class)}.
   *
   * @param <T> the node type
   * @param type the node class, e.g. {@code ModelNode.class}
   * @return the nodes of that type, unmodifiable
   */
  public <T extends SceneNode> List<T> ofType(Class<T> type) {
    return nodes.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Adds {@code node} at the end, or replaces the node with the same id in place.
   *
   * @param node the node to add or put in place; not null
   * @return the new graph
   * @throws SessionValidationException if the result breaks an invariant (unknown parent, cycle)
   * @throws NullPointerException if {@code node} is null
   */
  public SceneGraph withNode(SceneNode node) {
    requireNonNull(node, "node is null");
    List<SceneNode> copy = new ArrayList<>(nodes);
    int index = indexOf(node.id());
    if (index >= 0) {
      copy.set(index, node);
    } else {
      copy.add(node);
    }
    return new SceneGraph(copy, extensions);
  }

  /**
   * Applies {@code edit} to the node {@code id}; the edit must keep the id.
   *
   * @param id the id of the node to edit
   * @param edit the change; must return a node with the same id, not null
   * @return the new graph
   * @throws IllegalArgumentException if there is no node {@code id}, or the edit changed the id
   * @throws NullPointerException if the edit returned null
   * @throws SessionValidationException if the result breaks an invariant (unknown parent, cycle)
   */
  public SceneGraph withNodeEdited(String id, UnaryOperator<SceneNode> edit) {
    SceneNode node = node(id).orElseThrow(() -> new IllegalArgumentException("no node with id \"" + id + "\""));
    SceneNode edited = requireNonNull(edit.apply(node), "edit returned null");
    if (!edited.id().equals(id)) {
      throw new IllegalArgumentException("edit changed the id \"" + id + "\" to \"" + edited.id() + "\"");
    }
    return withNode(edited);
  }

  /**
   * Moves {@code id} to a new transform relative to its parent.
   *
   * @param id the id of the node to move
   * @param transform the new transform relative to its parent
   * @return the new graph
   * @throws IllegalArgumentException if there is no node {@code id}
   * @throws NullPointerException if {@code transform} is null
   */
  public SceneGraph withTransform(String id, Transform transform) {
    return withNodeEdited(id, n -> n.withTransform(transform));
  }

  /**
   * Removes {@code id} and its whole subtree; unknown ids leave the graph unchanged.
   *
   * @param id the id of the subtree's root
   * @return the new graph, or this graph for an unknown id
   */
  public SceneGraph withoutSubtree(String id) {
    Set<String> removed = new HashSet<>();
    subtree(id).forEach(n -> removed.add(n.id()));
    if (removed.isEmpty()) {
      return this;
    }
    return new SceneGraph(nodes.stream().filter(n -> !removed.contains(n.id())).toList(), extensions);
  }

  /**
   * Every node transformed by {@code mapping} (which must keep ids), e.g. to rewrite asset paths.
   *
   * @param mapping the change per node; must return a node with the same id, not null
   * @return the new graph
   * @throws IllegalArgumentException if the mapping changed an id
   * @throws NullPointerException if the mapping returned null
   * @throws SessionValidationException if the result breaks an invariant (unknown parent, cycle)
   */
  public SceneGraph mapNodes(UnaryOperator<SceneNode> mapping) {
    List<SceneNode> copy = new ArrayList<>(nodes.size());
    for (SceneNode n : nodes) {
      SceneNode mapped = requireNonNull(mapping.apply(n), "mapping returned null");
      if (!mapped.id().equals(n.id())) {
        throw new IllegalArgumentException("mapping changed the id \"" + n.id() + "\" to \"" + mapped.id() + "\"");
      }
      copy.add(mapped);
    }
    return new SceneGraph(copy, extensions);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SceneGraph other && nodes.equals(other.nodes) && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return nodes.hashCode() * 31 + extensions.hashCode();
  }

  @Override
  public String toString() {
    return "SceneGraph[" + nodes.size() + " nodes: " + nodes + (extensions.isEmpty() ? "" : ", " + extensions) + "]";
  }
}
