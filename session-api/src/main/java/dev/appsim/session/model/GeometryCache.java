package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The observed geometry cache: what the simulated device's meshing and plane detection have
 * "seen" of the room, as triangle mesh blocks and detected planes. Mesh block ids are unique
 * within the cache, and so are plane ids.
 *
 * @param capturedAt when the cache was captured, or {@code null} if unknown
 * @param bounds the box around the observed geometry, or {@code null} if the file does not say
 * @param meshBlocks the mesh blocks, ids unique; copied
 * @param planes the detected planes, ids unique; copied
 * @param extensions members the format does not define, kept for round trips
 */
public record GeometryCache(
    @Nullable Instant capturedAt,
    @Nullable Bounds bounds,
    List<MeshBlock> meshBlocks,
    List<Plane> planes,
    Extensions extensions) implements GeometryCacheSource {

  /** The root {@code format} of a geometry-cache sidecar file (FORMAT.md 1.5). */
  public static final String SIDECAR_FORMAT = "appsim.geometry-cache";

  /** No blocks, no planes. */
  public static final GeometryCache EMPTY = new GeometryCache(null, null, List.of(), List.of(), Extensions.EMPTY);

  /**
   * Checks the components.
   *
   * @param capturedAt when the cache was captured, or {@code null}
   * @param bounds the box around the observed geometry, or {@code null}
   * @param meshBlocks the mesh blocks, ids unique
   * @param planes the detected planes, ids unique
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if a list, one of its elements, or {@code extensions} is null
   * @throws SessionValidationException if two blocks or two planes share an id, {@code capturedAt}
   *     lies outside the years 0000 to 9999, or an extension is named like a cache member
   */
  public GeometryCache {
    meshBlocks = List.copyOf(requireNonNull(meshBlocks, "meshBlocks is null"));
    planes = List.copyOf(requireNonNull(planes, "planes is null"));
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "capturedAt", "bounds", "meshBlocks", "planes", "source");
    Checks checks = new Checks();
    checks.rfc3339("/capturedAt", capturedAt);
    uniqueIds(meshBlocks, MeshBlock::id, "/meshBlocks/", "mesh block", checks);
    uniqueIds(planes, Plane::id, "/planes/", "plane", checks);
    checks.throwIfAny();
  }

  /**
   * A cache without extensions.
   *
   * @param capturedAt when the cache was captured, or {@code null}
   * @param bounds the box around the observed geometry, or {@code null}
   * @param meshBlocks the mesh blocks, ids unique
   * @param planes the detected planes, ids unique
   * @throws NullPointerException if a list or one of its elements is null
   * @throws SessionValidationException if two blocks or two planes share an id, or {@code capturedAt}
   *     lies outside the years 0000 to 9999
   */
  public GeometryCache(@Nullable Instant capturedAt, @Nullable Bounds bounds, List<MeshBlock> meshBlocks, List<Plane> planes) {
    this(capturedAt, bounds, meshBlocks, planes, Extensions.EMPTY);
  }

  private static <T> void uniqueIds(List<T> items, Function<T, String> id, String prefix, String what, Checks checks) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer first = seen.putIfAbsent(id.apply(items.get(i)), i);
      if (first != null) {
        checks.add(prefix + i + "/id", "duplicate " + what + " id \"" + id.apply(items.get(i))
            + "\" (first used by " + what + " " + first + ")");
      }
    }
  }

  /**
   * Total vertex count over all mesh blocks.
   *
   * @return the sum of {@link MeshBlock#vertexCount()}, 0 or more
   */
  public long vertexCount() {
    return meshBlocks.stream().mapToLong(MeshBlock::vertexCount).sum();
  }

  /**
   * Total triangle count over all mesh blocks.
   *
   * @return the sum of {@link MeshBlock#triangleCount()}, 0 or more
   */
  public long triangleCount() {
    return meshBlocks.stream().mapToLong(MeshBlock::triangleCount).sum();
  }

  /**
   * A copy with {@code block} added, or replacing the block with the same id.
   *
   * @param block the block; not null
   * @return the copy; the new or replacing block comes last
   */
  public GeometryCache withMeshBlock(MeshBlock block) {
    List<MeshBlock> copy = new ArrayList<>(meshBlocks);
    copy.removeIf(b -> b.id().equals(block.id()));
    copy.add(block);
    return new GeometryCache(capturedAt, bounds, copy, planes, extensions);
  }

  /**
   * A copy without the mesh block {@code id}; unknown ids leave it unchanged.
   *
   * @param id the id of the block to remove
   * @return the copy, or this cache if no block has that id
   */
  public GeometryCache withoutMeshBlock(String id) {
    List<MeshBlock> copy = new ArrayList<>(meshBlocks);
    return copy.removeIf(b -> b.id().equals(id))
        ? new GeometryCache(capturedAt, bounds, copy, planes, extensions)
        : this;
  }

  /**
   * A copy with {@code plane} added, or replacing the plane with the same id.
   *
   * @param plane the plane; not null
   * @return the copy; the new or replacing plane comes last
   */
  public GeometryCache withPlane(Plane plane) {
    List<Plane> copy = new ArrayList<>(planes);
    copy.removeIf(p -> p.id().equals(plane.id()));
    copy.add(plane);
    return new GeometryCache(capturedAt, bounds, meshBlocks, copy, extensions);
  }
}
