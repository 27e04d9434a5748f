package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.appsim.session.room.path.Attempt.Outcome;
import dev.appsim.session.room.path.Attempt.Strategy;
import dev.appsim.session.room.path.Resolution.Status;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The resolver under Windows and under POSIX host rules, on jimfs file systems configured like
 * each OS (as jimfs tests itself), so the Windows branch runs on every CI machine. Each host gets
 * the same paths as saved by the simulator on Windows and on Linux.
 */
class PathResolverHostsTest {
  /** What every host must do; subclasses say where things live on it. */
  abstract static class Host {
    FileSystem fs;
    Path root;
    Path session;

    abstract Configuration configuration();

    /** The absolute folder the tests work in, on this host's syntax. */
    abstract String work();

    @BeforeEach
    void createFileSystem() throws IOException {
      fs = Jimfs.newFileSystem(configuration());
      root = Files.createDirectories(fs.getPath(work()));
      session = Files.createDirectories(root.resolve("session"));
    }

    @AfterEach
    void closeFileSystem() throws IOException {
      fs.close();
    }

    Path file(String relative) throws IOException {
      Path p = root.resolve(relative.replace("/", fs.getSeparator()));
      Files.createDirectories(p.getParent());
      return Files.writeString(p, relative);
    }

    ResolverOptions.Builder options() {
      return ResolverOptions.builder().fileSystem(fs).environment(Map.of()).home(root.resolve("home"));
    }

    PathResolver resolver(ResolverOptions.Builder options) {
      return new PathResolver(options.build());
    }

    @Test
    void relativeWindowsAndPosixSeparatorsResolveBelowTheReferencingFolder() throws IOException {
      Path chair = file("session/models/chair.gltf");
      assertEquals(chair, resolver(options()).resolve("models\\chair.gltf", session).file());
      assertEquals(chair, resolver(options()).resolve("./models/chair.gltf", session).file());
    }

    @Test
    void remapsAWindowsPrefixIgnoringItsCase() throws IOException {
      Path chair = file("ml/data/chair.gltf");
      PathResolver r = resolver(options().addRemap("C:\\Users\\ana\\MagicLeap", root.resolve("ml")));
      assertEquals(chair, r.resolve("c:/users/ANA/magicleap/data/chair.gltf", session).file());
    }

    @Test
    void searchesBelowTheSearchPathToAnyDepthAndTheLongestTrailingMatchWins() throws IOException {
      file("assets/a/b/c/chair.gltf");
      Path specific = file("assets/x/models/chair.gltf");
      PathResolver r = resolver(options().addSearchPath(root.resolve("assets")));
      Resolution found = r.resolve("D:\\old\\models\\chair.gltf", session);
      assertEquals(specific, found.file());
    }

    @Test
    void aTieBetweenSearchCandidatesIsAmbiguous() throws IOException {
      Path one = file("assets/a/chair.gltf");
      Path two = file("assets/b/chair.gltf");
      Resolution r = resolver(options().addSearchPath(root.resolve("assets"))).resolve("/gone/chair.gltf", session);
      assertEquals(Status.AMBIGUOUS, r.status());
      assertEquals(List.of(one, two), r.candidates());
    }

    @Test
    void homeAndVariablesResolveTheSameWay() throws IOException {
      Path x = file("home/scenes/x.glb");
      Path zi = file("zi/data/y.glb");
      PathResolver r = resolver(options().environment(Map.of("ML_ZI_ROOT", root.resolve("zi").toString())));
      assertEquals(x, r.resolve("~/scenes/x.glb", session).file());
      assertEquals(zi, r.resolve("%ML_ZI_ROOT%\\data\\y.glb", session).file());
      assertEquals(zi, r.resolve("${ML_ZI_ROOT}/data/y.glb", session).file());
    }

    @Test
    void aRelativeVariableValueLeadingAPathIsTakenFromTheVariableBase() throws IOException {
      Path y = file("cwd/zi/data/y.glb");
      file("session/zi/data/y.glb");
      PathResolver r = resolver(options().environment(Map.of("ZI", "zi", "SUB", "data"))
          .variableBase(root.resolve("cwd")));
      Resolution lead = r.resolve("$ZI/data/y.glb", session);
      assertEquals(y, lead.file());
      assertEquals(new Attempt(Strategy.RELATIVE, root.resolve("cwd") + " ($ZI is a relative path)", y.toString(),
          Outcome.FOUND), lead.attempts().get(0));
      // A variable inside a path is plain text substitution, relative to the referencing folder.
      assertEquals(session.resolve("zi/data/y.glb".replace("/", fs.getSeparator())),
          r.resolve("zi/$SUB/y.glb", session).file());
    }
  }

  @Nested
  class Posix extends Host {
    @Override
    Configuration configuration() {
      return Configuration.unix();
    }

    @Override
    String work() {
      return "/work";
    }

