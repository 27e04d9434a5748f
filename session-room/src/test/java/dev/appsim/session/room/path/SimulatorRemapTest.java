package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.room.path.Attempt.Outcome;
import dev.appsim.session.room.path.Attempt.Strategy;
import dev.appsim.session.room.path.Resolution.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The implicit remap of a path into another user's simulator install onto this user's install. */
class SimulatorRemapTest {
  private static final String ANA = "C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice";
  private static final String SOFA = ANA + "\\data\\models\\sofa.gltf";

  @TempDir Path tmp;
  Path home;
  Path session;

  @BeforeEach
  void setUp() throws IOException {
    tmp = tmp.toRealPath();
    home = Files.createDirectories(tmp.resolve("bo"));
    session = Files.createDirectories(tmp.resolve("work"));
  }

  private Path install(String version) throws IOException {
    return Files.createDirectories(home.resolve("MagicLeap/tools/zi/" + version + "VirtualDevice"));
  }

  private ResolverOptions.Builder options() {
    return ResolverOptions.builder().environment(Map.of()).home(home);
  }

  @Test
  void findsTheFileInTheLocalInstallOfTheSameVersionAndSaysSo() throws IOException {
    Path sofa = Files.createDirectories(install("1.6.0").resolve("data/models")).resolve("sofa.gltf");
    Files.writeString(sofa, "{}");
    Resolution r = new PathResolver(options().build()).resolve(SOFA, session);
    assertEquals(Status.FOUND, r.status());
    assertEquals(sofa, r.file());
    Attempt last = r.attempts().get(r.attempts().size() - 1);
    assertEquals(new Attempt(Strategy.SIMULATOR_INSTALL,
        ANA + " -> " + install("1.6.0") + " (simulator 1.6.0 installed here)", sofa.toString(), Outcome.FOUND), last);
    assertEquals("implicit remap " + ANA + " -> " + install("1.6.0") + " (simulator 1.6.0 installed here): "
        + sofa + ": found", last.describe());
  }

  @Test
  void anotherInstalledVersionIsNotUsed() throws IOException {
    Path other = Files.createDirectories(install("1.7.0").resolve("data/models")).resolve("sofa.gltf");
    Files.writeString(other, "{}");
    Resolution r = new PathResolver(options().build()).resolve(SOFA, session);
    assertEquals(Status.MISSING, r.status());
    assertEquals(new Attempt(Strategy.SIMULATOR_INSTALL, ANA + " -> " + home.resolve("MagicLeap/tools/zi/1.6.0VirtualDevice")
        + " (simulator 1.6.0 is not installed here)", "", Outcome.NOT_FOUND), r.attempts().get(r.attempts().size() - 1));
  }

  @Test
  void anExplicitRemapComesFirst() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("mine/data/models")).resolve("sofa.gltf");
    Files.writeString(mine, "{}");
    Files.writeString(Files.createDirectories(install("1.6.0").resolve("data/models")).resolve("sofa.gltf"), "{}");
    Resolution r = new PathResolver(options().addRemap(ANA, tmp.resolve("mine")).build()).resolve(SOFA, session);
    assertEquals(mine, r.file());
    assertEquals(List.of(Strategy.REMAP), r.attempts().stream().map(Attempt::strategy).toList());
  }

  @Test
  void turnedOffItIsNotTried() throws IOException {
    Files.writeString(Files.createDirectories(install("1.6.0").resolve("data/models")).resolve("sofa.gltf"), "{}");
    Resolution r = new PathResolver(options().simulatorRemap(SimulatorRemap.OFF).build()).resolve(SOFA, session);
    assertEquals(Status.MISSING, r.status());
    assertEquals(false, r.attempts().stream().anyMatch(a -> a.strategy() == Strategy.SIMULATOR_INSTALL), r.explain());
  }

  @Test
  void aFolderIsNotAFileAndNothingEscapesTheInstall() throws IOException {
    Files.createDirectories(install("1.6.0").resolve("data/models/sofa.gltf"));
    Resolution r = new PathResolver(options().build()).resolve(SOFA, session);
    assertEquals(Outcome.NOT_A_REGULAR_FILE, r.attempts().get(r.attempts().size() - 1).outcome());
    Files.writeString(tmp.resolve("secret.txt"), "x");
    // ".." is folded by parsing, so a path cannot climb out of the install below it.
    Resolution climb = new PathResolver(options().build()).resolve(ANA + "\\..\\..\\..\\..\\..\\secret.txt", session);
    assertEquals(Status.MISSING, climb.status());
  }

  @Test
  void theOptionIsKeptByToBuilder() {
    ResolverOptions off = options().simulatorRemap(SimulatorRemap.OFF).build();
    assertEquals(SimulatorRemap.OFF, off.toBuilder().build().simulatorRemap());
    assertEquals(SimulatorRemap.LOCAL_INSTALL, ResolverOptions.defaults().simulatorRemap());
  }
}
