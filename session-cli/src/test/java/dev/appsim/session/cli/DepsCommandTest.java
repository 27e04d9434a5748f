package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DepsCommandTest {
  private static final Path ZI = Cli.EXAMPLE.resolve("zi").resolve("data");

  @Test
  void showsTheWholeGraphWhenEverythingResolves() {
    Cli.Result r = Cli.run(Cli.withExample("deps", Cli.LIVING_ROOM.toString()));
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith(Cli.LIVING_ROOM + "\n├─ /scene/nodes/2/asset  \"" + Cli.SAVED_ROOT
        + "\\data\\models\\sofa.gltf\" -> " + ZI.resolve("models/sofa.gltf") + "\n"), r.out());
    assertTrue(r.out().contains("│  └─ line 2  \"lamp.mtl\" -> " + ZI.resolve("props/lamp.mtl") + "\n"
        + "│     ├─ line 8  \"textures/brass.png\" -> " + ZI.resolve("props/textures/brass.png") + "\n"), r.out());
    assertTrue(r.out().contains("\"${ML_ZI_ROOT}/data/models/chair.gltf\" -> " + ZI.resolve("models/chair.gltf")
        + " (again, see above)\n"), r.out());
    assertTrue(r.out().endsWith("\n15 references, 12 files, 0 unresolved\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void missingReferencesExitWith4AndShowWhatWasTried() {
    Cli.Result r = Cli.run("deps", Cli.LIVING_ROOM.toString());
    assertEquals(ExitCode.MISSING_DEPENDENCIES, r.exit(), r::toString);
    assertTrue(r.out().contains("├─ /scene/nodes/3/asset  \"%ML_ZI_ROOT%\\data\\models\\chair.gltf\" -> MISSING\n"
        + "│    1. variable ML_ZI_ROOT: undefined\n"), r.out());
    assertTrue(r.out().endsWith("\n7 references, 3 files, 4 unresolved\n"), r.out());
    assertEquals("session deps: 4 references could not be resolved; add --remap FROM=TO, --search-path DIR or"
        + " --env NAME=VALUE (see the attempts listed)\n", r.err());
  }

  @Test
  void jsonListsEveryEdge() {
    Cli.Result r = Cli.run(Cli.withExample("deps", Cli.LIVING_ROOM.toString(), "--json"));
    assertEquals(0, r.exit(), r::toString);
    JsonNode graph = Cli.json(r.out());
    assertEquals(List.of("session", "complete", "fileCount", "referenceCount", "unresolvedCount", "references"),
        names(graph));
    assertEquals(15, graph.get("references").size());
    assertEquals(12, graph.get("fileCount").asInt());
    JsonNode first = graph.get("references").get(0);
    assertEquals(List.of("referrer", "location", "raw", "status", "file", "candidates", "attempts"), names(first));
    assertTrue(first.get("referrer").isNull());
    assertEquals("/scene/nodes/2/asset", first.get("location").asString());
    assertEquals("found", first.get("status").asString());
    int nested = 0;
    for (JsonNode ref : graph.get("references")) {
      if (!ref.get("referrer").isNull()) {
        nested++;
        assertTrue(ref.get("referrer").asString().startsWith(Cli.EXAMPLE.toString()), ref::toString);
      }
    }
    assertEquals(9, nested, "glTF buffers and images, the MTL and its three maps");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
