package dev.appsim.session.view.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The glTF JSON being assembled, with the binary parts its buffer views stand for. Buffer views
 * are laid out one after another in a single buffer, each starting at a multiple of 4 bytes (so
 * every accessor is aligned for its component type) and each used by one accessor, so none needs
 * a byteStride.
 */
public final class GltfDocument {
  public static final int FLOAT = 5126;
  public static final int ARRAY_BUFFER = 34962;
  public static final int ELEMENT_ARRAY_BUFFER = 34963;

  private final List<Map<String, Object>> views = new ArrayList<>();
  private final List<BinPart> parts = new ArrayList<>();
  private final List<Long> offsets = new ArrayList<>();
  private final List<Map<String, Object>> accessors = new ArrayList<>();
  private final List<Map<String, Object>> meshes = new ArrayList<>();
  private final List<Map<String, Object>> materials = new ArrayList<>();
  private final List<Map<String, Object>> nodes = new ArrayList<>();
  private final List<Map<String, Object>> cameras = new ArrayList<>();
  private final List<Map<String, Object>> lights = new ArrayList<>();
  private final List<Integer> sceneNodes = new ArrayList<>();
  private long length;

  /** A buffer view holding {@code part}; returns its index. */
  public int view(BinPart part, int target) {
    long offset = (length + 3) & ~3L;
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("buffer", 0);
    if (offset > 0) {
      view.put("byteOffset", offset);
    }
    view.put("byteLength", part.byteLength());
    view.put("target", target);
    views.add(view);
    parts.add(part);
    offsets.add(offset);
    length = offset + part.byteLength();
    return views.size() - 1;
  }

  /**
   * An accessor over a whole view; returns its index.
   *
   * @param min the per-component minimum, or null; likewise {@code max}
   */
  public int accessor(int view, int componentType, long count, String type, @Nullable List<Double> min,
      @Nullable List<Double> max) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("bufferView", view);
    a.put("componentType", componentType);
    a.put("count", count);
    a.put("type", type);
    if (min != null && max != null) {
      a.put("min", min);
      a.put("max", max);
    }
    accessors.add(a);
    return accessors.size() - 1;
  }

  public int mesh(Map<String, Object> mesh) {
    meshes.add(mesh);
    return meshes.size() - 1;
  }

  public int material(Map<String, Object> material) {
    materials.add(material);
    return materials.size() - 1;
  }

  /** Adds a node; returns its index. Nodes of the session's scene are added first, in file order. */
  public int node(Map<String, Object> node) {
    nodes.add(node);
    return nodes.size() - 1;
  }

  public int camera(Map<String, Object> camera) {
    cameras.add(camera);
    return cameras.size() - 1;
  }

  public int light(Map<String, Object> light) {
    lights.add(light);
    return lights.size() - 1;
  }

  /** Puts node {@code index} at the root of the scene. */
  public void root(int index) {
    sceneNodes.add(index);
  }

  public int nodeCount() {
    return nodes.size();
  }

  /** Bytes of the buffer: the end of the last view, without trailing padding. */
  public long bufferLength() {
    return length;
  }

  public List<BinPart> parts() {
    return parts;
  }

  public List<Long> offsets() {
    return offsets;
  }

  /**
   * The JSON tree.
   *
   * @param bufferUri the .bin file's URI for .gltf, null for GLB's embedded chunk
   */
  public Map<String, Object> json(String generator, String sceneName, @Nullable String bufferUri) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> asset = new LinkedHashMap<>();
    asset.put("version", "2.0");
    asset.put("generator", generator);
    root.put("asset", asset);
    if (!lights.isEmpty()) {
      root.put("extensionsUsed", List.of("KHR_lights_punctual"));
    }
    root.put("scene", 0);
    Map<String, Object> scene = new LinkedHashMap<>();
    scene.put("name", sceneName);
    if (!sceneNodes.isEmpty()) {
      scene.put("nodes", sceneNodes);
    }
    root.put("scenes", List.of(scene));
    putIfAny(root, "nodes", nodes);
    putIfAny(root, "meshes", meshes);
    putIfAny(root, "materials", materials);
    putIfAny(root, "cameras", cameras);
    putIfAny(root, "accessors", accessors);
    putIfAny(root, "bufferViews", views);
    if (length > 0) {
      Map<String, Object> buffer = new LinkedHashMap<>();
      if (bufferUri != null) {
        buffer.put("uri", bufferUri);
      }
      buffer.put("byteLength", length);
      root.put("buffers", List.of(buffer));
    }
    if (!lights.isEmpty()) {
      root.put("extensions", Map.of("KHR_lights_punctual", Map.of("lights", lights)));
    }
    return root;
  }

  private static void putIfAny(Map<String, Object> root, String name, List<?> items) {
    if (!items.isEmpty()) {
      root.put(name, items);
    }
  }
}
