package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GeometryCacheSource;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.LevelOfDetail;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.PlaneSemantic;
import dev.appsim.session.model.Vec2;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Observed geometry: mesh blocks, planes, inline and external caches.
 *
 * <p>Mesh arrays are filled from a seeded {@link Random} rather than from element-wise jqwik
 * lists: a 5,000-vertex block would otherwise box and shrink 15,000 floats one by one. The
 * vertex count, triangle count and seed shrink, so a failing block still shrinks toward few
 * vertices and seed 0.
 */
public final class Caches {
  private static final float[] NASTY_FLOATS = {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, -0.0f,
      Float.MIN_NORMAL, 1e-30f, 16777217f, 0.1f};

  private Caches() {}

  private record Shape(int vertices, int triangles, long seed) {}

  public static Arbitrary<MeshBlock> meshBlocks(Settings s) {
    Arbitrary<Shape> shapes = Combinators.combine(
        Arbitraries.integers().between(s.minVertices(), s.maxVertices()),
        Arbitraries.integers().between(0, Math.max(0, 2 * s.maxVertices())),
        Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as((v, t, seed) -> new Shape(v, v == 0 ? 0 : t % (2 * v + 1), seed));
    return Combinators.combine(Texts.ids(s.nasty()), Arbitraries.of(LevelOfDetail.class).optional(0.6),
        Geometry.bounds(s.nasty(), Nodes.extensions(s)).optional(0.5), shapes, Arbitraries.of(false, true),
        Arbitraries.of(false, true), Nodes.extensions(s))
        .as((id, lod, bounds, shape, normals, confidence, ext) -> block(id, lod, bounds, shape, normals, confidence,
            ext, s.nasty()));
  }

  private static MeshBlock block(String id, Optional<LevelOfDetail> lod, Optional<dev.appsim.session.model.Bounds> bounds,
      Shape shape, boolean withNormals, boolean withConfidence, dev.appsim.session.model.Extensions ext, boolean nasty) {
    Random random = new Random(shape.seed());
    int n = shape.vertices();
    float[] vertices = new float[n * 3];
    for (int i = 0; i < vertices.length; i++) {
      vertices[i] = nasty && random.nextInt(8) == 0
          ? NASTY_FLOATS[random.nextInt(NASTY_FLOATS.length)]
          : (random.nextInt(2001) - 1000) / 100f;
    }
    int[] indices = new int[shape.triangles() * 3];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = random.nextInt(n);
    }
    FloatArray normals = null;
    if (withNormals) {
      float[] values = new float[n * 3];
      for (int i = 0; i < values.length; i++) {
        values[i] = (random.nextInt(201) - 100) / 100f;
      }
      normals = FloatArray.of(values);
    }
    FloatArray confidence = null;
    if (withConfidence) {
      float[] values = new float[n];
      for (int i = 0; i < n; i++) {
        values[i] = nasty && random.nextInt(8) == 0 ? (random.nextBoolean() ? Float.MIN_VALUE : 1f)
            : random.nextInt(101) / 100f;
      }
      confidence = FloatArray.of(values);
    }
    return new MeshBlock(id, lod.orElse(null), bounds.orElse(null), FloatArray.of(vertices), IntArray.of(indices),
        normals, confidence, ext);
  }

  public static Arbitrary<Plane> planes(Settings s) {
    boolean nasty = s.nasty();
    return Combinators.combine(Texts.ids(nasty), Geometry.poses(nasty, Nodes.extensions(s)), Geometry.positive(nasty),
        Geometry.positive(nasty), Arbitraries.of(PlaneSemantic.class).list().uniqueElements().ofMaxSize(3),
        Geometry.vec2(nasty).list().ofMaxSize(6).optional(0.5), Nodes.extensions(s))
        .as((id, pose, w, h, semantics, boundary, ext) -> new Plane(id, pose, w, h, semantics,
            boundary.<List<Vec2>>map(List::copyOf).orElse(null), ext));
  }

  public static Arbitrary<GeometryCache> inline(Settings s) {
    return Combinators.combine(Metas.instants(s.nasty()).optional(0.6),
        Geometry.bounds(s.nasty(), Nodes.extensions(s)).optional(0.5),
        meshBlocks(s).list().ofMaxSize(3).uniqueElements(MeshBlock::id),
        planes(s).list().ofMaxSize(3).uniqueElements(Plane::id), Nodes.extensions(s))
        .as((at, bounds, blocks, planes, ext) -> new GeometryCache(at.orElse(null), bounds.orElse(null), blocks, planes,
            ext));
  }

  public static Arbitrary<ExternalGeometryCache> external(Settings s) {
    return Combinators.combine(AssetPaths.caches(s.nasty()), Nodes.extensions(s)).as(ExternalGeometryCache::new);
  }

  public static Arbitrary<GeometryCacheSource> sources(Settings s) {
    return Arbitraries.frequencyOf(Tuple.of(3, inline(s)), Tuple.of(1, external(s)));
  }
}
