package dev.appsim.session.view;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .ci/ApiDump.java, the API check every module's verify runs, on this module's classes: it writes
 * the dump on request, accepts an equal one, and refuses a different one with the lines that
 * differ and the command that regenerates it.
 */
class ApiDumpTest {
  private static final Path TOOL = Tools.REPO.resolve(".ci/ApiDump.java");

  private record Run(int status, String output) {}

  private static Run run(Path apiFile, boolean update) throws IOException, InterruptedException, URISyntaxException {
    Path classes = Path.of(FloorPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        TOOL.toString(), classes.toString(), apiFile.toString(), "session-view", Boolean.toString(update))
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), UTF_8);
    assertTrue(child.waitFor(2, TimeUnit.MINUTES), "ApiDump did not finish");
    return new Run(child.exitValue(), output);
  }

  @Test
  void writesComparesAndNamesTheDifference(@TempDir Path dir) throws Exception {
    Path apiFile = dir.resolve("api/session-view.api");
    Run missing = run(apiFile, false);
    assertEquals(1, missing.status(), missing.output());
    assertTrue(missing.output().contains("differs from " + apiFile + " (missing)"), missing.output());

    Run written = run(apiFile, true);
    assertEquals(0, written.status(), written.output());
    String dump = Files.readString(apiFile, UTF_8);
    assertTrue(dump.contains("module dev.appsim.session.view {\n  exports dev.appsim.session.view;\n"), dump);
    assertTrue(dump.contains("  public static dev.appsim.session.view.RenderOptions$Builder builder();\n"), dump);
    assertFalse(dump.contains(".internal."), "internal packages are not API:\n" + dump);
    assertFalse(dump.contains("FloorPlan$1"), dump);

    assertEquals(0, run(apiFile, false).status());

    // The committed file still lists a member the code no longer has, and lacks one it has.
    Files.writeString(apiFile, dump.replace("  public int width();\n", "  public int widthInPixels();\n"), UTF_8);
    Run changed = run(apiFile, false);
    assertEquals(1, changed.status(), changed.output());
    assertTrue(changed.output().contains("  -   public int widthInPixels();"), changed.output());
    assertTrue(changed.output().contains("  +   public int width();"), changed.output());
    assertTrue(changed.output().contains("./mvnw -B -o verify -Dapi.update=true -pl session-view -am -DskipTests"),
        changed.output());
  }
}
