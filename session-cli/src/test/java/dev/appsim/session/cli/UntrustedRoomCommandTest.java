package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.Sessions;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10 items 1 and 9 end to end: rooms whose session, sidecar source or manifest points
 * outside the room are refused by unpack, verify, validate and info with exit status 3, and
 * nothing is written beside the target.
 */
class UntrustedRoomCommandTest {
  private static final String EXPECTED = "expected a relative path naming an entry of this room, or a"
      + " \"missing/<name>\" recorded in room.json";
  private static final String UNSAFE_ADVICE = "; nothing was written, do not unpack it with other tools and ask for it"
      + " to be packaged again\n";

  @TempDir Path tmp;

  private List<String> listing() throws IOException {
    try (Stream<Path> all = Files.list(tmp)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "/etc/passwd            | is absolute",
      "file:///etc/passwd     | is a URI with scheme \"file\"",
      "~/.bashrc              | starts with \"~\", the home folder",
      "\\\\host\\share\\x     | is a UNC path",
      "C:x                    | is a Windows drive path",
      "%APPDATA%\\x           | holds \"%\", which reads as a variable",
      "${HOME}/.ssh/id_rsa    | holds \"$\", which reads as a variable",
      "../x                   | has a \"..\" segment",
      "assets\\cube.obj       | holds a backslash",
      "assets/none.obj        | names no entry of this room",
  })
  void everyCommandRefusesASessionPathOutsideTheRoom(String evil, String reason) throws Exception {
    Path room = CraftedRooms.write(tmp.resolve("evil.room"), CraftedRooms.session(evil, "assets/room.geocache"));
    String problem = "/scene/nodes/0/asset: path \"" + evil + "\" " + reason + ", " + EXPECTED;
    List<String> before = listing();

    Cli.Result unpack = Cli.run("unpack", room.toString(), tmp.resolve("out").toString());
    assertEquals(ExitCode.INVALID, unpack.exit(), unpack::toString);
    assertEquals("", unpack.out());
    assertEquals("session unpack: " + room + " is not a safe room at entry \"session.json\": session.json " + problem
        + UNSAFE_ADVICE, unpack.err());
    assertEquals(before, listing());

    Cli.Result verify = Cli.run("verify", room.toString());
    assertEquals(ExitCode.INVALID, verify.exit(), verify::toString);
    assertTrue(verify.out().startsWith(room + ": 1 problem, 3 of 3 files checked:\n  session.json: " + problem
        + "\nChecks:\n"), verify.out());
    assertTrue(verify.out().contains("\n  failed  paths: 1 of 2 session paths are not allowed in a room\n"), verify.out());
    assertEquals("session verify: " + room + " failed verification: it is not a safe, valid room; do not unpack it"
        + " with other tools and ask for it to be packaged again\n", verify.err());

    Cli.Result validate = Cli.run("validate", room.toString());
    assertEquals(ExitCode.INVALID, validate.exit(), validate::toString);
    assertEquals(room + ": invalid session, 1 violation:\n  " + problem + "\n", validate.out());

    Cli.Result info = Cli.run("info", room.toString());
    assertEquals(ExitCode.INVALID, info.exit(), info::toString);
    assertEquals("session info: " + room + " is not a safe room at entry \"session.json\": session.json " + problem
        + UNSAFE_ADVICE, info.err());
    assertEquals(before, listing());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "/etc/passwd          | is absolute",
      "file:///etc/passwd   | is a URI with scheme \"file\"",
      "~/.bashrc            | starts with \"~\", the home folder",
      "\\\\host\\share\\x   | is a UNC path",
  })
  void aMissingRecordNeverExemptsAPathOutsideTheRoom(String evil, String reason) throws Exception {
    Path room = CraftedRooms.write(tmp.resolve("evil.room"), CraftedRooms.session(evil, null),
        CraftedRooms.record("/scene/nodes/0/asset", evil));
    String why = "room.json /missing/0: path \"" + evil + "\" " + reason + ", expected \"missing/<name>\"";
    for (String command : List.of("unpack", "verify", "validate", "info")) {
      Cli.Result r = command.equals("unpack") ? Cli.run("unpack", room.toString(), tmp.resolve("out").toString())
          : Cli.run(command, room.toString());
      assertEquals(ExitCode.INVALID, r.exit(), r::toString);
      assertEquals("session " + command + ": " + room + " is not a safe room at entry \"room.json\": " + why
          + UNSAFE_ADVICE, r.err());
    }
    assertEquals(List.of("evil.room"), listing());
  }

  @Test
  void aSidecarSourceOutsideTheRoomIsRefused() throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.geocache"), CraftedRooms.SIDECAR);
    Path room = CraftedRooms.write(tmp.resolve("evil.room"), CraftedRooms.session("assets/cube.obj", secret.toString()));
    Cli.Result r = Cli.run("unpack", room.toString(), tmp.resolve("out").toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertEquals("session unpack: " + room + " is not a safe room at entry \"session.json\": session.json"
        + " /geometryCache/source: path \"" + secret + "\" is absolute, " + EXPECTED + UNSAFE_ADVICE, r.err());
    Cli.Result json = Cli.run("verify", room.toString(), "--json");
    assertEquals(ExitCode.INVALID, json.exit(), json::toString);
    JsonNode report = Cli.json(json.out());
    assertFalse(report.get("intact").asBoolean());
    assertEquals("unsafe", report.get("problems").get(0).get("kind").asString());
    assertEquals("skipped", report.get("checks").get(5).get("outcome").asString());
    assertEquals(List.of("evil.room", "secret.geocache"), listing());
  }

  @Test
  void aRoomWhoseSessionUnpackCannotReadIsNeverReportedIntact() throws Exception {
    // The manifest's hash matches the broken session: verify must parse it, as unpack does.
    Path room = CraftedRooms.write(tmp.resolve("broken.room"), "{\"format\": \"appsim.session\",");
    Cli.Result unpack = Cli.run("unpack", room.toString(), tmp.resolve("out").toString());
    assertEquals(ExitCode.INVALID, unpack.exit(), unpack::toString);
    Cli.Result verify = Cli.run("verify", room.toString(), "--json");
    assertEquals(ExitCode.INVALID, verify.exit(), verify::toString);
    JsonNode report = Cli.json(verify.out());
    assertFalse(report.get("intact").asBoolean());
    assertEquals("session.json", report.get("problems").get(0).get("entry").asString());
    assertEquals("invalid", report.get("problems").get(0).get("kind").asString());
    assertEquals(List.of("passed", "passed", "passed", "failed", "skipped", "skipped", "passed"),
        report.get("checks").valueStream().map(c -> c.get("outcome").asString()).toList());
    assertEquals(List.of("broken.room"), listing());
  }

  @Test
  void aRecordedMissingNameUnpacksInsideTheTargetAndNamesNothing() throws Exception {
    Path room = CraftedRooms.write(tmp.resolve("ok.room"), CraftedRooms.session("missing/old.obj", "assets/room.geocache"),
        CraftedRooms.record("/scene/nodes/0/asset", "missing/old.obj"));
    Cli.Result verify = Cli.run("verify", room.toString());
    assertEquals(0, verify.exit(), verify::toString);
    Path target = tmp.resolve("out").toAbsolutePath();
    Cli.Result unpack = Cli.run("unpack", room.toString(), target.toString());
    assertEquals(0, unpack.exit(), unpack::toString);
    SessionDocument session = Sessions.read(target.resolve("session.json"));
    assertEquals(List.of(target.resolve("missing/old.obj").toString(), target.resolve("assets/room.geocache").toString()),
        session.assetRefs().stream().map(AssetRef::path).toList());
    assertFalse(Files.exists(target.resolve("missing")));
    JsonNode info = Cli.json(Cli.run("info", target.resolve("session.json").toString(), "--json").out());
    assertEquals("missing", info.get("assets").get(0).get("status").asString());
  }

  @Test
  void packagingTheUnpackedRoomAgainReadsOnlyWhatIsInIt() throws Exception {
    // A copy of the example with its lamp model gone: packaged with --allow-missing, unpacked,
    // the copy deleted, and the unpacked session packaged again.
    Path copy = exampleWithoutTheLamp();
    Path first = tmp.resolve("first.room");
    Cli.Result packaged = packageCopy(copy, first, "--allow-missing", "--threads", "1");
    assertEquals(0, packaged.exit(), packaged::toString);
    assertTrue(packaged.err().contains("1 reference could not be resolved"), packaged.err());

    Path target = tmp.resolve("unpacked");
    assertEquals(0, Cli.run("unpack", first.toString(), target.toString()).exit());
    deleteTree(copy);

    Path second = tmp.resolve("second.room");
    Cli.Result again = Cli.run("package", target.resolve("session.json").toString(), second.toString(),
        "--allow-missing", "--threads", "1");
    assertEquals(0, again.exit(), again::toString);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    JsonNode room = Cli.json(Cli.run("info", second.toString(), "--json").out()).get("room");
    assertEquals("missing/lamp.obj", room.get("missing").get(0).get("path").asString());
    assertTrue(room.get("missing").get(0).get("original").isNull());
  }

  @Test
  void originalPathsAreRecordedOnRequestOnly() throws Exception {
    Path copy = exampleWithoutTheLamp();
    Path room = tmp.resolve("r.room");
    Cli.Result usage = Cli.run("package", copy.resolve("living-room.session").toString(), room.toString(),
        "--record-original-paths");
    assertEquals(ExitCode.USAGE, usage.exit(), usage::toString);
    assertEquals("session package: --record-original-paths needs --allow-missing: only missing references are"
        + " recorded; run 'session package --help' for usage.\n", usage.err());
    Cli.Result r = packageCopy(copy, room, "--allow-missing", "--record-original-paths");
    assertEquals(0, r.exit(), r::toString);
    JsonNode missing = Cli.json(Cli.run("info", room.toString(), "--json").out()).get("room").get("missing").get(0);
    assertEquals("missing/lamp.obj", missing.get("path").asString());
    assertEquals("$ML_ZI_ROOT/data/props/lamp.obj", missing.get("original").asString());
  }

  /** A copy of the living-room example whose lamp model is gone. */
  private Path exampleWithoutTheLamp() throws IOException {
    Path copy = tmp.resolve("example");
    copyTree(Cli.EXAMPLE, copy);
    Files.delete(copy.resolve("zi/data/props/lamp.obj"));
    return copy;
  }

  private static Cli.Result packageCopy(Path copy, Path room, String... options) {
    Path zi = copy.resolve("zi");
    List<String> args = new java.util.ArrayList<>(List.of("package", copy.resolve("living-room.session").toString(),
        room.toString(), "--remap", Cli.SAVED_ROOT + "=" + zi, "--env", "ML_ZI_ROOT=" + zi));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
