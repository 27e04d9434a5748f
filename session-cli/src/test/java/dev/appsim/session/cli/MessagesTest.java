package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** One regression test per message the issue named. */
class MessagesTest {
  @TempDir Path tmp;

  @Test
  void verifyNamesTheDamagedEntryOnceAndNotTheRoomAgain() throws Exception {
    Path room = Cli.packageExample(tmp.resolve("tampered.room"));
    Path damaged = Cli.tamperWithStoredEntry(room, tmp.resolve("damaged.room"));
    Cli.Result r = Cli.run("verify", damaged.toString());
    String problem = r.out().lines().toList().get(1);
    assertTrue(problem.startsWith("  assets/brass-bump.png: CRC-32 is "), problem);
    assertFalse(problem.contains("damaged.room"), problem);
    assertFalse(problem.contains("entry \"assets/brass-bump.png\""), problem);
  }

  @Test
  void aPlainZipIsNotARoomAndNotCalledUnsafe() throws Exception {
    Path zip = tmp.resolve("photos.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("a.txt"));
      out.write("hello".getBytes());
    }
    Cli.Result r = Cli.run("info", zip.toString());
    assertEquals(ExitCode.INVALID, r.exit());
    assertEquals("session info: " + zip + " is not a room: the first entry must be \"mimetype\"; give a .room made by"
        + " 'session package' (a zip archive of another kind is not one)\n", r.err());
    assertFalse(r.err().contains("other tools"), r.err());
  }

  @Test
  void infoJsonGivesNullPointerForAMissingReferenceInsideAnAsset() throws Exception {
    Path room = tmp.resolve("partial.room");
    Cli.Result p = Cli.run("package", Cli.LIVING_ROOM.toString(), room.toString(), "--allow-missing", "--env",
        "ML_ZI_ROOT=" + Cli.EXAMPLE.resolve("zi"));
    assertEquals(0, p.exit(), p::toString);
    JsonNode missing = Cli.json(Cli.run("info", room.toString(), "--json").out()).get("room").get("missing");
    boolean insideAnAsset = false;
    for (JsonNode m : missing) {
      if (!m.get("referrer").isNull()) {
        insideAnAsset = true;
        assertTrue(m.get("pointer").isNull(), m::toString);
      } else {
        assertTrue(m.get("pointer").asString().startsWith("/"), m::toString);
      }
    }
    assertTrue(insideAnAsset || missing.size() > 0, missing::toString);
  }

  @Test
  void aMismatchedBracketIsReportedWithoutJacksonsByteOffsetText() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.session"),
        "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"x\"},\"scene\":{\"nodes\":[}}");
    Cli.Result r = Cli.run("validate", bad.toString());
    assertEquals(bad + ": invalid session, 1 violation:\n"
        + "  /scene/nodes (line 1, column 92): Unexpected close marker '}': expected ']'\n", r.out());
    assertFalse(r.out().contains("#UNKNOWN"), r.out());
  }

  @Test
  void theDepsHintRepeatsTheResolutionOptionsInUse() {
    Path room = tmp.resolve("hint.room");
    Cli.Result r = Cli.run("package", Cli.LIVING_ROOM.toString(), room.toString(), "--allow-missing",
        "--remap", "C:\\Nowhere=" + tmp, "--search-path", tmp.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().endsWith("; run 'session deps " + Cli.LIVING_ROOM + " --remap 'C:\\Nowhere=" + tmp
        + "' --search-path " + tmp + "' to see what was tried\n"), r.err());
  }
}
