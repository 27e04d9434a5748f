package dev.appsim.session.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.PlaneSemantic;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec3;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class GltfExportTest {
  static byte[] glb(SessionDocument doc, GeometryCache cache) throws Exception {
    return glb(doc, cache, ExportOptions.defaults());
  }

  static byte[] glb(SessionDocument doc, GeometryCache cache, ExportOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GltfExport.writeGlb(doc, cache, options, out);
    return out.toByteArray();
  }

  private static GeometryCache blocks(MeshBlock... blocks) {
    return new GeometryCache(null, null, List.of(blocks), List.of());
  }

  private static GeometryCache planes(Plane... planes) {
    return new GeometryCache(null, null, List.of(), List.of(planes));
  }

  @Test
  void theExampleBecomesOneNodePerSessionNodeAndOneMeshPerBlockAndPlane() throws Exception {
    SessionDocument doc = Fixtures.example();
    GlbReader r = GlbReader.read(glb(doc, Fixtures.exampleCache()));
    // 14 session nodes, the cache node, 3 blocks, 3 planes, the scene camera.
    assertEquals(22, r.count("nodes"));
    assertEquals(6, r.count("meshes"));
    for (int i = 0; i < doc.scene().size(); i++) {
      assertEquals(doc.scene().nodes().get(i).id(), r.json.get("nodes").get(i).get("extras").get("id").asString());
    }
    assertEquals("[\"KHR_lights_punctual\"]", r.json.get("extensionsUsed").toString());
    assertEquals(3, r.json.get("extensions").get("KHR_lights_punctual").get("lights").size(), "ambient has no glTF light");
    assertEquals("[0,14,21]", r.json.get("scenes").get(0).get("nodes").toString());
    assertEquals("Scene camera", r.json.get("nodes").get(21).get("name").asString());
    assertEquals("Living room, evening light", r.json.get("scenes").get(0).get("name").asString());
  }

  @Test
  void positionsCarryTheirExactBoundsAndNormalsAreUnitLength() throws Exception {
    MeshBlock block = Fixtures.grid("b", 7, true, true);
    GlbReader r = GlbReader.read(glb(SessionDocument.builder().build(), blocks(block)));
    JsonNode attributes = r.json.get("meshes").get(0).get("primitives").get(0).get("attributes");
    int pos = attributes.get("POSITION").asInt();
    JsonNode accessor = r.accessor(pos);
    for (int k = 0; k < 3; k++) {
      float min = Float.POSITIVE_INFINITY;
      float max = Float.NEGATIVE_INFINITY;
      for (int i = 0; i < block.vertexCount(); i++) {
        float v = r.floatAt(pos, i, k);
        assertEquals(block.vertices().get(3 * i + k), v);
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      assertEquals(min, accessor.get("min").get(k).asDouble());
      assertEquals(max, accessor.get("max").get(k).asDouble());
    }
    int normal = attributes.get("NORMAL").asInt();
    for (int i = 0; i < block.vertexCount(); i++) {
      assertArrayEquals(new float[] {0, 1, 0},
          new float[] {r.floatAt(normal, i, 0), r.floatAt(normal, i, 1), r.floatAt(normal, i, 2)}, "(0, 2, 0) scaled");
    }
  }

  @Test
  void confidenceIsAColourRampAndACustomAttribute() throws Exception {
    MeshBlock block = Fixtures.grid("b", 3, false, true);
    GlbReader r = GlbReader.read(glb(SessionDocument.builder().build(), blocks(block)));
    JsonNode attributes = r.json.get("meshes").get(0).get("primitives").get(0).get("attributes");
    int colour = attributes.get("COLOR_0").asInt();
    int values = attributes.get("_CONFIDENCE").asInt();
    for (int i = 0; i < block.vertexCount(); i++) {
      float c = block.confidence().get(i);
      assertEquals(c, r.floatAt(values, i, 0));
      assertArrayEquals(new float[] {Math.min(1, 2 * (1 - c)), Math.min(1, 2 * c), 0},
          new float[] {r.floatAt(colour, i, 0), r.floatAt(colour, i, 1), r.floatAt(colour, i, 2)});
    }
    JsonNode none = GlbReader.read(glb(SessionDocument.builder().build(), blocks(block),
        ExportOptions.builder().confidence(ConfidenceEncoding.NONE).build())).json;
    assertEquals("[\"POSITION\"]", fieldNames(none.get("meshes").get(0).get("primitives").get(0).get("attributes")));
  }

  @Test
  void indicesAreUnsignedShortUntilTheyNeedMore() throws Exception {
    GlbReader small = GlbReader.read(glb(SessionDocument.builder().build(), blocks(Fixtures.grid("b", 10, false, false))));
    int idx = small.json.get("meshes").get(0).get("primitives").get(0).get("indices").asInt();
    assertEquals(5123, small.accessor(idx).get("componentType").asInt());
    MeshBlock big = Fixtures.grid("b", 256, false, false);
    GlbReader large = GlbReader.read(glb(SessionDocument.builder().build(), blocks(big)));
    int bigIdx = large.json.get("meshes").get(0).get("primitives").get(0).get("indices").asInt();
    assertEquals(5125, large.accessor(bigIdx).get("componentType").asInt(), "65,536 vertices need 32 bits");
    assertEquals(big.indices().get(big.indices().size() - 1), large.indexAt(bigIdx, big.indices().size() - 1));
  }

  @Test
  void degenerateBlocksExportAsWellAsGlTfAllows() throws Exception {
    MeshBlock points = MeshBlock.of("points", FloatArray.of(0, 0, 0, 1, 0, 0), IntArray.EMPTY);
    MeshBlock empty = MeshBlock.of("empty", FloatArray.EMPTY, IntArray.EMPTY);
    MeshBlock zeroNormal = new MeshBlock("flat", null, null, FloatArray.of(0, 0, 0, 1, 0, 0, 0, 0, 1),
        IntArray.of(0, 1, 2), FloatArray.of(0, 1, 0, 0, 0, 0, 0, 1, 0), null, Extensions.EMPTY);
    GlbReader r = GlbReader.read(glb(SessionDocument.builder().build(), blocks(points, empty, zeroNormal)));
    assertEquals(2, r.count("meshes"), "no mesh for a block without vertices");
    JsonNode first = r.json.get("meshes").get(0).get("primitives").get(0);
    assertEquals(0, first.get("mode").asInt(), "a block without triangles is points");
    assertFalse(first.has("indices"));
    JsonNode cacheNode = r.json.get("nodes").get(0);
    assertEquals("[\"empty\"]", cacheNode.get("extras").get("emptyMeshBlocks").toString());
    JsonNode flat = r.json.get("meshes").get(1).get("primitives").get(0);
    assertFalse(flat.get("attributes").has("NORMAL"), "a zero normal drops the block's normals");
    assertEquals("a normal of zero length has no direction; viewers compute normals instead",
        r.json.get("nodes").get(2).get("extras").get("normalsDropped").asString());
  }

  @Test
  void aConcaveBoundaryIsTriangulatedInThePlanesFrame() throws Exception {
    Plane table = new Plane("table", new Pose(new Vec3(0, 0.7, 0), Fixtures.FLOOR_ROTATION), 2, 2,
        List.of(PlaneSemantic.TABLE), Fixtures.lShape(), Extensions.EMPTY);
    GlbReader r = GlbReader.read(glb(SessionDocument.builder().build(), planes(table)));
    JsonNode node = r.json.get("nodes").get(1);
    assertEquals("table", node.get("name").asString());
    assertEquals("[0,0.7,0]", node.get("translation").toString());
    assertEquals("boundary", node.get("extras").get("outline").asString());
    assertEquals("[\"table\"]", node.get("extras").get("semantics").toString());
    JsonNode primitive = r.json.get("meshes").get(0).get("primitives").get(0);
    assertEquals(12, r.accessor(primitive.get("indices").asInt()).get("count").asInt(), "4 triangles");
    int normal = primitive.get("attributes").get("NORMAL").asInt();
    assertEquals(1f, r.floatAt(normal, 0, 2), "the plane's normal is its local +Z");
    JsonNode material = r.json.get("materials").get(primitive.get("material").asInt());
    assertEquals("plane: table", material.get("name").asString());
    assertEquals("BLEND", material.get("alphaMode").asString());
  }

  @Test
  void withoutAUsableBoundaryThePlaneIsItsExtent() throws Exception {
    Plane plain = Plane.of("p", Pose.ORIGIN, 4, 2);
    Plane huge = Plane.of("h", Pose.ORIGIN, 1e300, 2);
    GlbReader r = GlbReader.read(glb(SessionDocument.builder().build(), planes(plain, huge)));
    JsonNode p = r.json.get("meshes").get(0).get("primitives").get(0);
    JsonNode positions = r.accessor(p.get("attributes").get("POSITION").asInt());
    assertEquals("[-2,-1,0]", positions.get("min").toString());
    assertEquals("[2,1,0]", positions.get("max").toString());
    assertEquals("extent", r.json.get("nodes").get(1).get("extras").get("outline").asString());
    JsonNode h = r.json.get("nodes").get(2);
    assertEquals("[1.0E300,2,1]", h.get("scale").toString(), "beyond float32: a unit square scaled by the node");
  }

  @Test
  void lightsFollowKhrLightsPunctual() throws Exception {
    LightNode bright = new LightNode("bright", null, null, true, Transform.IDENTITY,
        new Light(LightType.SPOT, new Rgb(2, 1, 0), 10, 5.0, 30.0, 30.0, true, Extensions.EMPTY), Extensions.EMPTY);
    LightNode ambient = LightNode.of("amb", null, Light.of(LightType.AMBIENT, 0.3), Transform.IDENTITY);
    SessionDocument doc = SessionDocument.builder().scene(SceneGraph.of(bright, ambient)).build();
    GlbReader r = GlbReader.read(glb(doc, null));
    JsonNode light = r.json.get("extensions").get("KHR_lights_punctual").get("lights").get(0);
    assertEquals("[1,0.5,0]", light.get("color").toString(), "colour scaled into [0, 1]");
    assertEquals(20, light.get("intensity").asDouble(), "and the excess moved into the intensity");
    assertEquals(5, light.get("range").asDouble());
    double outer = light.get("spot").get("outerConeAngle").asDouble();
    assertEquals(Math.toRadians(30), outer);
    assertEquals(Math.nextDown(outer), light.get("spot").get("innerConeAngle").asDouble(), "inner strictly below outer");
    assertFalse(r.json.get("nodes").get(1).has("extensions"), "no glTF light for ambient");
    assertEquals("ambient", r.json.get("nodes").get(1).get("extras").get("light").get("type").asString());
  }

  @Test
  void rotationsAreNormalisedAndDefaultsOmitted() throws Exception {
    ModelNode m = ModelNode.of("m", null, "local/models/chair.gltf",
        new Transform(Vec3.ZERO, new Quaternion(0, 0, 0.6, 0.8009), new Vec3(1, 1, 1)));
    ModelNode w = ModelNode.of("w", null, "C:\\Users\\ana\\chair.gltf", Transform.IDENTITY);
    JsonNode nodes = GlbReader.read(glb(SessionDocument.builder().scene(SceneGraph.of(m, w)).build(), null)).json
        .get("nodes");
    JsonNode q = nodes.get(0).get("rotation");
    double norm = Math.sqrt(q.get(2).asDouble() * q.get(2).asDouble() + q.get(3).asDouble() * q.get(3).asDouble());
    assertEquals(1, norm, 1e-15);
    assertFalse(nodes.get(0).has("scale"));
    assertFalse(nodes.get(0).has("translation"));
    assertEquals("local/models/chair.gltf", nodes.get(0).get("extras").get("uri").asString());
    assertEquals("C:\\Users\\ana\\chair.gltf", nodes.get(1).get("extras").get("asset").asString());
    assertFalse(nodes.get(1).get("extras").has("uri"), "a Windows path is no URI");
  }

  @Test
  void gltfGoesWithABinBesideIt(@TempDir Path dir) throws Exception {
    Path gltf = dir.resolve("my room.gltf");
    GltfExport.write(Fixtures.example(), Fixtures.exampleCache(), ExportOptions.defaults(), gltf);
    JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(gltf));
    assertEquals("my%20room.bin", json.get("buffers").get(0).get("uri").asString());
    assertEquals(Files.size(dir.resolve("my room.bin")), json.get("buffers").get(0).get("byteLength").asLong());
    GlbReader fromGlb = GlbReader.read(glb(Fixtures.example(), Fixtures.exampleCache()));
    byte[] bin = Files.readAllBytes(dir.resolve("my room.bin"));
    byte[] chunk = new byte[bin.length];
    fromGlb.bin.duplicate().get(chunk);
    assertArrayEquals(chunk, bin, "the .bin holds what the GLB's BIN chunk holds");
    Path bare = dir.resolve("bare.gltf");
    GltfExport.write(SessionDocument.builder().build(), null, ExportOptions.defaults(), bare);
    assertFalse(Files.exists(dir.resolve("bare.bin")), "no geometry, no buffer");
  }

  @Test
  void theSameSessionExportsTheSameBytes(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.glb");
    GltfExport.write(Fixtures.example(), Fixtures.exampleCache(), ExportOptions.defaults(), a);
    assertArrayEquals(Files.readAllBytes(a), glb(Fixtures.example(), Fixtures.exampleCache()));
  }

  @Test
  void otherFileNamesAreRefused(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GltfExport.write(Fixtures.room(), null, ExportOptions.defaults(), dir.resolve("room.obj")));
    assertEquals("file name \"room.obj\" must end with .glb or .gltf", e.getMessage());
  }

  @Test
  void fieldsOfViewOutOfRangeAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExportOptions.builder().cameraFieldOfViewDeg(180).build());
    assertEquals("cameraFieldOfViewDeg (180.0) must be greater than 0 and less than 180", e.getMessage());
  }

  @Test
  void anEmptySessionIsAGlbWithoutBinChunk() throws Exception {
    byte[] bytes = glb(SessionDocument.builder().build(), null);
    GlbReader r = GlbReader.read(bytes);
    assertEquals(0, r.bin.remaining());
    assertFalse(r.json.has("buffers"));
    assertTrue(r.json.get("scenes").get(0).get("name").asString().equals("Untitled session"));
  }

  private static String fieldNames(JsonNode object) {
    return object.propertyNames().stream().map(n -> "\"" + n + "\"").toList().toString().replace(" ", "");
  }
}
