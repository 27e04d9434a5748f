package dev.appsim.session.view.internal;

import dev.appsim.session.model.Bounds;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.PlaneSemantic;
import dev.appsim.session.model.Vec3;
import dev.appsim.session.view.ConfidenceEncoding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The geometry cache as glTF: a "Geometry cache" root node with one child node and mesh per mesh
 * block (in world coordinates) and per plane (in the plane's frame, placed by its pose). Only
 * lengths and bounds are computed here, in one streaming pass per array; the data itself is
 * written later by the {@link BinPart}s.
 */
public final class GltfGeometry {
  private static final int TRIANGLES = 4;
  private static final int POINTS = 0;

  private final GltfDocument doc;
  private final ConfidenceEncoding confidence;
  private final Map<Palette, Integer> planeMaterials = new EnumMap<>(Palette.class);
  private int scanMaterial = -1;

  public GltfGeometry(GltfDocument doc, ConfidenceEncoding confidence) {
    this.doc = doc;
    this.confidence = confidence;
  }

  /** Adds the cache's root node, then its children (so the root comes first); returns the root. */
  public int add(GeometryCache cache) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("name", "Geometry cache");
    int root = doc.node(node);
    List<Integer> children = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (MeshBlock block : cache.meshBlocks()) {
      if (block.vertexCount() == 0) {
        empty.add(block.id());
      } else {
        children.add(block(block));
      }
    }
    for (Plane plane : cache.planes()) {
      children.add(plane(plane));
    }
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("kind", "geometryCache");
    if (cache.capturedAt() != null) {
      extras.put("capturedAt", cache.capturedAt().toString());
    }
    if (cache.bounds() != null) {
      extras.put("bounds", bounds(cache.bounds()));
    }
    if (!empty.isEmpty()) {
      // glTF accessors cannot be empty: blocks without vertices are named here instead.
      extras.put("emptyMeshBlocks", empty);
    }
    if (!children.isEmpty()) {
      node.put("children", children);
    }
    node.put("extras", extras);
    return root;
  }

  private int block(MeshBlock block) {
    FloatArray v = block.vertices();
    int count = block.vertexCount();
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("POSITION", doc.accessor(doc.view(BinPart.floats(v), GltfDocument.ARRAY_BUFFER), GltfDocument.FLOAT,
        count, "VEC3", minOf(v), maxOf(v)));
    boolean normalsDropped = false;
    if (block.normals() != null) {
      if (Normals.allNormalisable(block.normals())) {
        attributes.put("NORMAL", doc.accessor(doc.view(BinPart.unitNormals(block.normals()), GltfDocument.ARRAY_BUFFER),
            GltfDocument.FLOAT, count, "VEC3", null, null));
      } else {
        normalsDropped = true;
      }
    }
    FloatArray c = block.confidence();
    if (c != null && (confidence == ConfidenceEncoding.COLOR || confidence == ConfidenceEncoding.COLOR_AND_ATTRIBUTE)) {
      attributes.put("COLOR_0", doc.accessor(doc.view(BinPart.confidenceColours(c), GltfDocument.ARRAY_BUFFER),
          GltfDocument.FLOAT, count, "VEC3", null, null));
    }
    if (c != null && (confidence == ConfidenceEncoding.ATTRIBUTE || confidence == ConfidenceEncoding.COLOR_AND_ATTRIBUTE)) {
      attributes.put("_CONFIDENCE", doc.accessor(doc.view(BinPart.floats(c), GltfDocument.ARRAY_BUFFER),
          GltfDocument.FLOAT, count, "SCALAR", null, null));
    }
    Map<String, Object> primitive = new LinkedHashMap<>();
    primitive.put("attributes", attributes);
    if (block.triangleCount() > 0) {
      int type = IndexType.of(block.indices());
      primitive.put("indices", doc.accessor(doc.view(BinPart.indices(block.indices(), type),
          GltfDocument.ELEMENT_ARRAY_BUFFER), type, block.indices().size(), "SCALAR", null, null));
    }
    primitive.put("material", scanMaterial());
    // A block without triangles is still scanned surface: show its vertices as points.
    primitive.put("mode", block.triangleCount() > 0 ? TRIANGLES : POINTS);
    Map<String, Object> mesh = new LinkedHashMap<>();
    mesh.put("name", block.id());
    mesh.put("primitives", List.of(primitive));
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("kind", "meshBlock");
    extras.put("id", block.id());
    if (block.lod() != null) {
      extras.put("lod", block.lod().wireName());
    }
    if (block.bounds() != null) {
      extras.put("bounds", bounds(block.bounds()));
    }
    if (normalsDropped) {
      extras.put("normalsDropped", "a normal of zero length has no direction; viewers compute normals instead");
    }
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("name", block.id());
    node.put("mesh", doc.mesh(mesh));
    node.put("extras", extras);
    return doc.node(node);
  }

  private int plane(Plane plane) {
    double[] xy = PlaneOutline.local(plane);
    int @Nullable [] triangles = PlaneOutline.boundaryOrNull(plane) == null ? null : EarClipping.triangulate(xy);
    String outline = "boundary";
    double @Nullable [] scale = null;
    if (triangles == null || !fitsFloat(xy)) {
      outline = "extent";
      xy = PlaneOutline.extent(plane.width(), plane.height());
      triangles = new int[] {0, 1, 2, 0, 2, 3};
      if (!fitsFloat(xy)) {
        // An extent beyond float32: a unit square scaled by the node, whose scale is a double.
        xy = PlaneOutline.extent(1, 1);
        scale = new double[] {plane.width(), plane.height(), 1};
      }
    }
    int n = xy.length / 2;
    float[] positions = new float[3 * n];
    float[] normals = new float[3 * n];
    for (int i = 0; i < n; i++) {
      positions[3 * i] = (float) xy[2 * i];
      positions[3 * i + 1] = (float) xy[2 * i + 1];
      normals[3 * i + 2] = 1;
    }
    FloatArray p = FloatArray.of(positions);
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("POSITION", doc.accessor(doc.view(BinPart.floats(p), GltfDocument.ARRAY_BUFFER), GltfDocument.FLOAT,
        n, "VEC3", minOf(p), maxOf(p)));
    attributes.put("NORMAL", doc.accessor(doc.view(BinPart.floats(FloatArray.of(normals)), GltfDocument.ARRAY_BUFFER),
        GltfDocument.FLOAT, n, "VEC3", null, null));
    IntArray indices = IntArray.of(triangles);
    int type = IndexType.of(indices);
    Map<String, Object> primitive = new LinkedHashMap<>();
    primitive.put("attributes", attributes);
    primitive.put("indices", doc.accessor(doc.view(BinPart.indices(indices, type), GltfDocument.ELEMENT_ARRAY_BUFFER),
        type, triangles.length, "SCALAR", null, null));
    primitive.put("material", planeMaterial(Palette.of(plane)));
    primitive.put("mode", TRIANGLES);
    Map<String, Object> mesh = new LinkedHashMap<>();
    mesh.put("name", plane.id());
    mesh.put("primitives", List.of(primitive));
    Map<String, Object> node = GltfScene.trs(plane.id(), plane.pose().position(), plane.pose().rotation(), scale);
    node.put("mesh", doc.mesh(mesh));
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("kind", "plane");
    extras.put("id", plane.id());
    extras.put("semantics", plane.semantics().stream().map(PlaneSemantic::wireName).toList());
    extras.put("extent", List.of(plane.width(), plane.height()));
    extras.put("outline", outline);
    node.put("extras", extras);
    return doc.node(node);
  }

  private int scanMaterial() {
    if (scanMaterial < 0) {
      scanMaterial = doc.material(material("scan", 0.8, 0.8, 0.8, 1));
    }
    return scanMaterial;
  }

  private int planeMaterial(Palette palette) {
    return planeMaterials.computeIfAbsent(palette, p -> {
      Map<String, Object> m = material("plane: " + p.label(), p.linear(0), p.linear(1), p.linear(2), 0.5);
      m.put("alphaMode", "BLEND");
      return doc.material(m);
    });
  }

  private static Map<String, Object> material(String name, double r, double g, double b, double a) {
    Map<String, Object> pbr = new LinkedHashMap<>();
    pbr.put("baseColorFactor", List.of(r, g, b, a));
    pbr.put("metallicFactor", 0.0);
    pbr.put("roughnessFactor", 1.0);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("pbrMetallicRoughness", pbr);
    m.put("doubleSided", true);
    return m;
  }

  private static boolean fitsFloat(double[] values) {
    for (double v : values) {
      if (!Float.isFinite((float) v)) {
        return false;
      }
    }
    return true;
  }

  /** Per-component minimum of x,y,z triples, as the exact doubles of the float32 values. */
  static List<Double> minOf(FloatArray v) {
    return extreme(v, true);
  }

  static List<Double> maxOf(FloatArray v) {
    return extreme(v, false);
  }

  private static List<Double> extreme(FloatArray v, boolean min) {
    float[] e = {v.get(0), v.get(1), v.get(2)};
    for (int i = 3; i < v.size(); i += 3) {
      for (int k = 0; k < 3; k++) {
        float f = v.get(i + k);
        e[k] = min ? Math.min(e[k], f) : Math.max(e[k], f);
      }
    }
    // Math.min/max order -0.0 below 0.0; glTF readers compare numerically, where they are equal.
    return List.of((double) e[0], (double) e[1], (double) e[2]);
  }

  private static Map<String, Object> bounds(Bounds b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("min", vec(b.min()));
    m.put("max", vec(b.max()));
    return m;
  }

  static List<Double> vec(Vec3 v) {
    return List.of(v.x(), v.y(), v.z());
  }
}
