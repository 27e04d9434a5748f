package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.Room;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class PackageCommandTest {
  @TempDir Path tmp;

  @Test
  void packagesTheExampleWithTheDocumentedRemapAndEnvironment() throws Exception {
    Path room = tmp.resolve("living-room.room");
    Cli.Result r = Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), room.toString()));
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Packaged " + Cli.LIVING_ROOM + " into " + room + ": 13 files (the session and 12 it references), "), r.out());
    assertEquals("", r.err(), "nothing on stderr when it is not a terminal");
    try (Room opened = Room.open(room)) {
      assertEquals(12, opened.assetPaths().size());
      assertTrue(opened.verify().isIntact());
      assertEquals("session.json", opened.manifest().session());
    }
  }

  @Test
  void packagingAgainOverTheOutputReusesItsUnchangedEntriesAndWritesTheSameRoom() throws Exception {
    Path room = tmp.resolve("living-room.room");
    assertEquals(0, Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), room.toString())).exit());
    byte[] first = Files.readAllBytes(room);
    Cli.Result again = Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), room.toString()));
    assertEquals(0, again.exit(), again::toString);
    assertTrue(again.out().matches("(?s).*; reused the compressed bytes of \\d+ unchanged entries from the previous "
        + java.util.regex.Pattern.quote(room.toString()) + "\n"), again.out());
    assertArrayEquals(first, Files.readAllBytes(room));

    Path copy = tmp.resolve("copy.room");
    Cli.Result based = Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), copy.toString(), "--base", room.toString()));
    assertEquals(0, based.exit(), based::toString);
    assertTrue(based.out().contains(" unchanged entries from " + room + "\n"), based.out());
    assertArrayEquals(first, Files.readAllBytes(copy));

    Cli.Result off = Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), room.toString(), "--no-base"));
    assertEquals(0, off.exit(), off::toString);
    assertFalse(off.out().contains("reused"), off.out());
    assertArrayEquals(first, Files.readAllBytes(room));
  }

  @Test
  void baseAndNoBaseTogetherAreAUsageError() {
    Path room = tmp.resolve("x.room");
    Cli.Result r = Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), room.toString(), "--base", room.toString(), "--no-base"));
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    assertTrue(r.err().contains("--base and --no-base contradict each other: give one"), r.err());
    assertFalse(Files.exists(room));
  }

  @Test
  void relativeEnvironmentValuesAreTakenFromTheCurrentDirectory() {
    // Surefire runs in session-cli/, so the example's zi folder is ../examples/living-room/zi from here.
    Path room = tmp.resolve("relative.room");
    Cli.Result r = Cli.run("package", Cli.LIVING_ROOM.toString(), room.toString(),
        "--remap", Cli.SAVED_ROOT + "=../examples/living-room/zi", "--env", "ML_ZI_ROOT=../examples/living-room/zi");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(Files.isRegularFile(room));
  }

  @Test
  void drawsAProgressBarOnATerminal() {
    Path room = tmp.resolve("bar.room");
    Cli.Result r = Cli.run(new CliContext(Map.of(), true),
        Cli.withExample("package", Cli.LIVING_ROOM.toString(), room.toString()));
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().startsWith("\rPackaging ["), r.err());
    String last = r.err().substring(r.err().lastIndexOf('\r') + 1);
    assertTrue(last.matches(" *"), "the bar is erased at the end: " + last);
    assertTrue(r.err().contains("] 12/13 files  "), "counts the room's files, as the summary does: " + r.err());
    assertFalse(r.err().contains("/14 files"), "mimetype and room.json are not counted: " + r.err());
    assertFalse(r.err().contains("\n"), "no new line: " + r.err());
    assertFalse(r.out().contains("Packaging ["), "the bar never goes to stdout");
  }

  @Test
  void missingFilesFailWithEveryReferenceAndWhatWasTried() {
    Path room = tmp.resolve("missing.room");
    Path zi = Cli.EXAMPLE.resolve("zi");
    Cli.Result r = Cli.run("package", Cli.LIVING_ROOM.toString(), room.toString(), "--env", "ML_ZI_ROOT=" + zi);
    assertEquals(ExitCode.MISSING_DEPENDENCIES, r.exit(), r::toString);
    String sofa = Cli.SAVED_ROOT + "\\data\\models\\sofa.gltf";
    assertEquals("session package: 1 reference in " + Cli.LIVING_ROOM + " could not be resolved to a file, first session"
        + " /scene/nodes/2/asset \"" + sofa + "\"; add --remap FROM=TO, --search-path DIR or --env NAME=VALUE,"
        + " or pass --allow-missing to package without them\n"
        + "  1 reference below " + Cli.SAVED_ROOT + "\\data\\models, saved on another machine and not found here:\n"
        + "    session /scene/nodes/2/asset: \"" + sofa + "\"\n"
        + "    try --remap '" + Cli.SAVED_ROOT + "\\data\\models=DIR'\n"
        + "    tried:\n"
        + "      1. as written: " + sofa + ": not applicable on this host\n"
        + "      2. implicit remap " + Cli.SAVED_ROOT + " -> " + Cli.PIPED.environment().get("HOME")
        + "/MagicLeap/tools/zi/1.6.0VirtualDevice (simulator 1.6.0 is not installed here): not found\n", r.err());
    assertFalse(Files.exists(room), "no room is written");
    assertEquals("", r.out());
  }

  @Test
  void allowMissingPackagesTheRestAndWarns() throws Exception {
    Path room = tmp.resolve("partial.room");
    Cli.Result r = Cli.run("package", Cli.LIVING_ROOM.toString(), room.toString(), "--allow-missing");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("session package: warning: 4 references could not be resolved and are listed as missing in the"
        + " room's manifest; run 'session deps " + Cli.LIVING_ROOM + "' to see what was tried\n", r.err());
    try (Room opened = Room.open(room)) {
      assertEquals(4, opened.manifest().missing().size());
    }
  }

  @Test
  void dryRunPrintsThePlanAndWritesNothing() {
    Path room = tmp.resolve("dry.room");
    Cli.Result r = Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), room.toString(), "--dry-run"));
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Room plan for " + Cli.LIVING_ROOM + "\n13 entries, "), r.out());
    assertTrue(r.out().contains("  session /scene/nodes/2/asset: \"" + Cli.SAVED_ROOT
        + "\\data\\models\\sofa.gltf\" -> assets/sofa.gltf\n"), r.out());
    assertFalse(Files.exists(room));
  }

  @Test
  void dryRunNeedsNoOutputAndGivesJson() {
    Cli.Result r = Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), "--dry-run", "--json"));
    assertEquals(0, r.exit(), r::toString);
    JsonNode plan = Cli.json(r.out());
    assertTrue(plan.get("complete").asBoolean());
    assertEquals(13, plan.get("entries").size());
    assertEquals(15, plan.get("references").size());
  }

  @Test
  void dryRunOfAnIncompletePlanExitsAsPackagingWould() {
    Cli.Result r = Cli.run("package", Cli.LIVING_ROOM.toString(), "--dry-run");
    assertEquals(ExitCode.MISSING_DEPENDENCIES, r.exit(), r::toString);
    assertTrue(r.out().contains("4 unresolved; packaging would fail\n"), r.out());
    assertEquals("session package: 4 references could not be resolved, so packaging would fail; add --remap,"
        + " --search-path or --env, or pass --allow-missing\n", r.err());
  }

  @Test
  void smileStoresTheSessionAsSmile() throws Exception {
    Path room = tmp.resolve("smile.room");
    Cli.Result r = Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), room.toString(), "--smile", "--threads", "1"));
    assertEquals(0, r.exit(), r::toString);
    try (Room opened = Room.open(room)) {
      assertEquals("session.smile", opened.manifest().session());
      assertEquals(14, opened.session().scene().size());
    }
  }

  @Test
  void theThreadCountIsChecked() {
    Cli.Result r = Cli.run("package", Cli.LIVING_ROOM.toString(), tmp.resolve("t.room").toString(), "--threads", "0");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session package: --threads (0) must be in 1..256; run 'session package --help' for usage.\n", r.err());
  }

  @Test
  void theDeflateLevelIsChecked() {
    for (String bad : new String[] {"0", "10"}) {
      Cli.Result r = Cli.run("package", Cli.LIVING_ROOM.toString(), tmp.resolve("l.room").toString(), "--level", bad);
      assertEquals(ExitCode.USAGE, r.exit());
      assertEquals("session package: --level (" + bad + ") must be in 1..9; run 'session package --help' for usage.\n",
          r.err());
    }
  }

  @Test
  void aLowerLevelTradesSizeForSpeedAndHoldsTheSameFiles() throws Exception {
    Path fast = tmp.resolve("fast.room");
    Path small = tmp.resolve("small.room");
    Path usual = tmp.resolve("usual.room");
    assertEquals(0, Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), fast.toString(), "--level", "1")).exit());
    assertEquals(0, Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), small.toString(), "--level", "9")).exit());
    assertEquals(0, Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), usual.toString())).exit());
    assertTrue(Files.size(fast) > Files.size(usual), "level 1 deflates less than the default level");
    assertTrue(Files.size(small) <= Files.size(usual), "level 9 deflates at least as well as the default level");
    // The default is level 5.
    Path five = tmp.resolve("five.room");
    assertEquals(0, Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), five.toString(), "--level", "5")).exit());
    assertArrayEquals(Files.readAllBytes(usual), Files.readAllBytes(five));
    try (Room a = Room.open(fast); Room b = Room.open(usual)) {
      assertEquals(b.manifest().entries(), a.manifest().entries());
    }
    // The same level on another thread count gives the same bytes.
    Path fastOne = tmp.resolve("fast-1.room");
    assertEquals(0, Cli.run(Cli.withExample("package", Cli.LIVING_ROOM.toString(), fastOne.toString(), "--level", "1",
        "--threads", "1")).exit());
    assertArrayEquals(Files.readAllBytes(fast), Files.readAllBytes(fastOne));
  }

  @Test
  void theOutputIsRequiredWithoutDryRun() {
    Cli.Result r = Cli.run("package", Cli.LIVING_ROOM.toString());
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session package: missing <out.room>: give the room to write, or --dry-run to only print the plan;"
        + " run 'session package --help' for usage.\n", r.err());
  }

  @Test
  void aMalformedRemapIsAUsageError() {
    Cli.Result r = Cli.run("package", Cli.LIVING_ROOM.toString(), "--dry-run", "--remap", "C:\\Users\\ana");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session package: --remap 'C:\\Users\\ana' must have the form FROM=TO with both parts non-empty;"
        + " run 'session package --help' for usage.\n", r.err());
  }

  @Test
  void aRelativeRemapPrefixIsAUsageError() {
    Cli.Result r = Cli.run("package", Cli.LIVING_ROOM.toString(), "--dry-run", "--remap", "models=/tmp");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session package: --remap 'models=/tmp': remap prefix \"models\" is relative; expected a drive, UNC,"
        + " POSIX or ~ path; run 'session package --help' for usage.\n", r.err());
  }

  @Test
  void aCorruptSessionIsInvalidInputWithItsLocation() throws Exception {
    Path session = Cli.truncatedSession(tmp.resolve("broken.session"));
    Cli.Result r = Cli.run("package", session.toString(), tmp.resolve("b.room").toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertEquals("session package: " + session + " is not a readable session: /scene/nodes/1/id (line 16, column 9):"
        + " Unexpected end-of-input within/between Object entries; check that it is a .session file and that it"
        + " is complete\n", r.err());
  }

  @Test
  void aMissingSessionIsAnIoFailure() {
    Path session = tmp.resolve("absent.session");
    Cli.Result r = Cli.run("package", session.toString(), tmp.resolve("a.room").toString());
    assertEquals(ExitCode.FAILURE, r.exit());
    assertEquals("session package: cannot find " + session + "; check the path\n", r.err());
  }

  /** A session in {@code tmp} referencing chair.obj beside it. */
  private Path sessionWithAnAsset() throws Exception {
    Files.writeString(tmp.resolve("chair.obj"), "v 0 0 0\n");
    Path session = tmp.resolve("s.session");
    Files.writeString(session, "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"r\"},"
        + "\"scene\":{\"nodes\":[{\"id\":\"n\",\"kind\":\"model\",\"asset\":\"chair.obj\"}]}}");
    return session;
  }

  @Test
  void packagingOntoTheSessionItselfIsAUsageErrorAndWritesNothing() throws Exception {
    Path session = sessionWithAnAsset();
    byte[] bytes = Files.readAllBytes(session);
    for (String output : List.of(session.toString(), tmp.resolve("./s.session").toString())) {
      Cli.Result r = Cli.run("package", session.toString(), output);
      assertEquals(ExitCode.USAGE, r.exit(), r::toString);
      assertEquals("session package: output " + output + " is the same file as " + session + " (the session being"
          + " packaged); writing the room there would destroy its input, give another output path; run 'session"
          + " package --help' for usage.\n", r.err());
      assertEquals("", r.out());
    }
    assertArrayEquals(bytes, Files.readAllBytes(session));
    try (var files = Files.list(tmp)) {
      assertEquals(List.of("chair.obj", "s.session"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void packagingOntoAnAssetOrALinkToItIsAUsageError() throws Exception {
    Path session = sessionWithAnAsset();
    Path asset = tmp.resolve("chair.obj");
    Path link = Files.createSymbolicLink(tmp.resolve("chair.room"), asset);
    for (Path output : List.of(asset, link)) {
      Cli.Result r = Cli.run("package", session.toString(), output.toString());
      assertEquals(ExitCode.USAGE, r.exit(), r::toString);
      assertEquals("session package: output " + output + " is the same file as " + asset.toRealPath() + " (packaged"
          + " as assets/chair.obj); writing the room there would destroy its input, give another output path; run"
          + " 'session package --help' for usage.\n", r.err());
    }
    assertEquals("v 0 0 0\n", Files.readString(asset));
  }

  @Test
  void aDryRunReportsTheSameConflict() throws Exception {
    Path session = sessionWithAnAsset();
    Cli.Result r = Cli.run("package", session.toString(), session.toString(), "--dry-run");
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    assertTrue(r.err().startsWith("session package: output " + session + " is the same file as "), r.err());
  }
}
