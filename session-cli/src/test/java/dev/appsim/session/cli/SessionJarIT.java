package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * End to end through the shaded jar, run by failsafe after {@code package}: the README's quick
 * start (package the example with the documented remap and environment, relative to the
 * repository root; unpack; verify; info), exit codes and clean stdout/stderr of real processes.
 */
class SessionJarIT {
  private static final Path JAR = Path.of(System.getProperty("session.cli.jar", "target/missing.jar"));
  private static final Path REPO = Path.of(System.getProperty("session.repo", "..")).toAbsolutePath().normalize();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir static Path tmp;

  @BeforeAll
  static void theJarWasBuilt() {
    assertTrue(Files.isRegularFile(JAR), "the shaded jar is missing: " + JAR);
  }

  @Test
  void quickStartPackagesUnpacksVerifiesAndEveryAssetIsPresent() throws Exception {
    Path room = tmp.resolve("living-room.room");
    Cli.Result packaged = run(REPO, JAVA, "-jar", JAR.toString(), "package",
        "examples/living-room/living-room.session", room.toString(),
        "--remap", "C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice=examples/living-room/zi",
        "--env", "ML_ZI_ROOT=examples/living-room/zi");
    assertEquals(0, packaged.exit(), packaged::toString);
    assertTrue(packaged.out().startsWith("Packaged examples/living-room/living-room.session into " + room
        + ": 13 files (the session and 12 it references), "), packaged.out());
    assertEquals("", packaged.err(), "no progress bar when stderr is piped");

    Path target = tmp.resolve("living-room");
    Cli.Result unpacked = run(REPO, JAVA, "-jar", JAR.toString(), "unpack", room.toString(), target.toString());
    assertEquals(0, unpacked.exit(), unpacked::toString);
    assertEquals(target.resolve("session.json") + "\n", unpacked.out());

    Cli.Result verified = run(REPO, JAVA, "-jar", JAR.toString(), "verify", room.toString(), "--json");
    assertEquals(0, verified.exit(), verified::toString);
    assertTrue(Cli.json(verified.out()).get("intact").asBoolean());

    Cli.Result info = run(tmp, JAVA, "-jar", JAR.toString(), "info", "living-room/session.json", "--json");
    assertEquals(0, info.exit(), info::toString);
    JsonNode summary = Cli.json(info.out());
    assertEquals(6, summary.get("assets").size());
    for (JsonNode asset : summary.get("assets")) {
      assertEquals("present", asset.get("status").asString(), asset::toString);
    }
    assertEquals(3, summary.get("geometryCache").get("meshBlocks").asInt());
  }

  @Test
  void failuresAreOneLineOnStderrWithTheirExitCode() throws Exception {
    Path hostile = Cli.hostileRoom(tmp.resolve("evil.room"), "../evil");
    Cli.Result unsafe = run(tmp, JAVA, "-jar", JAR.toString(), "unpack", "evil.room", "out");
    assertEquals(ExitCode.INVALID, unsafe.exit(), unsafe::toString);
    assertEquals("", unsafe.out());
    assertEquals(1, unsafe.err().lines().count(), unsafe.err());
    assertTrue(unsafe.err().startsWith("session unpack: evil.room is not a safe room at entry \"../evil\": "), unsafe.err());
    assertFalse(Files.exists(tmp.resolve("out")));
    assertFalse(Files.exists(hostile.getParent().resolve("evil")));

    Cli.Result missing = run(REPO, JAVA, "-jar", JAR.toString(), "deps", "examples/living-room/living-room.session");
    assertEquals(ExitCode.MISSING_DEPENDENCIES, missing.exit(), missing::toString);

    Cli.Result usage = run(REPO, JAVA, "-jar", JAR.toString(), "convert", "a", "b", "--to", "xml");
    assertEquals(ExitCode.USAGE, usage.exit(), usage::toString);
    assertEquals("", usage.out());
  }

  @Test
  void theLauncherRunsInTheCallersDirectory() throws Exception {
    Path launcher = REPO.resolve("session");
    assertTrue(Files.isExecutable(launcher), "./session must be executable");
    Files.copy(Cli.MINIMAL, tmp.resolve("here.session"));
    Cli.Result r = run(tmp, launcher.toString(), "validate", "here.session");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("here.session: valid session (format 1.0, 2 nodes, 0 file references)\n", r.out());
    assertEquals("", r.err());
  }

  private static Cli.Result run(Path directory, String... command) throws IOException, InterruptedException {
    File out = Files.createTempFile(tmp, "out", ".txt").toFile();
    File err = Files.createTempFile(tmp, "err", ".txt").toFile();
    Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
        .directory(directory.toFile())
        .redirectOutput(out)
        .redirectError(err)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    return new Cli.Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }
}
