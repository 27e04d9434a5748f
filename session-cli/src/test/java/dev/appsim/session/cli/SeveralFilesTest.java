package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** validate, verify and info on several files: one result each, in order, and the most severe status. */
class SeveralFilesTest {
  @TempDir static Path shared;
  static Path room;
  static Path damaged;

  @TempDir Path tmp;

  @BeforeAll
  static void packageTheExample() throws Exception {
    room = Cli.packageExample(shared.resolve("living-room.room"));
    damaged = Cli.tamperWithStoredEntry(room, shared.resolve("damaged.room"));
  }

  @Test
  void validateReportsEachFileInOrder() throws Exception {
    Path broken = Cli.truncatedSession(tmp.resolve("broken.session"));
    Cli.Result r = Cli.run("validate", Cli.MINIMAL.toString(), broken.toString(), room.toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertEquals(Cli.MINIMAL + ": valid session (format 1.0, 2 nodes, 0 file references)", lines.get(0));
    assertEquals(broken + ": invalid session, 1 violation:", lines.get(1));
    assertEquals(room + ": valid session (format 1.0, 14 nodes, 6 file references)", lines.get(3));
    assertEquals("session validate: " + broken + " is not a valid session; fix the violation listed on stdout\n", r.err());
  }

  @Test
  void jsonIsOneObjectPerLineAndAFileThatFailsIsAnErrorObject() {
    Cli.Result r = Cli.run("validate", "--json", Cli.MINIMAL.toString(), "/no/such.session", room.toString());
    assertEquals(ExitCode.FAILURE, r.exit(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertEquals(true, Cli.json(lines.get(0)).get("valid").asBoolean());
    JsonNode error = Cli.json(lines.get(1));
    assertEquals("/no/such.session", error.get("file").asString());
    assertEquals("session validate", error.get("error").get("command").asString());
    assertEquals(1, error.get("error").get("exitCode").asInt());
    assertEquals("cannot find /no/such.session; check the path", error.get("error").get("message").asString());
    assertEquals(room.toString(), Cli.json(lines.get(2)).get("file").asString());
    assertEquals("session validate: cannot find /no/such.session; check the path\n", r.err(), "stderr has it too");
  }

  @Test
  void verifyGivesTheMostSevereStatus() {
    Cli.Result r = Cli.run("verify", room.toString(), damaged.toString(), room.toString());
    assertEquals(ExitCode.INTEGRITY, r.exit(), r::toString);
    assertTrue(r.out().startsWith(room + ": intact, 13 of 13 files checked\n"), r.out());
    assertTrue(r.out().contains(damaged + ": 1 problem, 13 of 13 files checked:\n  assets/brass-bump.png: "), r.out());

    Cli.Result worse = Cli.run("verify", damaged.toString(), Cli.hostileRoomPath(shared), "/no/such.room");
    assertEquals(ExitCode.FAILURE, worse.exit(), "1 (not checked at all) outranks 3 and 5: " + worse);
    Cli.Result unsafe = Cli.run("verify", damaged.toString(), Cli.hostileRoomPath(shared));
    assertEquals(ExitCode.INVALID, unsafe.exit(), "3 (unsafe) outranks 5 (damaged): " + unsafe);
  }

  @Test
  void verifyJsonLinesOneRoomEach() {
    Cli.Result r = Cli.run("verify", "--json", room.toString(), damaged.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertEquals(true, Cli.json(lines.get(0)).get("intact").asBoolean());
    assertEquals(false, Cli.json(lines.get(1)).get("intact").asBoolean());
  }

  @Test
  void infoSeparatesSummariesByABlankLine() {
    Cli.Result r = Cli.run("info", Cli.MINIMAL.toString(), room.toString());
    assertEquals(ExitCode.OK, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Session   " + Cli.MINIMAL + "\n"), r.out());
    assertTrue(r.out().contains("\n\nRoom      " + room + " (room format 1.0, "), r.out());
    Cli.Result json = Cli.run("info", "--json", Cli.MINIMAL.toString(), room.toString());
    assertEquals(List.of("session", "room"),
        json.out().lines().map(l -> Cli.json(l).get("type").asString()).toList());
  }

  @Test
  void quietPrintsNoReportsOnlyTheErrors() {
    Cli.Result ok = Cli.run("--quiet", "validate", Cli.MINIMAL.toString(), room.toString());
    assertEquals(ExitCode.OK, ok.exit());
    assertEquals("", ok.out());
    assertEquals("", ok.err());
    Cli.Result bad = Cli.run("verify", "-q", damaged.toString(), "/no/such.room");
    assertEquals(ExitCode.FAILURE, bad.exit());
    assertEquals("", bad.out());
    assertEquals("session verify: cannot find /no/such.room; check the path\n", bad.err());
    Cli.Result json = Cli.run("info", "-q", "--json", Cli.MINIMAL.toString());
    assertEquals("session", Cli.json(json.out()).get("type").asString(), "--json output is what was asked for");
  }

  @Test
  void usageErrorsInJsonModeAreJsonOnStdoutToo() {
    Cli.Result r = Cli.run("verify", "--json", "--bogus", room.toString());
    assertEquals(ExitCode.USAGE, r.exit());
    JsonNode error = Cli.json(r.out()).get("error");
    assertEquals(2, error.get("exitCode").asInt());
    assertEquals("Unknown option: '--bogus'; run 'session verify --help' for usage.", error.get("message").asString());
  }
}
