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
    for (int i = 0; i < indices.size(); i++) {
      int index = indices.get(i);
      if (index < 0 || index >= vertexCount) {
        if (bad++ < MAX_REPORTED) {
          checks.add("/indices/" + i, index < 0 ? index + " is negative" : index + " >= vertex count " + vertexCount);
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

  /** A block with positions and triangles only. */
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

  public int vertexCount() {
    return vertices.size() / 3;
  }

  public int triangleCount() {
    return indices.size() / 3;
  }
}
