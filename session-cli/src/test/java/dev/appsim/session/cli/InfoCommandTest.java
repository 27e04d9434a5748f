package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class InfoCommandTest {
  @TempDir static Path shared;
  static Path room;

  @TempDir Path tmp;

  @BeforeAll
  static void packageTheExample() {
    room = Cli.packageExample(shared.resolve("living-room.room"));
  }

  @Test
  void summarisesASession() {
    Cli.Result r = Cli.run(Cli.withExample("info", Cli.LIVING_ROOM.toString()));
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Session   " + Cli.LIVING_ROOM + "\n"
        + "Name      Living room, evening light\n"
        + "Format    json, version 1.0, written by Application Simulator 1.6.0\n"
        + "Nodes     14: 3 group, 5 model, 4 light, 2 anchor\n"
        + "Lights    4: 1 directional, 1 point, 1 spot, 1 ambient\n"
        + "Geometry  external scans/living-room.geocache: 3 mesh blocks, 1889 vertices, 3744 triangles, 3 planes\n"
        + "Assets    6 referenced, 6 present, 0 missing or ambiguous\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void sessionJsonShape() {
    Cli.Result r = Cli.run("info", Cli.LIVING_ROOM.toString(), "--json");
    assertEquals(0, r.exit(), r::toString);
    JsonNode info = Cli.json(r.out());
    assertEquals(List.of("file", "type", "encoding", "formatVersion", "name", "generator", "nodes", "lights",
        "geometryCache", "assets", "room"), names(info));
    assertEquals("session", info.get("type").asString());
    assertEquals("json", info.get("encoding").asString());
    assertEquals(14, info.get("nodes").get("total").asInt());
    assertEquals(2, info.get("nodes").get("anchor").asInt());
    assertEquals(1, info.get("lights").get("spot").asInt());
    assertEquals(List.of("storage", "source", "loaded", "meshBlocks", "vertices", "triangles", "planes"),
        names(info.get("geometryCache")));
    assertEquals(3744, info.get("geometryCache").get("triangles").asLong());
    assertTrue(info.get("room").isNull());
    JsonNode sofa = info.get("assets").get(0);
    assertEquals(List.of("pointer", "role", "path", "status", "location"), names(sofa));
    // Without the remap the sofa, saved on Windows, is missing; the relative rug is present.
    assertEquals("missing", sofa.get("status").asString());
    assertTrue(sofa.get("location").isNull());
    JsonNode rug = info.get("assets").get(4);
    assertEquals("present", rug.get("status").asString());
    assertEquals(Cli.EXAMPLE.resolve("local-assets/rug.gltf").toString(), rug.get("location").asString());
  }

  @Test
  void summarisesARoomWithItsEntriesAndEveryAssetPresent() {
    Cli.Result r = Cli.run("info", room.toString(), "--json");
    assertEquals(0, r.exit(), r::toString);
    JsonNode info = Cli.json(r.out());
    assertEquals("room", info.get("type").asString());
    JsonNode manifest = info.get("room");
    assertEquals(List.of("formatVersion", "generator", "sessionEntry", "entryCount", "totalBytes", "entries", "missing"),
        names(manifest));
    assertEquals(13, manifest.get("entryCount").asInt());
    assertEquals("session.json", manifest.get("sessionEntry").asString());
    assertEquals(6, info.get("assets").size());
    for (JsonNode asset : info.get("assets")) {
      assertEquals("present", asset.get("status").asString(), asset::toString);
      assertTrue(asset.get("location").asString().startsWith("assets/"), asset::toString);
    }
    assertEquals(1889, info.get("geometryCache").get("vertices").asLong());
  }

  @Test
  void roomTextListsTheEntries() {
    Cli.Result r = Cli.run("info", room.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Room      " + room + " (room format 1.0, packaged by appsim-session "), r.out());
    assertTrue(r.out().contains("\nFiles     13, "), r.out());
    assertTrue(r.out().contains("\n  assets/sofa.gltf "), r.out());
    assertTrue(r.out().contains("\nAssets    6 referenced, 6 present, 0 missing or ambiguous\n"), r.out());
  }

  @Test
  void theUnpackedSessionHasEveryAssetPresent() {
    Path target = tmp.resolve("unpacked");
    Cli.Result unpacked = Cli.run("unpack", room.toString(), target.toString());
    assertEquals(0, unpacked.exit(), unpacked::toString);
    Cli.Result r = Cli.run("info", unpacked.out().strip(), "--json");
    assertEquals(0, r.exit(), r::toString);
    JsonNode info = Cli.json(r.out());
    assertEquals(6, info.get("assets").size());
    for (JsonNode asset : info.get("assets")) {
      assertEquals("present", asset.get("status").asString(), asset::toString);
    }
    assertEquals(true, info.get("geometryCache").get("loaded").asBoolean());
  }

  @Test
  void aCorruptSessionIsInvalidInput() throws Exception {
    Path broken = Cli.truncatedSession(tmp.resolve("broken.session"));
    Cli.Result r = Cli.run("info", broken.toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertEquals("session info: " + broken + " is not a readable session: /scene/nodes/1/id (line 16, column 9):"
        + " Unexpected end-of-input within/between Object entries; check that it is a .session file and that it is"
        + " complete\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void anUnreadableSidecarIsNamedAsSuch() throws Exception {
    Path session = Files.writeString(tmp.resolve("s.session"), "{\n  \"format\": \"appsim.session\",\n"
        + "  \"formatVersion\": \"1.0\",\n  \"metadata\": {\"name\": \"S\"},\n  \"scene\": {\"nodes\": []},\n"
        + "  \"geometryCache\": {\"source\": \"bad.geocache\"}\n}\n");
    Path sidecar = Files.writeString(tmp.resolve("bad.geocache"), "{\"meshBlocks\": [{\"id\": 3}]}");
    Cli.Result r = Cli.run("info", session.toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertTrue(r.err().startsWith("session info: the geometry cache of " + session + ", " + sidecar.toRealPath()
        + ", cannot be read: "), r.err());
    assertTrue(r.err().contains("/meshBlocks/0/id: expected a string, found the number 3 (line 1, column 24)"), r.err());
  }

  @Test
  void aHostileRoomIsUnsafeInput() throws Exception {
    Path hostile = Cli.hostileRoom(tmp.resolve("evil.room"), "../evil");
    Cli.Result r = Cli.run("info", hostile.toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertTrue(r.err().startsWith("session info: " + hostile + " is not a safe room at entry \"../evil\": "), r.err());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
