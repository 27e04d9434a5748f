package dev.appsim.session.cli;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.NodeKind;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code session info} says about a session: nodes by kind, lights by type, the geometry
 * cache's blocks, vertices, triangles and planes, and whether every referenced file is present.
 * Rendered as aligned text or as the documented JSON shape.
 */
final class SessionSummary {
  private final SessionDocument document;
  private final SessionFormat encoding;
  private final List<AssetStatus> assets;
  private final @Nullable GeometryCache cache;

  /**
   * @param cache the inline cache, or the external sidecar when it was found and read; {@code null}
   *     when there is none or it could not be read
   */
  SessionSummary(SessionDocument document, SessionFormat encoding, List<AssetStatus> assets, @Nullable GeometryCache cache) {
    this.document = requireNonNull(document, "document is null");
    this.encoding = requireNonNull(encoding, "encoding is null");
    this.assets = List.copyOf(requireNonNull(assets, "assets is null"));
    this.cache = cache;
  }

  List<AssetStatus> assets() {
    return assets;
  }

  /** Adds the session members of the {@code info --json} shape to {@code root}. */
  void addTo(ObjectNode root) {
    root.put("encoding", encoding.name().toLowerCase(Locale.ROOT));
    root.put("formatVersion", document.formatVersion().toString());
    root.put("name", document.metadata().name());
    if (document.metadata().generator() == null) {
      root.putNull("generator");
    } else {
      root.putObject("generator")
          .put("name", document.metadata().generator().name())
          .put("version", document.metadata().generator().version());
    }
    ObjectNode nodes = root.putObject("nodes");
    nodes.put("total", document.scene().size());
    nodeCounts().forEach((kind, n) -> nodes.put(kind.wireName(), n));
    ObjectNode lights = root.putObject("lights");
    lights.put("total", lightCounts().values().stream().mapToInt(Integer::intValue).sum());
    lightCounts().forEach((type, n) -> lights.put(type.wireName(), n));
    ObjectNode geometry = root.putObject("geometryCache");
    geometry.put("storage", storage());
    if (document.geometryCache() instanceof ExternalGeometryCache external) {
      geometry.put("source", external.source());
    } else {
      geometry.putNull("source");
    }
    geometry.put("loaded", cache != null || document.geometryCache() == null);
    GeometryCache counted = cache != null ? cache : document.geometryCache() == null ? GeometryCache.EMPTY : null;
    if (counted == null) {
      geometry.putNull("meshBlocks").putNull("vertices").putNull("triangles").putNull("planes");
    } else {
      geometry.put("meshBlocks", counted.meshBlocks().size()).put("vertices", counted.vertexCount())
          .put("triangles", counted.triangleCount()).put("planes", counted.planes().size());
    }
    ArrayNode list = root.putArray("assets");
    for (AssetStatus a : assets) {
      list.addObject()
          .put("pointer", a.ref().pointer())
          .put("role", a.ref().role().wireName())
          .put("path", a.ref().path())
          .put("status", a.state().word())
          .put("location", a.location());
    }
  }

  /** Prints the session part of {@code session info}'s text. */
  void print(PrintWriter out) {
    out.println("Name      " + document.metadata().name());
    out.println("Format    " + encoding.name().toLowerCase(Locale.ROOT) + ", version " + document.formatVersion()
        + (document.metadata().generator() == null ? ""
            : ", written by " + document.metadata().generator().name() + " " + document.metadata().generator().version()));
    out.println("Nodes     " + document.scene().size() + counts(nodeCounts(), NodeKind::wireName));
    Map<LightType, Integer> lights = lightCounts();
    out.println("Lights    " + lights.values().stream().mapToInt(Integer::intValue).sum() + counts(lights, LightType::wireName));
    out.println("Geometry  " + geometryLine());
    long present = assets.stream().filter(a -> a.state() == AssetStatus.State.PRESENT).count();
    out.println("Assets    " + assets.size() + " referenced, " + present + " present, " + (assets.size() - present)
        + " missing or ambiguous");
    for (AssetStatus a : assets) {
      out.println(String.format(Locale.ROOT, "  %-9s %-22s %s%s", a.state().word(), a.ref().pointer(), a.ref().path(),
          a.location() == null || a.location().equals(a.ref().path()) ? "" : " -> " + a.location()));
    }
  }

  private String geometryLine() {
    String where = document.geometryCache() instanceof ExternalGeometryCache external
        ? "external " + external.source() : storage();
    if (document.geometryCache() == null) {
      return "none";
    }
    if (cache == null) {
      return where + " (not found, not counted)";
    }
    return where + ": " + cache.meshBlocks().size() + " mesh blocks, " + cache.vertexCount() + " vertices, "
        + cache.triangleCount() + " triangles, " + cache.planes().size() + " planes";
  }

  private String storage() {
    if (document.geometryCache() == null) {
      return "none";
    }
    return document.geometryCache() instanceof ExternalGeometryCache ? "external" : "inline";
  }

  private Map<NodeKind, Integer> nodeCounts() {
    Map<NodeKind, Integer> counts = new EnumMap<>(NodeKind.class);
    for (NodeKind kind : NodeKind.values()) {
      counts.put(kind, 0);
    }
    for (SceneNode node : document.scene().nodes()) {
      counts.merge(node.kind(), 1, Integer::sum);
    }
    return counts;
  }

  private Map<LightType, Integer> lightCounts() {
    Map<LightType, Integer> counts = new EnumMap<>(LightType.class);
    for (LightType type : LightType.values()) {
      counts.put(type, 0);
    }
    for (LightNode light : document.scene().ofType(LightNode.class)) {
      counts.merge(light.light().type(), 1, Integer::sum);
    }
    return counts;
  }

  private static <K> String counts(Map<K, Integer> counts, java.util.function.Function<K, String> name) {
    String parts = counts.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getValue() + " " + name.apply(e.getKey())).collect(Collectors.joining(", "));
    return parts.isEmpty() ? "" : ": " + parts;
  }
}
