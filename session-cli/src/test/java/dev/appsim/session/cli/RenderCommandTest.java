package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path tmp;

  @Test
  void rendersTheExampleWithItsSidecarAsTheReadmeShows() throws Exception {
    Path svg = tmp.resolve("plan.svg");
    Cli.Result r = Cli.run("render", Cli.LIVING_ROOM.toString(), svg.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Rendered " + Cli.LIVING_ROOM + " to " + svg + " (top view, 960x720, "), r.out());
    assertEquals("", r.err());
    assertEquals(Files.readString(Cli.REPO.resolve("docs/living-room.svg")), Files.readString(svg),
        "the README's plan is what render draws");
  }

  @Test
  void aRoomRendersLikeTheSessionItCarries(@TempDir Path dir) throws Exception {
    Path room = Cli.packageExample(dir.resolve("living-room.room"));
    Path svg = tmp.resolve("room.svg");
    Cli.Result r = Cli.run("render", room.toString(), svg.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(Files.readString(Cli.REPO.resolve("docs/living-room.svg")), Files.readString(svg));
  }

  @Test
  void viewAndSizeAreOptions() throws Exception {
    Path svg = tmp.resolve("side.svg");
    Cli.Result r = Cli.run("render", Cli.LIVING_ROOM.toString(), svg.toString(), "--view", "SIDE", "--size", "640x480");
    assertEquals(0, r.exit(), r::toString);
    String text = Files.readString(svg);
    assertTrue(text.contains("width=\"640\" height=\"480\""), text.substring(0, 300));
    assertTrue(text.contains("\u2014 side view</title>"));
  }

  @Test
  void aMissingSidecarIsReportedUnlessAllowed() throws Exception {
    Path session = tmp.resolve("alone.session");
    Files.copy(Cli.LIVING_ROOM, session);
    Path svg = tmp.resolve("plan.svg");
    Cli.Result r = Cli.run("render", session.toString(), svg.toString());
    assertEquals(ExitCode.MISSING_DEPENDENCIES, r.exit(), r::toString);
    assertEquals("session render: the geometry cache of " + session + ", \"scans/living-room.geocache\", cannot be found;"
        + " add --remap FROM=TO, --search-path DIR or --env NAME=VALUE, or pass --allow-missing to draw without it\n",
        r.err());
    assertFalse(Files.exists(svg));
    Cli.Result allowed = Cli.run("render", session.toString(), svg.toString(), "--allow-missing");
    assertEquals(0, allowed.exit(), allowed::toString);
    assertEquals("session render: warning: the geometry cache \"scans/living-room.geocache\" was not found;"
        + " drawing without it\n", allowed.err());
    assertTrue(Files.readString(svg).contains(">geometry cache sidecar not read</text>"));
  }

  @Test
  void theSidecarIsFoundThroughASearchPath() throws Exception {
    Path session = tmp.resolve("alone.session");
    Files.copy(Cli.LIVING_ROOM, session);
    Cli.Result r = Cli.run("render", session.toString(), tmp.resolve("p.svg").toString(),
        "--search-path", Cli.EXAMPLE.toString());
    assertEquals(0, r.exit(), r::toString);
  }

  @Test
  void aCorruptSidecarIsInvalidInput() throws Exception {
    Path session = tmp.resolve("s.session");
    Files.copy(Cli.LIVING_ROOM, session);
    Files.createDirectories(tmp.resolve("scans"));
    Path sidecar = tmp.resolve("scans/living-room.geocache");
    Files.writeString(sidecar, "{\"format\": \"appsim.geometry-cache\", \"formatVersion\": \"1.0\", \"meshBlocks\": [");
    Cli.Result r = Cli.run("render", session.toString(), tmp.resolve("p.svg").toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertTrue(r.err().startsWith("session render: the geometry cache of " + session + ", " + sidecar.toRealPath()
        + ", cannot be read: "), r.err());
  }

  @Test
  void aBadSizeIsAUsageError() {
    Cli.Result r = Cli.run("render", Cli.MINIMAL.toString(), tmp.resolve("p.svg").toString(), "--size", "big");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session render: --size 'big' must be WIDTHxHEIGHT in pixels, e.g. 960x720;"
        + " run 'session render --help' for usage.\n", r.err());
    Cli.Result small = Cli.run("render", Cli.MINIMAL.toString(), tmp.resolve("p.svg").toString(), "--size", "10x10");
    assertEquals(ExitCode.USAGE, small.exit());
    assertEquals("session render: --size '10x10': width (10) must be between 360 and 16384;"
        + " run 'session render --help' for usage.\n", small.err());
  }

  @Test
  void theInputIsNeverOverwritten() throws Exception {
    Path session = tmp.resolve("m.session");
    Files.copy(Cli.MINIMAL, session);
    byte[] before = Files.readAllBytes(session);
    Cli.Result r = Cli.run("render", session.toString(), tmp.resolve(".").resolve("m.session").toString());
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    assertEquals("session render: <out> '" + tmp.resolve(".").resolve("m.session") + "' is the input file;"
        + " choose another name; run 'session render --help' for usage.\n", r.err());
    assertEquals(new String(before), Files.readString(session));
  }

  @Test
  void aMissingInputIsAnIoFailure() {
    Cli.Result r = Cli.run("render", tmp.resolve("none.session").toString(), tmp.resolve("p.svg").toString());
    assertEquals(ExitCode.FAILURE, r.exit());
    assertEquals("session render: cannot find " + tmp.resolve("none.session") + "; check the path\n", r.err());
  }
}
