package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DepsCommandTest {
  private static final Path ZI = Cli.EXAMPLE.resolve("zi").resolve("data");

  @TempDir Path tmp;

  private Path session(String... assets) throws IOException {
    String nodes = IntStream.range(0, assets.length)
        .mapToObj(i -> "{\"id\":\"n" + i + "\",\"kind\":\"model\",\"asset\":\"" + assets[i].replace("\\", "\\\\") + "\"}")
        .collect(Collectors.joining(","));
    return Files.writeString(tmp.resolve("s.session"), "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
        + "\"metadata\":{\"name\":\"s\"},\"scene\":{\"nodes\":[" + nodes + "]}}");
  }

  @Test
  void aRelativeVariableValueIsRelativeToTheCurrentDirectoryFromEitherSource() {
    // Surefire runs in session-cli/, so the example's zi folder is ../examples/living-room/zi from here.
    String zi = "../examples/living-room/zi";
    String remap = Cli.SAVED_ROOT + "=" + Cli.EXAMPLE.resolve("zi");
    Cli.Result fromOption = Cli.run("deps", Cli.LIVING_ROOM.toString(), "--remap", remap, "--env", "ML_ZI_ROOT=" + zi);
    assertEquals(0, fromOption.exit(), fromOption::toString);
    Cli.Result fromEnvironment = Cli.run(new CliContext(Map.of("ML_ZI_ROOT", zi), false),
        "deps", Cli.LIVING_ROOM.toString(), "--remap", remap);
    assertEquals(0, fromEnvironment.exit(), fromEnvironment::toString);
    assertEquals(fromOption.out(), fromEnvironment.out());
    assertTrue(fromOption.out().contains("\"%ML_ZI_ROOT%\\data\\models\\chair.gltf\" -> " + ZI.resolve("models/chair.gltf")),
        fromOption.out());
  }

  @Test
  void manyMissingFilesBelowOnePrefixAreOneGroupWithTheRemapThatFixesThem() throws IOException {
    Path local = Files.createDirectories(tmp.resolve("local/props"));
    Files.writeString(local.resolve("a.obj"), "v 0 0 0\n");
    String saved = "C:\\Users\\ana\\Scenes\\props\\";
    Path file = session(saved + "a.obj", saved + "b.obj", saved + "c.obj", saved + "sub\\d.obj");
    Cli.Result r = Cli.run("deps", file.toString(), "--search-path", tmp.resolve("local").toString());
    assertEquals(ExitCode.MISSING_DEPENDENCIES, r.exit(), r::toString);
    assertTrue(r.out().contains("\n4 references, 1 files, 3 unresolved\n"
        + "3 references below C:\\Users\\ana\\Scenes\\props, saved on another machine and not found here:\n"
        + "  session /scene/nodes/1/asset: \"" + saved + "b.obj\"\n"
        + "  session /scene/nodes/2/asset: \"" + saved + "c.obj\"\n"
        + "  session /scene/nodes/3/asset: \"" + saved + "sub\\d.obj\"\n"
        + "  try --remap 'C:\\Users\\ana\\Scenes\\props=" + local + "'\n"
        + "  tried for the first (the others alike):\n"
        + "    1. as written: " + saved + "b.obj: not applicable on this host\n"), r.out());
    JsonNode group = Cli.json(Cli.run("deps", file.toString(), "--search-path", tmp.resolve("local").toString(),
        "--json").out()).get("missingGroups").get(0);
    assertEquals("saved_elsewhere", group.get("cause").asString());
    assertEquals("C:\\Users\\ana\\Scenes\\props", group.get("prefix").asString());
    assertEquals(3, group.get("count").asInt());
    assertEquals("--remap 'C:\\Users\\ana\\Scenes\\props=" + local + "'", group.get("suggestion").asString());
  }

  @Test
  void whatCouldNotBeFollowedIsListedAndWarnedAbout() throws IOException {
    Files.writeString(tmp.resolve("odd.gltf"), "{\"asset\":{\"version\":\"2.0\"},\"extensionsRequired\":[\"VENDOR_x\"]}");
    Cli.Result r = Cli.run("deps", session("odd.gltf").toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().endsWith("1 references, 1 files, 0 unresolved\n"
        + "1 not followed (the room may lack files these name):\n"
        + "  " + tmp.toRealPath().resolve("odd.gltf") + " /extensionsRequired/0: requires the glTF extension"
        + " \"VENDOR_x\", which is not known here: files it names other than by \"uri\" are not followed\n"), r.out());
    assertEquals("session deps: warning: 1 thing in the assets could not be followed, so files they name may be"
        + " missing from the graph (listed under 'not followed')\n", r.err());
  }

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
  void missingReferencesExitWith4AndShowWhatWasTriedOncePerCause() {
    Cli.Result r = Cli.run("deps", Cli.LIVING_ROOM.toString());
    assertEquals(ExitCode.MISSING_DEPENDENCIES, r.exit(), r::toString);
    String sofa = Cli.SAVED_ROOT + "\\data\\models\\sofa.gltf";
    assertTrue(r.out().startsWith(Cli.LIVING_ROOM + "\n"
        + "├─ /scene/nodes/2/asset  \"" + sofa + "\" -> MISSING\n"
        + "│    1. as written: " + sofa + ": not applicable on this host\n"
        + "│    2. implicit remap " + Cli.SAVED_ROOT + " -> " + Cli.PIPED.environment().get("HOME")
        + "/MagicLeap/tools/zi/1.6.0VirtualDevice (simulator 1.6.0 is not installed here): not found\n"
        + "├─ /scene/nodes/3/asset  \"%ML_ZI_ROOT%\\data\\models\\chair.gltf\" -> MISSING (one of 3, see below)\n"
        + "├─ /scene/nodes/4/asset  \"${ML_ZI_ROOT}/data/models/chair.gltf\" -> MISSING (one of 3, see below)\n"
        + "├─ /scene/nodes/5/asset  \"$ML_ZI_ROOT/data/props/lamp.obj\" -> MISSING (one of 3, see below)\n"), r.out());
    assertTrue(r.out().endsWith("\n7 references, 3 files, 4 unresolved\n"
        + "3 references through the undefined variable ML_ZI_ROOT:\n"
        + "  session /scene/nodes/3/asset: \"%ML_ZI_ROOT%\\data\\models\\chair.gltf\"\n"
        + "  session /scene/nodes/4/asset: \"${ML_ZI_ROOT}/data/models/chair.gltf\"\n"
        + "  session /scene/nodes/5/asset: \"$ML_ZI_ROOT/data/props/lamp.obj\"\n"
        + "  try --env ML_ZI_ROOT=DIR\n"
        + "  tried for the first (the others alike):\n"
        + "    1. variable ML_ZI_ROOT: undefined\n"), r.out());
    assertEquals("session deps: 4 references could not be resolved; add --remap FROM=TO, --search-path DIR or"
        + " --env NAME=VALUE (see the attempts listed)\n", r.err());
  }

  @Test
  void jsonListsEveryEdge() {
    Cli.Result r = Cli.run(Cli.withExample("deps", Cli.LIVING_ROOM.toString(), "--json"));
    assertEquals(0, r.exit(), r::toString);
    JsonNode graph = Cli.json(r.out());
    assertEquals(List.of("session", "complete", "fileCount", "referenceCount", "unresolvedCount", "references",
        "notices", "missingGroups"), names(graph));
    assertEquals(0, graph.get("notices").size());
    assertEquals(0, graph.get("missingGroups").size());
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
