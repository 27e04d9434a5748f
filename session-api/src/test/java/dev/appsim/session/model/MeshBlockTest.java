package dev.appsim.session.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeshBlockTest {
  private static final FloatArray TRIANGLE = FloatArray.of(0, 0, 0, 1, 0, 0, 0, 0, 1);

  @Test
  void rejectsIndexBeyondVertexCount() {
    assertEquals(List.of("/indices/2: 9120 >= vertex count 3"),
        Violations.of(() -> MeshBlock.of("blk", TRIANGLE, IntArray.of(0, 1, 9120))));
  }

  @Test
  void rejectsNegativeIndexAndLengthsNotMultiplesOfThree() {
    assertEquals(List.of(
            "/vertices: length 4 is not a multiple of 3 (x,y,z per vertex)",
            "/indices: length 2 is not a multiple of 3 (3 vertices per triangle)",
            "/indices/0: -1 is negative"),
        Violations.of(() -> MeshBlock.of("blk", FloatArray.of(0, 0, 0, 1), IntArray.of(-1, 0))));
  }

  @Test
  void rejectsNonFiniteVertices() {
    assertEquals(List.of("/vertices/4: must be a finite number, was NaN"),
        Violations.of(() -> MeshBlock.of("blk", FloatArray.of(0, 0, 0, 1, Float.NaN, 0, 0, 0, 1), IntArray.of(0, 1, 2))));
  }

  @Test
  void rejectsNormalsAndConfidenceOfWrongLengthOrRange() {
    assertEquals(List.of(
            "/normals: length 3 differs from vertices length 9",
            "/confidence/1: 1.5 is outside [0, 1]"),
        Violations.of(() -> new MeshBlock("blk", LevelOfDetail.MEDIUM, null, TRIANGLE, IntArray.of(0, 1, 2),
            FloatArray.of(0, 1, 0), FloatArray.of(0.9f, 1.5f, 0.7f), Extensions.EMPTY)));
  }

  @Test
  void summarisesThousandsOfBadIndicesInOneCount() {
    IntArray.Builder bad = IntArray.builder(3000);
    for (int i = 0; i < 3000; i++) {
      bad.add(5000 + i);
    }
    List<String> violations = Violations.of(() -> MeshBlock.of("blk", TRIANGLE, bad.build()));
    assertEquals(MeshBlock.MAX_REPORTED + 1, violations.size());
    assertEquals("/indices: 2990 more indices out of range not listed (3000 in all)", violations.get(violations.size() - 1));
  }

  @Test
  void countsVerticesAndTriangles() {
    MeshBlock block = MeshBlock.of("blk", TRIANGLE, IntArray.of(0, 1, 2, 2, 1, 0));
    assertEquals(3, block.vertexCount());
    assertEquals(2, block.triangleCount());
  }

  @Test
  void cacheRejectsDuplicateBlockAndPlaneIds() {
    MeshBlock block = MeshBlock.of("blk", TRIANGLE, IntArray.of(0, 1, 2));
    Plane floor = Plane.of("floor", Pose.ORIGIN, 6, 5);
    assertEquals(List.of(
            "/meshBlocks/1/id: duplicate mesh block id \"blk\" (first used by mesh block 0)",
            "/planes/1/id: duplicate plane id \"floor\" (first used by plane 0)"),
        Violations.of(() -> new GeometryCache(null, null, List.of(block, block), List.of(floor, floor))));
  }

  @Test
  void planeRejectsNonPositiveExtentAndRepeatedSemantics() {
    assertEquals(List.of("/extent/1: 0.0 must be > 0", "/semantics/1: semantic \"floor\" is listed twice"),
        Violations.of(() -> new Plane("p", Pose.ORIGIN, 1, 0, List.of(PlaneSemantic.FLOOR, PlaneSemantic.FLOOR), null,
            Extensions.EMPTY)));
  }

  @Test
  void cacheEditsReplaceAndDropBlocks() {
    MeshBlock block = MeshBlock.of("blk", TRIANGLE, IntArray.of(0, 1, 2));
    GeometryCache cache = GeometryCache.EMPTY.withMeshBlock(block).withMeshBlock(block);
    assertEquals(1, cache.meshBlocks().size());
    assertEquals(3, cache.vertexCount());
    assertEquals(0, cache.withoutMeshBlock("blk").meshBlocks().size());
  }
}
