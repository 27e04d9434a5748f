package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {
  @TempDir Path tmp;

  @Test
  void aValidSessionPasses() {
    Cli.Result r = Cli.run("validate", Cli.MINIMAL.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(Cli.MINIMAL + ": valid session (format 1.0, 2 nodes, 0 file references)\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void listsEveryViolationWithItsPointer() throws Exception {
    Path bad = twoViolations();
    Cli.Result r = Cli.run("validate", bad.toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertEquals(bad + ": invalid session, 2 violations:\n"
        + "  /scene/nodes/1/light/intensity: -1.0 must be >= 0\n"
        + "  /scene/nodes/1/light/range: -5.0 must be > 0\n", r.out());
    assertEquals("session validate: " + bad + " is not a valid session; fix the violations listed on stdout\n", r.err());
  }

  @Test
  void jsonShapeOfViolations() throws Exception {
    Path bad = twoViolations();
    Cli.Result r = Cli.run("validate", bad.toString(), "--json");
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    JsonNode report = Cli.json(r.out());
    assertEquals(bad.toString(), report.get("file").asString());
    assertEquals("session", report.get("type").asString());
    assertEquals(false, report.get("valid").asBoolean());
    assertEquals(2, report.get("violations").size());
    JsonNode first = report.get("violations").get(0);
    assertEquals("/scene/nodes/1/light/intensity", first.get("pointer").asString());
    assertTrue(first.get("line").isNull());
  }

  @Test
  void unreadableTextIsOneViolationWithLineAndColumn() throws Exception {
    Path broken = Cli.truncatedSession(tmp.resolve("broken.session"));
    Cli.Result r = Cli.run("validate", broken.toString(), "--json");
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertEquals("{\"file\":\"" + broken + "\",\"type\":\"session\",\"valid\":false,\"violations\":["
        + "{\"pointer\":\"/scene/nodes/1/id\","
        + "\"message\":\"Unexpected end-of-input within/between Object entries\","
        + "\"line\":16,\"column\":9}],\"omittedViolations\":0}\n", r.out());
  }

  @Test
  void validatesTheSessionInsideARoom(@TempDir Path dir) {
    Path room = Cli.packageExample(dir.resolve("x.room"));
    Cli.Result r = Cli.run("validate", room.toString(), "--json");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("room", Cli.json(r.out()).get("type").asString());
    assertEquals(true, Cli.json(r.out()).get("valid").asBoolean());
  }

  @Test
  void aMissingFileIsAnIoFailure() {
    Path none = tmp.resolve("none.session");
    Cli.Result r = Cli.run("validate", none.toString());
    assertEquals(ExitCode.FAILURE, r.exit());
    assertEquals("session validate: cannot find " + none + "; check the path\n", r.err());
  }

  private Path twoViolations() throws Exception {
    String text = Files.readString(Cli.MINIMAL)
        .replace("\"range\": 5.0", "\"range\": -5.0")
        .replace("\"intensity\": 100.0", "\"intensity\": -1.0");
    return Files.writeString(tmp.resolve("bad.session"), text);
  }

  // A hostile session: 1,500 node entries that are not objects, 2 bytes each.
  private Path flood() throws Exception {
    return Files.writeString(tmp.resolve("flood.session"), "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
        + "\"metadata\":{\"name\":\"n\"},\"scene\":{\"nodes\":[" + "1,".repeat(1_499) + "1]}}");
  }

  @Test
  void aViolationFloodListsTheFirstThousandAndCountsTheRest() throws Exception {
    Path bad = flood();
    Cli.Result r = Cli.run("validate", bad.toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    String[] lines = r.out().split("\n");
    assertEquals(bad + ": invalid session, 1500 violations:", lines[0]);
    assertEquals("  /scene/nodes/999: expected an object, found the number 1 (line 1, column 2090)", lines[1000]);
    assertEquals("  ... and 500 more", lines[1001]);
    assertEquals(1002, lines.length);
    JsonNode report = Cli.json(Cli.run("validate", bad.toString(), "--json").out());
    assertEquals(1000, report.get("violations").size());
    assertEquals(500, report.get("omittedViolations").asLong());
  }

  @Test
  void otherCommandsCountEveryViolationOfAFlood() throws Exception {
    Path bad = flood();
    Cli.Result r = Cli.run("info", bad.toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertTrue(r.err().startsWith("session info: " + bad + " is not a valid session: 1500 violations, first"
        + " /scene/nodes/0: expected an object, found the number 1"), r.err());
  }
}
