package dev.appsim.session.benchmarks;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic scanned-room mesh: a {@code side x side} vertex grid with noisy heights, unit
 * normals, confidences in [0, 1] and two triangles per grid cell. With {@code side = 1000}: one
 * million vertices, 1,996,002 triangles, 52 MB of float32/int32 arrays.
 */
final class MeshData {
  final float[] vertices;
  final float[] normals;
  final float[] confidence;
  final int[] indices;

  MeshData(int side, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int count = side * side;
    vertices = new float[3 * count];
    normals = new float[3 * count];
    confidence = new float[count];
    for (int i = 0; i < count; i++) {
      vertices[3 * i] = (i % side) * 0.01f + (float) random.nextDouble(-0.002, 0.002);
      vertices[3 * i + 1] = (float) random.nextDouble(0, 2.5);
      vertices[3 * i + 2] = (i / side) * 0.01f + (float) random.nextDouble(-0.002, 0.002);
      double nx = random.nextDouble(-0.3, 0.3);
      double nz = random.nextDouble(-0.3, 0.3);
      double ny = Math.sqrt(1 - nx * nx - nz * nz);
      normals[3 * i] = (float) nx;
      normals[3 * i + 1] = (float) ny;
      normals[3 * i + 2] = (float) nz;
      confidence[i] = (float) random.nextDouble();
    }
    indices = new int[6 * (side - 1) * (side - 1)];
    int k = 0;
    for (int row = 0; row < side - 1; row++) {
      for (int col = 0; col < side - 1; col++) {
        int a = row * side + col;
        indices[k++] = a;
        indices[k++] = a + side;
        indices[k++] = a + 1;
        indices[k++] = a + 1;
        indices[k++] = a + side;
        indices[k++] = a + side + 1;
      }
    }
  }

  /** Bytes of the four arrays as float32 / int32. */
  int rawBytes() {
    return 4 * (vertices.length + normals.length + confidence.length + indices.length);
  }

  /** A session whose inline geometry cache holds this mesh as one block. */
  SessionDocument document() {
    MeshBlock block = new MeshBlock("scan-0", null, null, FloatArray.of(vertices), IntArray.of(indices),
        FloatArray.of(normals), FloatArray.of(confidence), Extensions.EMPTY);
    return SessionDocument.builder()
        .metadata(Metadata.named("Benchmark mesh"))
        .scene(SceneGraph.of(GroupNode.root("room")))
        .geometryCache(new GeometryCache(null, null, List.of(block), List.of()))
        .build();
  }
}