    @Test
    void windowsPathsAreNotApplicableAsWritten() {
      Resolution r = resolver(options()).resolve("C:\\x\\chair.gltf", session);
      assertEquals(List.of(new Attempt(Strategy.AS_IS, "", "C:\\x\\chair.gltf", Outcome.NOT_APPLICABLE)), r.attempts());
    }

    @Test
    void posixPathsResolveAsWrittenAndWindowsCaseFallsBackToAUniqueMatch() throws IOException {
      Path logo = file("box/textures/cesium.png");
      assertEquals(logo, resolver(options()).resolve("/work/box/textures/cesium.png", session).file());
      Resolution r = resolver(options()).resolve("../BOX/Textures/CESIUM.PNG", session);
      assertEquals(logo, r.file());
      assertEquals(List.of(
              new Attempt(Strategy.RELATIVE, "/work/session", "/work/BOX/Textures/CESIUM.PNG", Outcome.NOT_FOUND),
              new Attempt(Strategy.IGNORING_CASE, "/work/BOX/Textures/CESIUM.PNG", "/work/box/textures/cesium.png",
                  Outcome.FOUND)),
          r.attempts());
    }

    @Test
    void twoCaseInsensitiveMatchesAreAnAmbiguity() throws IOException {
      Path upper = file("session/Logo.png");
      Path lower = file("session/logo.png");
      Resolution r = resolver(options()).resolve("LOGO.PNG", session);
      assertEquals(Status.AMBIGUOUS, r.status());
      assertEquals(List.of(upper, lower), r.candidates());
    }

    @Test
    void aSearchComparesNamesIgnoringCaseWhenNoneMatchesExactly() throws IOException {
      Path logo = file("assets/deep/er/cesium.png");
      Resolution r = resolver(options().addSearchPath(root.resolve("assets"))).resolve("C:\\t\\CESIUM.PNG", session);
      assertEquals(logo, r.file());
      assertEquals(new Attempt(Strategy.IGNORING_CASE, "/work/assets/**/t/CESIUM.PNG", logo.toString(), Outcome.FOUND),
          r.attempts().get(1));
    }

    @Test
    void aBoundedWalkSaysSoAndStaysDeterministic() throws IOException {
      file("assets/a/one.png");
      file("assets/b/c/d/deep.png");
      PathResolver r = resolver(options().addSearchPath(root.resolve("assets")).maxSearchDepth(2));
      Resolution miss = r.resolve("deep.png", root.resolve("elsewhere"));
      assertEquals("\"deep.png\": missing\n"
          + "  1. relative to /work/elsewhere: /work/elsewhere/deep.png: not found\n"
          + "  2. search /work/assets (walk stopped at ResolverOptions.maxSearchDepth 2 or maxSearchFiles 100000):"
          + " /work/assets/**/deep.png: not found", miss.explain());
      assertEquals(root.resolve("assets/a/one.png"), r.resolve("one.png", root.resolve("elsewhere")).file());
    }

    @Test
    void optionsRefusePathsOfAnotherFileSystem() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> options().addSearchPath(Path.of("/tmp")).build());
      assertEquals("search path \"/tmp\" belongs to another file system than fileSystem; build it with"
          + " fileSystem.getPath(...)", e.getMessage());
    }
  }

  @Nested
  class Windows extends Host {
    @Override
    Configuration configuration() {
      return Configuration.windows();
    }

    @Override
    String work() {
      return "C:\\work";
    }

    @Test
    void drivePathsResolveAsWrittenWhateverTheirSlashes() throws IOException {
      Path chair = file("models/chair.gltf");
      assertEquals(chair, resolver(options()).resolve("C:/work/models/chair.gltf", session).file());
      assertEquals(chair, resolver(options()).resolve("file:///C:/work/models/chair.gltf", session).file());
    }

    @Test
    void posixPathsAreNotApplicableAsWritten() {
      Resolution r = resolver(options()).resolve("/home/bo/chair.gltf", session);
      assertEquals(List.of(new Attempt(Strategy.AS_IS, "", "/home/bo/chair.gltf", Outcome.NOT_APPLICABLE)), r.attempts());
    }

    @Test
    void theFileSystemIgnoresCaseSoNoFallbackIsNeeded() throws IOException {
      file("box/textures/cesium.png");
      Resolution r = resolver(options()).resolve("..\\BOX\\Textures\\CESIUM.PNG", session);
      assertEquals(Status.FOUND, r.status());
      assertEquals(Strategy.RELATIVE, r.attempts().get(0).strategy());
      assertEquals(1, r.attempts().size());
    }

    @Test
    void namesWindowsCannotHoldAreInvalidOnThisHost() {
      Resolution r = resolver(options()).resolve("models/what?.gltf", session);
      assertEquals(Outcome.INVALID_ON_HOST, r.attempts().get(0).outcome());
    }
  }
}
