package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.appsim.session.room.Room;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-ASCII file names under the POSIX/C locale, end to end in child processes. Java 17 takes the
 * file-name encoding from the locale, so under {@code LC_ALL=C} it cannot name {@code Stühle.obj}:
 * run straight from the jar, packaging must fail loudly naming the file (never drop the model,
 * even with {@code --allow-missing}); run through the {@code session} launcher, which switches to
 * a UTF-8 locale, it must work.
 */
class LocaleIT {
  private static final Path JAR = Path.of(System.getProperty("session.cli.jar", "target/missing.jar"));
  private static final Path REPO = Path.of(System.getProperty("session.repo", "..")).toAbsolutePath().normalize();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir static Path tmp;

  @BeforeAll
  static void chairsWithUmlauts() throws IOException {
    assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
        "this test JVM itself runs under a non-UTF-8 locale and cannot write the fixture's file names");
    Path models = Files.createDirectories(tmp.resolve("models"));
    Files.writeString(models.resolve("Stühle.obj"), "# Blender 3.6.0\nmtllib Stühle.mtl\nv 0 0 0\nusemtl Stoff\n");
    Files.writeString(models.resolve("Stühle.mtl"), "newmtl Stoff\nmap_Kd Stoff grün.png\n");
    Files.write(models.resolve("Stoff grün.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    Files.writeString(tmp.resolve("chairs.session"), "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
        + "\"metadata\":{\"name\":\"Stühle\"},\"scene\":{\"nodes\":["
        + "{\"id\":\"c\",\"kind\":\"model\",\"asset\":\"models/Stühle.obj\"}]}}", StandardCharsets.UTF_8);
  }

  @Test
  void straightFromTheJarTheCLocaleFailsLoudlyNamingTheFileEvenWithAllowMissing() throws Exception {
    Path room = tmp.resolve("jar.room");
    Cli.Result r = run(JAVA, "-jar", JAR.toString(), "package", "chairs.session", room.toString(), "--allow-missing");
    assertEquals(ExitCode.FAILURE, r.exit(), r::toString);
    assertEquals("", r.out());
    // Under the C locale the JVM prints 'ü' as '?'; the sentence still names the file and the fix.
    assertTrue(r.err().startsWith("session package: cannot work on chairs.session: \"St?hle.obj\" cannot be used as a"
        + " file name by this Java: it converts file names with ANSI_X3.4-1968 (sun.jnu.encoding, from the locale),"
        + " which cannot represent '?' (U+00FC); run it under a UTF-8 locale, e.g. LC_ALL=C.UTF-8"), r.err());
    assertFalse(Files.exists(room), "no room without the model");

    Cli.Result deps = run(JAVA, "-jar", JAR.toString(), "deps", "chairs.session");
    assertEquals(ExitCode.FAILURE, deps.exit(), deps::toString);
  }

  @Test
  void throughTheLauncherTheCLocaleWorks() throws Exception {
    Path room = tmp.resolve("launcher.room");
    Cli.Result r = run(REPO.resolve("session").toString(), "package", "chairs.session", room.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.err());
    try (Room opened = Room.open(room)) {
      assertEquals(List.of("assets/Stoff grün.png", "assets/Stühle.mtl", "assets/Stühle.obj"), opened.assetPaths());
      assertEquals("Stühle", opened.session().metadata().name());
    }
    Cli.Result deps = run(REPO.resolve("session").toString(), "deps", "chairs.session");
    assertEquals(0, deps.exit(), deps::toString);
    assertTrue(deps.out().contains("\"models/Stühle.obj\" -> " + tmp.toRealPath().resolve("models/Stühle.obj")),
        deps.out());
  }

  /** Runs in {@link #tmp} under LC_ALL=C with no other locale variable. */
  private static Cli.Result run(String... command) throws IOException, InterruptedException {
    File out = Files.createTempFile(tmp, "out", ".txt").toFile();
    File err = Files.createTempFile(tmp, "err", ".txt").toFile();
    ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile())
        .redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_"));
    env.put("LC_ALL", "C");
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    return new Cli.Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }
}
