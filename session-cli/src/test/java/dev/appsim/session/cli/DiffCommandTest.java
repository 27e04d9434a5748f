package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DiffCommandTest {
  @TempDir static Path shared;
  static Path room;

  @TempDir Path tmp;

  @BeforeAll
  static void packageTheExample() {
    room = Cli.packageExample(shared.resolve("living-room.room"));
  }

  @Test
  void equalSessionsPrintNothingAndExitZero() {
    Cli.Result r = Cli.run("diff", Cli.MINIMAL.toString(), Cli.MINIMAL.toString());
    assertEquals(ExitCode.OK, r.exit(), r::toString);
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  @Test
  void jsonAndSmileOfOneSessionDoNotDiffer() {
    Path smile = tmp.resolve("minimal-smile.session");
    assertEquals(0, Cli.run("convert", Cli.MINIMAL.toString(), smile.toString(), "--to", "smile").exit());
    Cli.Result r = Cli.run("diff", Cli.MINIMAL.toString(), smile.toString(), "--json");
    assertEquals(ExitCode.OK, r.exit(), r::toString);
    JsonNode report = Cli.json(r.out());
    assertEquals(true, report.get("equal").asBoolean());
    assertEquals(0, report.get("differenceCount").asInt());
    assertEquals(0, report.get("differences").size());
  }

  @Test
  void aChangedValueIsItsPointerWithOldAndNewAndExitsOne() throws Exception {
    Path edited = tmp.resolve("edited.session");
    Files.writeString(edited, Files.readString(Cli.MINIMAL).replace("\"intensity\": 100.0", "\"intensity\": 250.0")
        .replace("\"name\": \"Minimal\"", "\"name\": \"Edited\""));
    Cli.Result r = Cli.run("diff", Cli.MINIMAL.toString(), edited.toString());
    assertEquals(1, r.exit(), r::toString);
    assertEquals("/metadata/name: \"Minimal\" -> \"Edited\"\n/scene/nodes/1/light/intensity: 100.0 -> 250.0\n", r.out());
    assertEquals("", r.err());

    JsonNode json = Cli.json(Cli.run("diff", Cli.MINIMAL.toString(), edited.toString(), "--json").out());
    assertEquals(false, json.get("equal").asBoolean());
    assertEquals(Cli.MINIMAL.toString(), json.get("a").asString());
    JsonNode second = json.get("differences").get(1);
    assertEquals("session", second.get("in").asString());
    assertEquals("/scene/nodes/1/light/intensity", second.get("pointer").asString());
    assertEquals("changed", second.get("kind").asString());
    assertEquals(100.0, second.get("old").asDouble());
    assertEquals(250.0, second.get("new").asDouble());
  }

  @Test
  void aRoomAgainstItsUnpackedSessionDiffersOnlyInThePaths() {
    Path target = tmp.resolve("unpacked");
    assertEquals(0, Cli.run("unpack", room.toString(), target.toString()).exit());
    Cli.Result r = Cli.run("diff", room.toString(), target.resolve("session.json").toString(), "--json");
    assertEquals(1, r.exit(), r::toString);
    JsonNode differences = Cli.json(r.out()).get("differences");
    assertEquals(6, differences.size(), r.out());
    for (JsonNode d : differences) {
      assertTrue(d.get("pointer").asString().endsWith("/asset") || d.get("pointer").asString().equals("/geometryCache/source"),
          d::toString);
      assertEquals(target.resolve(d.get("old").asString()).toString(), d.get("new").asString());
    }
  }

  @Test
  void twoRoomsAreAlsoComparedFileByFile() throws Exception {
    Path copy = tmp.resolve("copy");
    Cli.run("unpack", room.toString(), copy.toString(), "--relative");
    Files.write(copy.resolve("assets/brass-bump.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
    Path repacked = tmp.resolve("repacked.room");
    assertEquals(0, Cli.run("package", copy.resolve("session.json").toString(), repacked.toString()).exit());
    Cli.Result r = Cli.run("diff", room.toString(), repacked.toString());
    assertEquals(1, r.exit(), r::toString);
    assertTrue(r.out().contains("room /files/assets~1brass-bump.png/size: 273 -> 5\n"), r.out());
    assertTrue(r.out().contains("room /files/assets~1brass-bump.png/sha256: \""), r.out());
    assertEquals(2, r.out().lines().count(), "the session and every other file are the same: " + r.out());
  }

  @Test
  void troubleIsTwoOrMoreNeverOne() throws Exception {
    Cli.Result missing = Cli.run("diff", Cli.MINIMAL.toString(), "/no/such.session");
    assertEquals(ExitCode.USAGE, missing.exit(), missing::toString);
    assertEquals("session diff: cannot find /no/such.session; check the path\n", missing.err());

    Path broken = Cli.truncatedSession(tmp.resolve("broken.session"));
    Cli.Result invalid = Cli.run("diff", broken.toString(), Cli.MINIMAL.toString());
    assertEquals(ExitCode.INVALID, invalid.exit(), invalid::toString);
    assertTrue(invalid.err().startsWith("session diff: " + broken + " is not a readable session: "), invalid.err());

    Cli.Result usage = Cli.run("diff", Cli.MINIMAL.toString());
    assertEquals(ExitCode.USAGE, usage.exit(), usage::toString);
  }

  @Test
  void inJsonModeAnErrorIsJsonOnStdoutToo() {
    Cli.Result r = Cli.run("diff", Cli.MINIMAL.toString(), "/no/such.session", "--json");
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    JsonNode error = Cli.json(r.out()).get("error");
    assertEquals("session diff", error.get("command").asString());
    assertEquals(2, error.get("exitCode").asInt());
    assertEquals("cannot find /no/such.session; check the path", error.get("message").asString());
  }

  @Test
  void quietPrintsNothingAndTheStatusTells() throws Exception {
    Path edited = tmp.resolve("e.session");
    Files.writeString(edited, Files.readString(Cli.MINIMAL).replace("Minimal", "Other"));
    Cli.Result r = Cli.run("diff", "-q", Cli.MINIMAL.toString(), edited.toString());
    assertEquals(1, r.exit());
    assertEquals("", r.out());
  }

  @Test
  void bothInputsCannotBeStandardInput() {
    Cli.Result r = Cli.run("diff", "-", "-");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session diff: <a> and <b> are both standard input; at most one of them can be -; run"
        + " 'session diff --help' for usage.\n", r.err());
  }
}
