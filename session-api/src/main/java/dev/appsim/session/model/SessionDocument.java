package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A whole simulator session: the virtual room's scene graph, the UI's gizmo and panel state, the
 * observed geometry cache (inline or in a sidecar file), descriptive metadata, and any members a
 * newer format minor added that this version does not know ({@link #extensions()}).
 *
 * <p>Construction checks the rules that span parts of the document (the gizmo selection names
 * existing nodes); each part checks its own rules when it is built. Everything is immutable:
 * <pre>{@code
 * SessionDocument doc = SessionDocument.builder()
 *     .metadata(Metadata.named("Living room"))
 *     .scene(SceneGraph.of(
 *         GroupNode.root("room"),
 *         ModelNode.of("sofa", "room", "models/sofa.gltf", Transform.translation(0, 0, -2)),
 *         LightNode.of("lamp", "room", Light.of(LightType.POINT, 600), Transform.translation(1.2, 1.6, -1.5))))
 *     .build();
 * SessionDocument moved = doc.withScene(doc.scene().withTransform("lamp", Transform.translation(0, 2, 0)));
 * SessionDocument withoutSofa = moved.withoutSubtree("sofa");    // also leaves the gizmo selection
 * }</pre>
 *
 * <p>Immutable and thread-safe, like every part of it.
 *
 * @param formatVersion the format version the document follows or was read as
 * @param metadata the descriptive data
 * @param scene the nodes of the virtual room
 * @param gizmos the UI's gizmo and panel state, or {@code null} if the file has none
 * @param geometryCache the observed geometry cache, inline or external, or {@code null} if the file
 *     has none
 * @param extensions members of the root object the format does not define, kept for round trips
 */
public record SessionDocument(
    FormatVersion formatVersion,
    Metadata metadata,
    SceneGraph scene,
    @Nullable GizmoState gizmos,
    @Nullable GeometryCacheSource geometryCache,
    Extensions extensions) {

  /** The value of the root {@code format} member. */
  public static final String FORMAT = "appsim.session";

  /**
   * Checks the rules that span parts of the document.
   *
   * @param formatVersion the format version
   * @param metadata the descriptive data
   * @param scene the nodes of the virtual room
   * @param gizmos the UI's gizmo and panel state, or {@code null}
   * @param geometryCache the observed geometry cache, or {@code null}
   * @param extensions members of the root object the format does not define
   * @throws NullPointerException if {@code formatVersion}, {@code metadata}, {@code scene} or
   *     {@code extensions} is null
   * @throws SessionValidationException if the gizmo selection names nodes the scene lacks, or an
   *     extension is named like a member the format defines
   */
  public SessionDocument {
    requireNonNull(formatVersion, "formatVersion is null");
    requireNonNull(metadata, "metadata is null");
    requireNonNull(scene, "scene is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "format", "formatVersion", "metadata", "scene", "gizmos", "geometryCache");
    Checks checks = new Checks();
    RoomGizmos room = gizmos == null ? null : gizmos.room();
    if (room != null) {
      for (int i = 0; i < room.selection().size(); i++) {
        String id = room.selection().get(i);
        if (scene.node(id).isEmpty()) {
          checks.add("/gizmos/room/selection/" + i, "unknown node \"" + id + "\"");
        }
      }
    }
    checks.throwIfAny();
  }

  /**
   * A builder with the defaults: {@link FormatVersion#CURRENT}, metadata with an empty name, an empty
   * scene, no gizmos, no geometry cache, no extensions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a new builder holding this document's parts, to change some of them} */
  public Builder toBuilder() {
    return new Builder()
        .formatVersion(formatVersion)
        .metadata(metadata)
        .scene(scene)
        .gizmos(gizmos)
        .geometryCache(geometryCache)
        .extensions(extensions);
  }

  /**
   * Every file reference in the document, in document order, with its JSON Pointer: model
   * assets ({@code /scene/nodes/N/asset}) and an external geometry cache
   * ({@code /geometryCache/source}).
   *
   * @return the references, unmodifiable; empty when the document references no file
   */
  public List<AssetRef> assetRefs() {
    List<AssetRef> refs = new ArrayList<>();
    withAssetPaths(ref -> {
      refs.add(ref);
      return ref.path();
    });
    return List.copyOf(refs);
  }

  /**
   * A copy whose every file reference is replaced by {@code newPath.apply(ref)}, e.g. to make
   * paths archive-relative when packaging a room, or absolute again when unpacking it. Returns
   * this document when no path changes.
   *
   * @param newPath the new path for each reference, called once per reference in document order;
   *     returns the path unchanged to keep it, never null
   * @return the new document, or this one when no path changes
   * @throws NullPointerException if {@code newPath} is null or returns null
   * @throws SessionValidationException if {@code newPath} returns an empty path
   */
  public SessionDocument withAssetPaths(Function<AssetRef, String> newPath) {
    requireNonNull(newPath, "newPath is null");
    // The one walk over the document's asset sites: assetRefs() is this walk changing nothing.
    List<SceneNode> nodes = scene.nodes();
    List<SceneNode> mapped = new ArrayList<>(nodes.size());
    boolean changed = false;
    for (int i = 0; i < nodes.size(); i++) {
      SceneNode node = nodes.get(i);
      SceneNode moved = node.accept(new AssetSite("/scene/nodes/" + i, newPath));
      changed |= moved != node;
      mapped.add(moved);
    }
    GeometryCacheSource cache = geometryCache;
    if (cache instanceof ExternalGeometryCache external) {
      AssetRef ref = new AssetRef("/geometryCache/source", external.source(), AssetRole.GEOMETRY_CACHE);
      String path = requireNonNull(newPath.apply(ref), "newPath returned null");
      if (!path.equals(external.source())) {
        cache = external.withSource(path);
        changed = true;
      }
    }
    if (!changed) {
      return this;
    }
    return new SessionDocument(formatVersion, metadata, new SceneGraph(mapped, scene.extensions()), gizmos, cache,
        extensions);
  }

  /** The file reference a node kind holds, if any, replaced by the new path; the same node when unchanged. */
  private record AssetSite(String nodePointer, Function<AssetRef, String> newPath) implements NodeVisitor<SceneNode> {
    @Override
    public SceneNode group(GroupNode node) {
      return node;
    }

    @Override
    public SceneNode model(ModelNode node) {
      AssetRef ref = new AssetRef(nodePointer + NodeMember.ASSET.pointer(), node.asset(), AssetRole.MODEL);
      String path = requireNonNull(newPath.apply(ref), "newPath returned null");
      return path.equals(node.asset()) ? node : node.withAsset(path);
    }

    @Override
    public SceneNode light(LightNode node) {
      return node;
    }

    @Override
    public SceneNode anchor(AnchorNode node) {
      return node;
    }
  }

  /**
   * A copy without node {@code id} and everything below it, whose ids also leave the gizmo
   * selection (a selection naming a removed node would make the document invalid); unknown ids
   * leave the document unchanged.
   *
   * @param id the id of the subtree's root
   * @return the new document, or this one for an unknown id
   * @throws NullPointerException if {@code id} is null
   */
  public SessionDocument withoutSubtree(String id) {
    requireNonNull(id, "id is null");
    List<SceneNode> removed = scene.subtree(id);
    return removed.isEmpty() ? this : without(scene.withoutSubtree(id), removed);
  }

  /**
   * A copy without the leaf node {@code id}, which also leaves the gizmo selection; unknown ids
   * leave the document unchanged.
   *
   * @param id the id of the leaf node
   * @return the new document, or this one for an unknown id
   * @throws IllegalArgumentException if the node has children: removing it alone would orphan
   *     them, so remove them first or use {@link #withoutSubtree(String)}
   * @throws NullPointerException if {@code id} is null
   */
  public SessionDocument withoutNode(String id) {
    requireNonNull(id, "id is null");
    Optional<SceneNode> node = scene.node(id);
    if (node.isEmpty()) {
      return this;
    }
    List<SceneNode> children = scene.childrenOf(id);
    if (!children.isEmpty()) {
      throw new IllegalArgumentException("node \"" + id + "\" has " + children.size()
          + (children.size() == 1 ? " child" : " children") + " (first \"" + children.get(0).id()
          + "\"); remove them first, or remove the whole subtree with withoutSubtree(\"" + id + "\")");
    }
    return without(scene.withoutSubtree(id), List.of(node.get()));
  }

  private SessionDocument without(SceneGraph remaining, List<SceneNode> removed) {
    GizmoState newGizmos = gizmos;
    RoomGizmos room = gizmos == null ? null : gizmos.room();
    if (room != null) {
      Set<String> ids = new HashSet<>();
      removed.forEach(n -> ids.add(n.id()));
      List<String> selection = room.selection().stream().filter(s -> !ids.contains(s)).toList();
      if (selection.size() != room.selection().size()) {
        newGizmos = gizmos.withRoom(room.withSelection(selection));
      }
    }
    return new SessionDocument(formatVersion, metadata, remaining, newGizmos, geometryCache, extensions);
  }

  /**
   * {@return a copy with {@code newScene}}
   *
   * @param newScene the nodes of the virtual room; not null
   * @throws NullPointerException if {@code newScene} is null
   * @throws SessionValidationException if the gizmo selection names a node {@code newScene} lacks
   */
  public SessionDocument withScene(SceneGraph newScene) {
    return new SessionDocument(formatVersion, metadata, newScene, gizmos, geometryCache, extensions);
  }

  /**
   * {@return a copy with {@code newMetadata}}
   *
   * @param newMetadata the descriptive data; not null
   * @throws NullPointerException if {@code newMetadata} is null
   */
  public SessionDocument withMetadata(Metadata newMetadata) {
    return new SessionDocument(formatVersion, newMetadata, scene, gizmos, geometryCache, extensions);
  }

  /**
   * {@return a copy with {@code newGizmos}}
   *
   * @param newGizmos the UI's gizmo and panel state, or {@code null} for none
   * @throws SessionValidationException if its selection names a node the scene lacks
   */
  public SessionDocument withGizmos(@Nullable GizmoState newGizmos) {
    return new SessionDocument(formatVersion, metadata, scene, newGizmos, geometryCache, extensions);
  }

  /**
   * {@return a copy with {@code newCache}}
   *
   * @param newCache the observed geometry cache, inline or external, or {@code null} for none
   */
  public SessionDocument withGeometryCache(@Nullable GeometryCacheSource newCache) {
    return new SessionDocument(formatVersion, metadata, scene, gizmos, newCache, extensions);
  }

  /**
   * Collects the parts of a {@link SessionDocument}; {@link #build()} validates.
   *
   * Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private FormatVersion formatVersion = FormatVersion.CURRENT;
    private Metadata metadata = Metadata.named("");
    private SceneGraph scene = SceneGraph.EMPTY;
    private @Nullable GizmoState gizmos;
    private @Nullable GeometryCacheSource geometryCache;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    /**
     * Default {@link FormatVersion#CURRENT}.
     *
     * @param value the format version; not null
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder formatVersion(FormatVersion value) {
      this.formatVersion = requireNonNull(value, "formatVersion is null");
      return this;
    }

    /**
     * Default: an empty name and nothing else.
     *
     * @param value the descriptive data; not null
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder metadata(Metadata value) {
      this.metadata = requireNonNull(value, "metadata is null");
      return this;
    }

    /**
     * Default: no nodes.
     *
     * @param value the nodes of the virtual room; not null
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder scene(SceneGraph value) {
      this.scene = requireNonNull(value, "scene is null");
      return this;
    }

    /**
     * Default: none.
     *
     * @param value the UI's gizmo and panel state, or {@code null} for none
     * @return this builder
     */
    public Builder gizmos(@Nullable GizmoState value) {
      this.gizmos = value;
      return this;
    }

    /**
     * Default: none.
     *
     * @param value the observed geometry cache, or {@code null} for none
     * @return this builder
     */
    public Builder geometryCache(@Nullable GeometryCacheSource value) {
      this.geometryCache = value;
      return this;
    }

    /**
     * Default: none.
     *
     * @param value members of the root object the format does not define; not null
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder extensions(Extensions value) {
      this.extensions = requireNonNull(value, "extensions is null");
      return this;
    }

    /**
     * @return the document
     * @throws SessionValidationException if the parts break a cross-part rule
     */
    public SessionDocument build() {
      return new SessionDocument(formatVersion, metadata, scene, gizmos, geometryCache, extensions);
    }
  }
}
