package dev.appsim.session.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.LightType;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.Plane;
import dev.appsim.session.model.PlaneSemantic;
import dev.appsim.session.model.Pose;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec2;
import dev.appsim.session.model.Vec3;
import dev.appsim.session.room.Room;
import dev.appsim.session.testkit.GoldenFile;
import dev.appsim.session.testkit.GoldenFiles;
import dev.appsim.session.testkit.GoldenRoom;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every golden session, the golden room and the example with its real scan, exported as .glb and
 * as .gltf + .bin, pass the Khronos glTF-Validator with no errors, no warnings and no infos; so
 * do sessions built to hit the exporter's edge cases. One node process validates all files.
 */
class GltfValidatorTest {
  @TempDir Path dir;

  @Test
  void goldenSessionsAndTheRealScanValidateCleanly() throws Exception {
    Path node = Tools.node();
    Path modules = Tools.gltfValidatorModules();
    Map<String, Path> files = new LinkedHashMap<>();
    for (GoldenFile golden : GoldenFiles.sessions()) {
      SessionDocument doc = golden.read();
      export(files, golden.name(), doc, null);
    }
    for (GoldenRoom golden : GoldenFiles.rooms()) {
      try (Room room = Room.open(golden.copyTo(dir.resolve("rooms")))) {
        SessionDocument doc = room.session();
        GeometryCache cache = null;
        if (doc.geometryCache() instanceof ExternalGeometryCache external) {
          try (InputStream in = room.openEntry(external.source())) {
            cache = dev.appsim.session.codec.SessionCodec.defaults().readGeometryCache(in);
          }
        }
        export(files, golden.name(), doc, cache);
      }
    }
    export(files, "example", Fixtures.example(), Fixtures.exampleCache());
    export(files, "edge-cases", edgeCases(), edgeCaseCache());
    JsonNode reports = validate(node, modules, new ArrayList<>(files.values()));
    List<String> problems = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Path> file : files.entrySet()) {
      JsonNode issues = reports.get(i++).get("issues");
      for (JsonNode m : issues.get("messages")) {
        problems.add(file.getKey() + ": " + m.get("code").asString() + " at " + m.path("pointer").asString("")
            + ": " + m.get("message").asString());
      }
    }
    assertEquals(List.of(), problems, "validator issues (errors, warnings, infos, hints)");
    assertEquals(files.size(), reports.size());
  }

  private void export(Map<String, Path> files, String name, SessionDocument doc, GeometryCache cache) throws Exception {
    Path glb = dir.resolve(name + ".glb");
    Path gltf = dir.resolve(name + ".gltf");
    GltfExport.write(doc, cache, ExportOptions.defaults(), glb);
    GltfExport.write(doc, cache, ExportOptions.defaults(), gltf);
    files.put(name + ".glb", glb);
    files.put(name + ".gltf", gltf);
  }

  private static JsonNode validate(Path node, Path modules, List<Path> files) throws Exception {
    List<String> command = new ArrayList<>(List.of(node.toString(),
        Tools.REPO.resolve("session-view/src/test/node/validate-gltf.js").toString(), modules.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError("the validator failed: " + new String(out, StandardCharsets.UTF_8));
    }
    return JsonMapper.builder().build().readTree(out);
  }

  /** A scene with every light case: colour above 1, equal cones, directional, ambient, a turned camera. */
  private static SessionDocument edgeCases() {
    return SessionDocument.builder()
        .scene(SceneGraph.of(
            new LightNode("spot", null, "Equal cones", true, new Transform(new Vec3(0, 2, 0),
                new Quaternion(0.3, 0, 0, 0.954), new Vec3(1, -2, 0.5)),
                new Light(LightType.SPOT, new Rgb(3, 0.5, 0), 1e6, 10.0, 90.0, 90.0, true, Extensions.EMPTY),
                Extensions.EMPTY),
            LightNode.of("sun", null, Light.of(LightType.DIRECTIONAL, 3), Transform.IDENTITY),
            LightNode.of("amb", "sun", Light.of(LightType.AMBIENT, 0.2), Transform.IDENTITY)))
        .gizmos(Fixtures.cameraAt(new Vec3(0, 2.5, 3), new Quaternion(-0.2588, 0, 0, 0.9659)))
        .build();
  }

  /** Degenerate and extreme geometry: points, zero normals, unused vertices, a 90,000-vertex grid, odd planes. */
  private static GeometryCache edgeCaseCache() {
    float m = Float.MAX_VALUE;
    return new GeometryCache(null, null, List.of(
        MeshBlock.of("points", FloatArray.of(0, 0, 0, 1, 1, 1), IntArray.EMPTY),
        MeshBlock.of("empty", FloatArray.EMPTY, IntArray.EMPTY),
        MeshBlock.of("extreme", FloatArray.of(-m, 0, m, m, -0.0f, Float.MIN_VALUE, 0, m, -m), IntArray.of(0, 1, 2)),
        new MeshBlock("zero-normal", null, null, FloatArray.of(0, 0, 0, 1, 0, 0, 0, 0, 1), IntArray.of(0, 1, 2, 2, 1, 0),
            FloatArray.of(0, 0, 0, 1e-40f, 0, 0, 0, m, 0), FloatArray.of(0, 0.5f, 1), Extensions.EMPTY),
        // Vertex 3 is used by no triangle: glTF allows it, and so must the validator's report.
        MeshBlock.of("unused-vertex", FloatArray.of(0, 0, 0, 1, 0, 0, 0, 0, 1, 5, 5, 5), IntArray.of(0, 1, 2)),
        Fixtures.grid("big", 300, true, true)),
        List.of(
            new Plane("concave", new Pose(new Vec3(0, 0.7, 0), Fixtures.FLOOR_ROTATION), 2, 2,
                List.of(PlaneSemantic.TABLE, PlaneSemantic.OTHER), Fixtures.lShape(), Extensions.EMPTY),
            new Plane("bow-tie", Pose.ORIGIN, 3, 1, List.of(PlaneSemantic.WALL),
                List.of(new Vec2(0, 0), new Vec2(1, 1), new Vec2(1, 0), new Vec2(0, 1)), Extensions.EMPTY),
            Plane.of("huge", Pose.ORIGIN, 1e300, 1e-300),
            // (1, 0) is collinear: ear clipping drops it, leaving a vertex no triangle uses.
            new Plane("collinear", Pose.ORIGIN, 2, 2, List.of(), List.of(new Vec2(0, 0), new Vec2(1, 0), new Vec2(2, 0),
                new Vec2(2, 2), new Vec2(0, 2)), Extensions.EMPTY)));
  }
}
