package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class VerifyCommandTest {
  @TempDir static Path shared;
  static Path room;

  @TempDir Path tmp;

  @BeforeAll
  static void packageTheExample() {
    room = Cli.packageExample(shared.resolve("living-room.room"));
  }

  @Test
  void anIntactRoomPasses() {
    Cli.Result r = Cli.run("verify", room.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(room + ": intact, 13 of 13 files checked\n"
        + "  passed  archive: zip structure, entry names and limits, the mimetype entry, room.json and its missing"
        + " records, nothing under missing/\n"
        + "  passed  listing: room.json lists 13 entries, each in the archive with the size its directory gives, and"
        + " the archive holds no other\n"
        + "  passed  content: size and SHA-256 of 13 of 13 listed entries\n"
        + "  passed  session: session.json reads and validates: format 1.0, 14 nodes, 6 file references\n"
        + "  passed  paths: 6 session paths, each relative and inside the room: 6 entries, 0 recorded missing"
        + " references\n"
        + "  passed  sidecar: assets/living-room.geocache reads and validates as a geometry cache: 3 mesh blocks,"
        + " 3 planes\n"
        + "  passed  references: references in 5 assets: 9 references, each relative and inside the room: 9 entries,"
        + " 0 recorded missing references\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void jsonShape() {
    Cli.Result r = Cli.run("verify", room.toString(), "--json");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("{\"file\":\"" + room + "\",\"intact\":true,\"entries\":13,"
        + "\"checked\":13,\"problems\":[],\"problemCount\":0,\"checks\":[{"
        + "\"name\":\"archive\",\"outcome\":\"passed\",\"detail\":\"zip structure"), r.out());
    assertEquals(1, r.out().lines().count(), "one line per room");
    JsonNode checks = Cli.json(r.out()).get("checks");
    assertEquals(List.of("archive", "listing", "content", "session", "paths", "sidecar", "references"),
        checks.valueStream().map(c -> c.get("name").asString()).toList());
    assertTrue(checks.valueStream().allMatch(c -> c.get("outcome").asString().equals("passed")), r.out());
  }

  @Test
  void aChangedEntryIsAnIntegrityFailure() throws Exception {
    Path damaged = tamperWithStoredEntry(tmp.resolve("damaged.room"));
    Cli.Result r = Cli.run("verify", damaged.toString(), "--json");
    assertEquals(ExitCode.INTEGRITY, r.exit(), r::toString);
    JsonNode report = Cli.json(r.out());
    assertEquals(false, report.get("intact").asBoolean());
    assertEquals(1, report.get("problems").size(), r.out());
    assertEquals("assets/brass-bump.png", report.get("problems").get(0).get("entry").asString());
    assertEquals("integrity", report.get("problems").get(0).get("kind").asString());
    assertEquals("session verify: " + damaged + " failed verification; the file is damaged or was changed after"
        + " packaging, get a fresh copy\n", r.err());
  }

  @Test
  void aChangedEntryIsListedInText() throws Exception {
    Path damaged = tamperWithStoredEntry(tmp.resolve("damaged.room"));
    Cli.Result r = Cli.run("verify", damaged.toString());
    assertEquals(ExitCode.INTEGRITY, r.exit(), r::toString);
    assertTrue(r.out().startsWith(damaged + ": 1 problem, 13 of 13 files checked:\n  assets/brass-bump.png: "), r.out());
  }

  @Test
  void aHostileRoomIsUnsafeInput() throws Exception {
    Path hostile = Cli.hostileRoom(tmp.resolve("evil.room"), "../../etc/evil");
    Cli.Result r = Cli.run("verify", hostile.toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertTrue(r.err().startsWith("session verify: " + hostile + " is not a safe room at entry \"../../etc/evil\": "), r.err());
  }

  @Test
  void aMissingRoomIsAnIoFailure() {
    Cli.Result r = Cli.run("verify", tmp.resolve("none.room").toString());
    assertEquals(ExitCode.FAILURE, r.exit());
    assertEquals("session verify: cannot find " + tmp.resolve("none.room") + "; check the path\n", r.err());
  }

  static Path tamperWithStoredEntry(Path copy) throws Exception {
    return Cli.tamperWithStoredEntry(room, copy);
  }
}
