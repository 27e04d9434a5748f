package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.appsim.session.room.Room;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packageSession.py with the real python3: its own unit tests (src/test/python), and the installed
 * distribution packaging the example exactly as the simulator's menu item calls it.
 */
class PackageSessionScriptIT {
  private static final Path TAR = Path.of(System.getProperty("session.dist.tar", "target/missing.tar.gz"));
  private static final Path REPO = Path.of(System.getProperty("session.repo", "..")).toAbsolutePath().normalize();

  @TempDir static Path tmp;
  static String python;

  @BeforeAll
  static void findPython() throws Exception {
    DistributionIT.Result r = DistributionIT.run(tmp, Map.of("PATH", System.getenv("PATH")), "sh", "-c",
        "command -v python3 >/dev/null && python3 -c 'import sys; print(sys.executable)'");
    assumeTrue(r.exit() == 0, "python3 is not installed");
    python = r.out().strip();
  }

  @Test
  void theScriptsOwnTestsPass() throws Exception {
    Path tests = REPO.resolve("session-cli/src/test/python");
    DistributionIT.Result r = DistributionIT.run(tests, Map.of("PATH", System.getenv("PATH")), python, "-B", "-m", "unittest",
        "discover", "-s", tests.toString(), "-v");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("\nOK"), r.err());
  }

  @Test
  void packagesTheExampleFromAUsersSimulatorInstallAsTheMenuItemDoes() throws Exception {
    Path install = Files.createDirectories(tmp.resolve("install"));
    assertEquals(0, DistributionIT.run(install, Map.of("PATH", System.getenv("PATH")), "tar", "-xzf", TAR.toString()).exit());
    Path dist;
    try (Stream<Path> top = Files.list(install)) {
      dist = top.findFirst().orElseThrow();
    }
    // bo's HOME holds simulator 1.6.0; the session was saved in ana's install on Windows.
    Path home = Files.createDirectories(tmp.resolve("bo"));
    Path zi = home.resolve("MagicLeap/tools/zi/1.6.0VirtualDevice");
    DistributionIT.Result copied = DistributionIT.run(tmp, Map.of("PATH", System.getenv("PATH")), "sh", "-c",
        "mkdir -p \"$1\" && cp -r \"$2\"/. \"$1\"", "sh", zi.toString(), Cli.EXAMPLE.resolve("zi").toString());
    assertEquals(0, copied.exit(), copied::toString);
    Path room = tmp.resolve("living-room.room");
    DistributionIT.Result r = DistributionIT.run(tmp, Map.of("PATH", Path.of(System.getProperty("java.home"), "bin")
            + ":/usr/bin:/bin", "HOME", home.toString(), "ML_ZI_ROOT", zi.toString(), "SESSION_CDS", "off"),
        python, dist.resolve("scripts/packageSession.py").toString(), Cli.LIVING_ROOM.toString(), room.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Packaged " + Cli.LIVING_ROOM + " into " + room + ": 13 files"), r.out());
    try (Room opened = Room.open(room)) {
      assertTrue(opened.verify().isIntact());
      assertEquals(0, opened.manifest().missing().size());
    }
    DistributionIT.Result missing = DistributionIT.run(tmp, Map.of("PATH", Path.of(System.getProperty("java.home"), "bin")
            + ":/usr/bin:/bin", "HOME", tmp.toString(), "SESSION_CDS", "off"),
        python, dist.resolve("scripts/packageSession.py").toString(), Cli.LIVING_ROOM.toString(),
        tmp.resolve("not.room").toString());
    assertEquals(ExitCode.MISSING_DEPENDENCIES, missing.exit(), "the tool's status is the script's: " + missing);
  }
}
