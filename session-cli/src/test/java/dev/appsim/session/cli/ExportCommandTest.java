package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ExportCommandTest {
  @TempDir Path tmp;

  @Test
  void exportsTheExampleWithItsScanAsGlb() throws Exception {
    Path glb = tmp.resolve("living-room.glb");
    Cli.Result r = Cli.run("export", Cli.LIVING_ROOM.toString(), glb.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Exported " + Cli.LIVING_ROOM + " to " + glb
        + " (14 nodes, 3 mesh blocks, 1889 vertices, 3 planes; "), r.out());
    ByteBuffer head = ByteBuffer.wrap(Files.readAllBytes(glb)).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0x46546C67, head.getInt(), "glTF magic");
    assertEquals(2, head.getInt());
    assertEquals(Files.size(glb), head.getInt());
  }

  @Test
  void aRoomExportsItsScanFromTheArchive(@TempDir Path dir) throws Exception {
    Path room = Cli.packageExample(dir.resolve("living-room.room"));
    Path gltf = tmp.resolve("room.gltf");
    Cli.Result r = Cli.run("export", room.toString(), gltf.toString(), "--confidence", "attribute");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains(" + " + tmp.resolve("room.bin") + " "), r.out());
    JsonNode json = Cli.json(Files.readString(gltf));
    assertEquals("room.bin", json.get("buffers").get(0).get("uri").asString());
    JsonNode attributes = json.get("meshes").get(0).get("primitives").get(0).get("attributes");
    assertTrue(attributes.has("_CONFIDENCE"));
    assertFalse(attributes.has("COLOR_0"));
  }

  @Test
  void theOutputMustBeGlbOrGltf() {
    Cli.Result r = Cli.run("export", Cli.MINIMAL.toString(), tmp.resolve("x.obj").toString());
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session export: <out> '" + tmp.resolve("x.obj") + "' must end with .glb or .gltf;"
        + " run 'session export --help' for usage.\n", r.err());
  }

  @Test
  void anUnknownConfidenceEncodingIsAUsageError() {
    Cli.Result r = Cli.run("export", Cli.MINIMAL.toString(), tmp.resolve("x.glb").toString(), "--confidence", "rgb");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session export: --confidence 'rgb' must be one of both, color, attribute, none;"
        + " run 'session export --help' for usage.\n", r.err());
  }

  @Test
  void aMissingSidecarIsReportedUnlessAllowed() throws Exception {
    Path session = tmp.resolve("alone.session");
    Files.copy(Cli.LIVING_ROOM, session);
    Path glb = tmp.resolve("x.glb");
    Cli.Result r = Cli.run("export", session.toString(), glb.toString());
    assertEquals(ExitCode.MISSING_DEPENDENCIES, r.exit(), r::toString);
    assertEquals("session export: the geometry cache of " + session + ", \"scans/living-room.geocache\", cannot be found;"
        + " add --remap FROM=TO, --search-path DIR or --env NAME=VALUE, or pass --allow-missing to export without it\n",
        r.err());
    assertFalse(Files.exists(glb));
    Cli.Result allowed = Cli.run("export", session.toString(), glb.toString(), "--allow-missing");
    assertEquals(0, allowed.exit(), allowed::toString);
    assertTrue(allowed.out().contains("(14 nodes, no geometry cache; "), allowed.out());
  }

  @Test
  void aSessionWithoutCacheExportsItsNodes() throws Exception {
    Path glb = tmp.resolve("minimal.glb");
    Cli.Result r = Cli.run("export", Cli.MINIMAL.toString(), glb.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Exported " + Cli.MINIMAL + " to " + glb + " (2 nodes, no geometry cache; "), r.out());
  }
}
