package dev.appsim.session.testkit.jqwik;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.model.AnchorNode;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GeometryCacheSource;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.Panels;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec3;
import dev.appsim.session.testkit.jqwik.internal.AssetPaths;
import dev.appsim.session.testkit.jqwik.internal.Caches;
import dev.appsim.session.testkit.jqwik.internal.DefaultDocumentArbitrary;
import dev.appsim.session.testkit.jqwik.internal.DefaultExtensionsArbitrary;
import dev.appsim.session.testkit.jqwik.internal.DefaultMeshBlockArbitrary;
import dev.appsim.session.testkit.jqwik.internal.DefaultSceneGraphArbitrary;
import dev.appsim.session.testkit.jqwik.internal.ExtensionValues;
import dev.appsim.session.testkit.jqwik.internal.Geometry;
import dev.appsim.session.testkit.jqwik.internal.Gizmos;
import dev.appsim.session.testkit.jqwik.internal.Metas;
import dev.appsim.session.testkit.jqwik.internal.Nodes;
import dev.appsim.session.testkit.jqwik.internal.Settings;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for every type of the session model. Every generated value is valid (its
 * constructor accepts it) and shrinks toward small, readable values: few nodes, identity
 * transforms, short ASCII ids, empty extensions.
 *
 * <pre>{@code
 * @Property
 * void survivesMyTool(@ForAll("sessions") SessionDocument doc) { ... }
 *
 * @Provide
 * Arbitrary<SessionDocument> sessions() {
 *   return SessionArbitraries.documents().withNodes(0, 30).withVertices(0, 5_000).nasty();
 * }
 * }</pre>
 *
 * <p>The factories without a {@link ValueStyle} draw {@link ValueStyle#PLAIN} values. Standalone
 * nodes are roots (no parent): parents only make sense inside a {@link #sceneGraphs() graph}.
 */
public final class SessionArbitraries {
  private SessionArbitraries() {}

  private static Settings settings(ValueStyle style) {
    return Settings.DEFAULT.withNasty(requireNonNull(style, "style is null") == ValueStyle.NASTY);
  }

  /**
   * {@return an arbitrary of whole documents with scene, gizmos, geometry cache and extensions; see
   * {@link DocumentArbitrary}}
   */
  public static DocumentArbitrary documents() {
    return new DefaultDocumentArbitrary(Settings.DEFAULT);
  }

  /**
   * {@return an arbitrary of acyclic scene graphs with existing parents, in shuffled file order}
   */
  public static SceneGraphArbitrary sceneGraphs() {
    return new DefaultSceneGraphArbitrary(Settings.DEFAULT);
  }

  /** {@return an arbitrary of root nodes of every kind} */
  public static Arbitrary<SceneNode> nodes() {
    return nodes(ValueStyle.PLAIN);
  }

  /**
   * Root nodes of every kind.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<SceneNode> nodes(ValueStyle style) {
    return Nodes.any(settings(style));
  }

  /**
   * Group nodes, as roots.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<GroupNode> groupNodes(ValueStyle style) {
    return Nodes.groups(settings(style)).map(GroupNode.class::cast);
  }

  /**
   * Model nodes, as roots.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<ModelNode> modelNodes(ValueStyle style) {
    return Nodes.models(settings(style)).map(ModelNode.class::cast);
  }

  /**
   * Light nodes, as roots.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<LightNode> lightNodes(ValueStyle style) {
    return Nodes.lights(settings(style)).map(LightNode.class::cast);
  }

  /**
   * Anchor nodes, as roots.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<AnchorNode> anchorNodes(ValueStyle style) {
    return Nodes.anchors(settings(style)).map(AnchorNode.class::cast);
  }

  /**
   * Transforms with unit quaternions and non-zero scales; a third are the identity.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<Transform> transforms(ValueStyle style) {
    return Geometry.transforms(style == ValueStyle.NASTY, extensions(style));
  }

  /**
   * Unit quaternions (norm 1 within {@link Quaternion#NORM_TOLERANCE}).
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<Quaternion> rotations(ValueStyle style) {
    return Geometry.rotations(style == ValueStyle.NASTY);
  }

  /**
   * Finite vectors.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<Vec3> vectors(ValueStyle style) {
    return Geometry.vec3(style == ValueStyle.NASTY);
  }

  /**
   * Poses: finite positions, unit rotations.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<Pose> poses(ValueStyle style) {
    return Geometry.poses(style == ValueStyle.NASTY, extensions(style));
  }

  /**
   * Light parameters: ranges only for point and spot lights, cones only for spots, inner {@code <=}
   * outer.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<Light> lights(ValueStyle style) {
    return Nodes.lightParameters(settings(style));
  }

  /**
   * UI state whose room selection is drawn from {@code nodeIds}, so that it is valid in a document
   * whose scene has those nodes.
   *
   * @param nodeIds the ids the selection is drawn from
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<GizmoState> gizmoStates(List<String> nodeIds, ValueStyle style) {
    return Gizmos.states(settings(style), List.copyOf(nodeIds));
  }

  /**
   * Room gizmos whose selection is drawn from {@code nodeIds}.
   *
   * @param nodeIds the ids the selection is drawn from
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<RoomGizmos> roomGizmos(List<String> nodeIds, ValueStyle style) {
    return Gizmos.rooms(settings(style), List.copyOf(nodeIds));
  }

  /**
   * The property panels: head pose, controller, hands, eyes and layout.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<Panels> panels(ValueStyle style) {
    return Gizmos.panels(settings(style));
  }

  /** {@return an arbitrary of mesh blocks; see {@link MeshBlockArbitrary}} */
  public static MeshBlockArbitrary meshBlocks() {
    return new DefaultMeshBlockArbitrary(Settings.DEFAULT);
  }

  /**
   * Planes of a geometry cache.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<Plane> planes(ValueStyle style) {
    return Caches.planes(settings(style));
  }

  /**
   * Inline caches with up to three mesh blocks and three planes, ids unique.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<GeometryCache> geometryCaches(ValueStyle style) {
    return Caches.inline(settings(style));
  }

  /**
   * Sidecar references {@code {"source": PATH}}.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<ExternalGeometryCache> externalGeometryCaches(ValueStyle style) {
    return Caches.external(settings(style));
  }

  /**
   * Inline (three times out of four) or external caches.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<GeometryCacheSource> geometryCacheSources(ValueStyle style) {
    return Caches.sources(settings(style));
  }

  /**
   * Session metadata: names, generators, timestamps.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<Metadata> metadata(ValueStyle style) {
    return Metas.metadata(settings(style));
  }

  /**
   * UTC instants at second, millisecond or nanosecond precision; plain 2020-2030, nasty years
   * 0001-9999 (the four-digit years of RFC 3339).
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<Instant> instants(ValueStyle style) {
    return Metas.instants(style == ValueStyle.NASTY);
  }

  /**
   * {@return an arbitrary of unknown members; empty three times out of four. See {@link
   * ExtensionsArbitrary}}
   */
  public static ExtensionsArbitrary extensions() {
    return new DefaultExtensionsArbitrary(Settings.DEFAULT);
  }

  private static Arbitrary<dev.appsim.session.model.Extensions> extensions(ValueStyle style) {
    return ExtensionValues.extensions(Settings.DEFAULT.extensionDepth(), style == ValueStyle.NASTY);
  }

  /**
   * Model asset paths as saving tools write them: relative, Windows, UNC, POSIX, {@code ~}, {@code
   * file:}, env vars.
   *
   * @param style plain or nasty values
   * @return the arbitrary
   */
  public static Arbitrary<String> modelPaths(ValueStyle style) {
    return AssetPaths.models(style == ValueStyle.NASTY);
  }
}
