package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** unpack --into-simulator, and paths into another user's simulator install resolved in this user's. */
class SimulatorFoldersTest {
  @TempDir static Path shared;
  static Path room;

  @TempDir Path home;

  @BeforeAll
  static void packageTheExample() {
    room = Cli.packageExample(shared.resolve("living-room.room"));
  }

  private CliContext user() {
    return new CliContext(Map.of("HOME", home.toString()), false);
  }

  private Path install(String version) throws IOException {
    return Files.createDirectories(home.resolve("MagicLeap/tools/zi/" + version + "VirtualDevice"));
  }

  @Test
  void unpacksIntoTheNewestInstalledSimulatorsExampleRooms() throws Exception {
    install("1.5.2");
    install("1.10.0");
    Cli.Result r = Cli.run(user(), "unpack", room.toString(), "--into-simulator");
    assertEquals(0, r.exit(), r::toString);
    Path target = home.resolve("MagicLeap/tools/zi/1.10.0VirtualDevice/data/VirtualRooms/ExampleRooms/living-room");
    assertEquals(target.resolve("session.json") + "\n", r.out());
    assertTrue(Files.isRegularFile(target.resolve("assets/sofa.gltf")));
  }

  @Test
  void unpacksIntoTheNamedVersion() throws Exception {
    install("1.5.2");
    install("1.6.0");
    Cli.Result r = Cli.run(user(), "unpack", room.toString(), "--into-simulator=1.5.2");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith(home.resolve("MagicLeap/tools/zi/1.5.2VirtualDevice/data/VirtualRooms/ExampleRooms")
        .toString()), r.out());
    Cli.Result spaced = Cli.run(user(), "unpack", room.toString(), "--into-simulator", "1.6.0");
    assertEquals(0, spaced.exit(), spaced::toString);
  }

  @Test
  void noInstalledSimulatorIsAClearError() {
    Cli.Result r = Cli.run(user(), "unpack", room.toString(), "--into-simulator");
    assertEquals(ExitCode.FAILURE, r.exit(), r::toString);
    assertEquals("session unpack: cannot find " + home.resolve("MagicLeap/tools/zi") + ": no simulator is installed"
        + " there (no <version>VirtualDevice folder); install the simulator, or give --into-simulator=VERSION or <dir>\n",
        r.err());
  }

  @Test
  void aVersionThatIsNotInstalledListsTheInstalledOnes() throws Exception {
    install("1.5.2");
    Cli.Result r = Cli.run(user(), "unpack", room.toString(), "--into-simulator=1.6.0");
    assertEquals(ExitCode.FAILURE, r.exit(), r::toString);
    assertEquals("session unpack: cannot find " + home.resolve("MagicLeap/tools/zi/1.6.0VirtualDevice")
        + ": simulator 1.6.0 is not installed there (installed: 1.5.2); give an installed VERSION, or <dir>\n", r.err());
  }

  @Test
  void misuseIsAUsageError() throws Exception {
    install("1.6.0");
    Cli.Result both = Cli.run(user(), "unpack", room.toString(), "out", "--into-simulator");
    assertEquals(ExitCode.USAGE, both.exit());
    assertEquals("session unpack: give either <dir> (out) or --into-simulator, not both; run 'session unpack --help'"
        + " for usage.\n", both.err());
    Cli.Result neither = Cli.run(user(), "unpack", room.toString());
    assertEquals(ExitCode.USAGE, neither.exit());
    assertEquals("session unpack: missing <dir>: give the folder to unpack into, or --into-simulator; run"
        + " 'session unpack --help' for usage.\n", neither.err());
    Cli.Result swallowed = Cli.run(user(), "unpack", "--into-simulator", room.toString());
    assertEquals(ExitCode.USAGE, swallowed.exit(), swallowed::toString);
    assertEquals("session unpack: --into-simulator '" + room + "' is not a version like 1.6.0; write"
        + " --into-simulator=VERSION, or put the option after <in.room>; run 'session unpack --help' for usage.\n",
        swallowed.err());
  }

  @Test
  void pathsIntoAnotherUsersInstallResolveInThisUsersInstall() throws Exception {
    copy(Cli.EXAMPLE.resolve("zi"), install("1.6.0"));
    Path out = home.resolve("from-install.room");
    // No --remap: ana's C:\Users\ana\MagicLeap\tools\zi\1.6.0VirtualDevice\... paths are found in this install.
    Cli.Result r = Cli.run(user(), "package", Cli.LIVING_ROOM.toString(), out.toString(),
        "--env", "ML_ZI_ROOT=" + install("1.6.0"), "--json");
    assertEquals(0, r.exit(), r::toString);
    JsonNode sofa = null;
    for (JsonNode ref : Cli.json(r.out()).get("references")) {
      if (ref.get("raw").asString().endsWith("sofa.gltf")) {
        sofa = ref;
      }
    }
    JsonNode attempts = sofa.get("attempts");
    String last = attempts.get(attempts.size() - 1).asString();
    assertEquals("implicit remap " + Cli.SAVED_ROOT + " -> " + install("1.6.0") + " (simulator 1.6.0 installed here): "
        + install("1.6.0").resolve("data/models/sofa.gltf") + ": found", last);
  }

  @Test
  void noSimulatorRemapTurnsItOffAndTheHintRepeatsIt() throws Exception {
    copy(Cli.EXAMPLE.resolve("zi"), install("1.6.0"));
    Cli.Result r = Cli.run(user(), "deps", Cli.LIVING_ROOM.toString(), "--no-simulator-remap", "--json");
    assertEquals(ExitCode.MISSING_DEPENDENCIES, r.exit(), r::toString);
    assertFalse(r.out().contains("implicit remap"), r.out());
    Path out = home.resolve("partial.room");
    Cli.Result p = Cli.run(user(), "package", Cli.LIVING_ROOM.toString(), out.toString(), "--no-simulator-remap",
        "--allow-missing", "--env", "ML_ZI_ROOT=my zi");
    assertEquals(0, p.exit(), p::toString);
    assertTrue(p.err().endsWith("; run 'session deps " + Cli.LIVING_ROOM + " --env 'ML_ZI_ROOT=my zi'"
        + " --no-simulator-remap' to see what was tried\n"), p.err());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
