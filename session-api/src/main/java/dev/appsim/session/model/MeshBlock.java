package dev.appsim.session.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One block of scanned room mesh: float32 vertex positions as x,y,z triples, triangles as
 * triples of vertex indices, and optional per-vertex normals and confidence in [0, 1].
 *
 * <p>The arrays are immutable and unboxed. Construction checks every value: finite numbers,
 * lengths that agree, indices in range. At most {@link #MAX_REPORTED} violations are listed per
 * array so that a corrupt 10-million-vertex block gives a readable message.
 *
 * @param id the block's id, not empty, unique in its geometry cache
 * @param lod the level of detail it was meshed at, or {@code null} if the file does not say
 * @param bounds the box around the block, or {@code null} if the file does not say
 * @param vertices x,y,z positions in metres, length a multiple of 3, finite
 * @param indices vertex indices, three per triangle, each in [0, vertex count)
 * @param normals one x,y,z normal per vertex (same length as {@code vertices}), finite, or
 *     {@code null}
 * @param confidence one value in [0, 1] per vertex, or {@code null}
 * @param extensions members the format does not define, kept for round trips
 */
public record MeshBlock(
    String id,
    @Nullable LevelOfDetail lod,
    @Nullable Bounds bounds,
    FloatArray vertices,
    IntArray indices,
    @Nullable FloatArray normals,
    @Nullable FloatArray confidence,
    Extensions extensions) {

  /** Violations listed per array before the rest are summarised in one count. */
  public static final int MAX_REPORTED = 10;

  /**
   * Checks every value as the class comment says.
   *
   * @param id the block's id, not empty
   * @param lod the level of detail, or {@code null}
   * @param bounds the box around the block, or {@code null}
   * @param vertices x,y,z positions in metres
   * @param indices vertex indices, three per triangle
   * @param normals one normal per vertex, or {@code null}
   * @param confidence one value in [0, 1] per vertex, or {@code null}
   * @param extensions members the format does not define, kept for round trips
   * @throws NullPointerException if {@code id}, {@code vertices}, {@code indices} or
   *     {@code extensions} is null
   * @throws SessionValidationException if a rule of the class comment is broken, the id is empty, or
   *     an extension is named like a mesh block member
   */
  public MeshBlock {
    requireNonNull(id, "id is null");
    requireNonNull(vertices, "vertices is null");
    requireNonNull(indices, "indices is null");
    requireNonNull(extensions, "extensions is null");
    Checks.onlyUnknown(extensions, "id", "lod", "bounds", "vertices", "indices", "normals", "confidence");
    Checks checks = new Checks();
    if (id.isEmpty()) {
      checks.add("/id", "mesh block id must not be empty");
    }
    if (vertices.size() % 3 != 0) {
      checks.add("/vertices", "length " + vertices.size() + " is not a multiple of 3 (x,y,z per vertex)");
    }
    finite(vertices, "/vertices", checks);
    int vertexCount = vertices.size() / 3;
    if (indices.size() % 3 != 0) {
      checks.add("/indices", "length " + indices.size() + " is not a multiple of 3 (3 vertices per triangle)");
    }
    int bad = 0;
    if (!indices.allWithin(vertexCount)) { // the fast pass; the one below only lists what it found
      for (int i = 0; i < indices.size(); i++) {
        int index = indices.get(i);
        if (index < 0 || index >= vertexCount) {
          if (bad++ < MAX_REPORTED) {
            checks.add("/indices/" + i, index < 0 ? index + " is negative" : index + " >= vertex count " + vertexCount);
          }
        }
      }
    }
    summarise(bad, "/indices", "indices out of range", checks);
    if (normals != null) {
      if (normals.size() != vertices.size()) {
        checks.add("/normals", "length " + normals.size() + " differs from vertices length " + vertices.size());
      }
      finite(normals, "/normals", checks);
    }
    if (confidence != null) {
      if (confidence.size() != vertexCount) {
        checks.add("/confidence", "length " + confidence.size() + " differs from vertex count " + vertexCount);
      }
      int outside = 0;
      for (int i = 0; i < confidence.size(); i++) {
        float c = confidence.get(i);
        if (!(c >= 0 && c <= 1)) {
          if (outside++ < MAX_REPORTED) {
            checks.add("/confidence/" + i, c + " is outside [0, 1]");
          }
        }
      }
      summarise(outside, "/confidence", "confidences outside [0, 1]", checks);
    }
    checks.throwIfAny();
  }

  /**
   * A block with positions and triangles only.
   *
   * @param id the block's id, not empty
   * @param vertices x,y,z positions in metres
   * @param indices vertex indices, three per triangle
   * @return the block, without level of detail, bounds, normals, confidence or extensions
   * @throws SessionValidationException if a rule of the class comment is broken
   */
  public static MeshBlock of(String id, FloatArray vertices, IntArray indices) {
    return new MeshBlock(id, null, null, vertices, indices, null, null, Extensions.EMPTY);
  }

  private static void finite(FloatArray values, String pointer, Checks checks) {
    int bad = 0;
    for (int i = values.firstNonFinite(); i >= 0 && i < values.size(); i++) {
      if (!Float.isFinite(values.get(i)) && bad++ < MAX_REPORTED) {
        checks.add(pointer + "/" + i, "must be a finite number, was " + values.get(i));
      }
    }
    summarise(bad, pointer, "non-finite values", checks);
  }

  private static void summarise(int count, String pointer, String what, Checks checks) {
    if (count > MAX_REPORTED) {
      checks.add(pointer, (count - MAX_REPORTED) + " more " + what + " not listed (" + count + " in all)");
    }
  }

  /** {@return the number of vertices: {@code vertices().size() / 3}} */
  public int vertexCount() {
    return vertices.size() / 3;
  }

  /** {@return the number of triangles: {@code indices().size() / 3}} */
  public int triangleCount() {
    return indices.size() / 3;
  }
}
