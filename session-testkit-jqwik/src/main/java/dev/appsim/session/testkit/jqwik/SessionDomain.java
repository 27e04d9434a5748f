package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GeometryCacheSource;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.Panels;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec3;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain that makes {@code @ForAll} work for the model types with plain values and
 * default sizes:
 *
 * <pre>{@code
 * @Property
 * @Domain(SessionDomain.class)
 * void keepsEveryNode(@ForAll SessionDocument doc, @ForAll Transform moved) { ... }
 * }</pre>
 *
 * For other sizes or nasty values use {@link SessionArbitraries} in a {@code @Provide} method.
 */
public class SessionDomain extends DomainContextBase {
  /** Made by jqwik for the properties that name this domain in {@code @Domain}. */
  public SessionDomain() {}

  @Provide
  Arbitrary<SessionDocument> documents() {
    return SessionArbitraries.documents();
  }

  @Provide
  Arbitrary<SceneGraph> sceneGraphs() {
    return SessionArbitraries.sceneGraphs();
  }

  @Provide
  Arbitrary<SceneNode> nodes() {
    return SessionArbitraries.nodes();
  }

  @Provide
  Arbitrary<Transform> transforms() {
    return SessionArbitraries.transforms(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<Quaternion> rotations() {
    return SessionArbitraries.rotations(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<Vec3> vectors() {
    return SessionArbitraries.vectors(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<Pose> poses() {
    return SessionArbitraries.poses(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<Light> lights() {
    return SessionArbitraries.lights(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<Panels> panels() {
    return SessionArbitraries.panels(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<MeshBlock> meshBlocks() {
    return SessionArbitraries.meshBlocks();
  }

  @Provide
  Arbitrary<Plane> planes() {
    return SessionArbitraries.planes(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<GeometryCache> geometryCaches() {
    return SessionArbitraries.geometryCaches(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<GeometryCacheSource> geometryCacheSources() {
    return SessionArbitraries.geometryCacheSources(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<Metadata> metadata() {
    return SessionArbitraries.metadata(ValueStyle.PLAIN);
  }

  @Provide
  Arbitrary<Extensions> extensions() {
    return SessionArbitraries.extensions();
  }
}
