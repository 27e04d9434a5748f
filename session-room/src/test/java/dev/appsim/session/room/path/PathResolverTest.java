package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

class PathResolverTest {
  @TempDir Path tmp;
  Path session;

  @BeforeEach
  void setUp() throws IOException {
    tmp = tmp.toRealPath();
    session = Files.createDirectories(tmp.resolve("session"));
  }

  private Path file(String relative) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, relative);
  }

  private static ResolverOptions.Builder options() {
    return ResolverOptions.builder().environment(Map.of()).home(Path.of("/nonexistent-home"));
  }

  @Test
  void resolvesRelativeAgainstReferencingFolder() throws IOException {
    Path chair = file("session/models/chair.gltf");
    Resolution r = new PathResolver(options().build()).resolve("models\\chair.gltf", session);
    assertEquals(Status.FOUND, r.status());
    assertEquals(chair, r.file());
    assertEquals(List.of(new Attempt(Strategy.RELATIVE, session.toString(), chair.toString(), Outcome.FOUND)),
        r.attempts());
  }

  @Test
  void resolvesRelativeWithLeadingDotDot() throws IOException {
    Path lamp = file("shared/lamp.glb");
    Resolution r = new PathResolver(options().build()).resolve("../shared/lamp.glb", session);
    assertEquals(lamp, r.file());
  }

  @Test
  void resolvesWindowsPathThroughRemapIgnoringCase() throws IOException {
    Path chair = file("ml/data/models/chair.gltf");
    PathResolver resolver = new PathResolver(
        options().addRemap("C:\\Users\\ana\\MagicLeap", tmp.resolve("ml")).build());
    Resolution r = resolver.resolve("c:/users/ANA/magicleap/data/models/chair.gltf", session);
    assertEquals(Status.FOUND, r.status());
    assertEquals(chair, r.file());
  }

  @Test
  void usesOnlyTheFirstMatchingRemap() throws IOException {
    file("second/x.gltf");
    PathResolver resolver = new PathResolver(options()
        .addRemap("C:\\ML", tmp.resolve("first"))
        .addRemap("C:\\ML\\", tmp.resolve("second"))
        .build());
    Resolution r = resolver.resolve("C:\\ML\\x.gltf", session);
    assertEquals(Status.MISSING, r.status());
    assertEquals("\"C:\\ML\\x.gltf\": missing\n"
        + "  1. remap C:\\ML -> " + tmp + "/first: " + tmp + "/first/x.gltf: not found\n"
        + "  2. as written: C:\\ML\\x.gltf: not applicable on this host", r.explain());
  }

  @Test
  void resolvesUncAndHomePrefixesThroughRemaps() throws IOException {
    Path scene = file("nas/scenes/x.glb");
    Path ml = file("ml/y.glb");
    PathResolver resolver = new PathResolver(options()
        .addRemap("\\\\NAS\\Share", tmp.resolve("nas"))
        .addRemap("~/ml", tmp.resolve("ml"))
        .build());
    assertEquals(scene, resolver.resolve("//nas/share/scenes/x.glb", session).file());
    assertEquals(scene, resolver.resolve("file://nas/share/scenes/x.glb", session).file());
    assertEquals(ml, resolver.resolve("~/ml/y.glb", session).file());
  }

  @Test
  void posixRemapIsCaseSensitive() throws IOException {
    file("ml/y.glb");
    PathResolver resolver = new PathResolver(options().addRemap("/Users/ana", tmp.resolve("ml")).build());
    Resolution r = resolver.resolve("/users/ana/y.glb", session);
    assertEquals(Status.MISSING, r.status());
    assertEquals(List.of(new Attempt(Strategy.AS_IS, "", "/users/ana/y.glb", Outcome.NOT_FOUND)), r.attempts());
  }

  @Test
  void resolvesPosixAbsoluteAsWritten() throws IOException {
    Path lamp = file("abs/lamp.glb");
    Resolution r = new PathResolver(options().build()).resolve(lamp.toString(), session);
    assertEquals(lamp, r.file());
    assertEquals(Strategy.AS_IS, r.attempts().get(0).strategy());
  }

  @Test
  void resolvesEnvironmentVariables() throws IOException {
    Path x = file("zi/data/x.glb");
    PathResolver resolver = new PathResolver(options()
        .environment(Map.of("ML_ZI_ROOT", tmp.resolve("zi").toString())).build());
    assertEquals(x, resolver.resolve("$ML_ZI_ROOT/data/x.glb", session).file());
    assertEquals(x, resolver.resolve("${ML_ZI_ROOT}/data/x.glb", session).file());
    assertEquals(x, resolver.resolve("%ML_ZI_ROOT%\\data\\x.glb", session).file());
  }

  @Test
  void resolvesWindowsVariableValueThroughRemap() throws IOException {
    Path x = file("ml/data/x.glb");
    PathResolver resolver = new PathResolver(options()
        .environment(Map.of("ML_ZI_ROOT", "C:\\ML"))
        .addRemap("C:\\ML", tmp.resolve("ml"))
        .build());
    assertEquals(x, resolver.resolve("%ML_ZI_ROOT%\\data\\x.glb", session).file());
  }

  @Test
  void resolvesHome() throws IOException {
    Path x = file("home/bo/scenes/x.glb");
    PathResolver resolver = new PathResolver(options().home(tmp.resolve("home/bo")).build());
    assertEquals(x, resolver.resolve("~/scenes/x.glb", session).file());
  }

  @Test
  void searchesLongestTrailingSuffixFirst() throws IOException {
    Path exact = file("search/data/models/chair.gltf");
    file("search/chair.gltf");
    PathResolver resolver = new PathResolver(options().addSearchPath(tmp.resolve("search")).build());
    Resolution r = resolver.resolve("C:\\Users\\ana\\ML\\data\\models\\chair.gltf", session);
    assertEquals(exact, r.file());
  }

  @Test
  void searchFallsBackToShorterSuffixes() throws IOException {
    Path chair = file("search/models/chair.gltf");
    PathResolver resolver = new PathResolver(options()
        .addSearchPath(tmp.resolve("search")).maxSearchComponents(3).build());
    Resolution r = resolver.resolve("D:\\a\\data\\models\\chair.gltf", session);
    assertEquals(chair, r.file());
    assertEquals("\"D:\\a\\data\\models\\chair.gltf\": found " + chair + "\n"
        + "  1. as written: D:\\a\\data\\models\\chair.gltf: not applicable on this host\n"
        + "  2. search " + tmp + "/search: " + tmp + "/search/models/chair.gltf: found", r.explain());
  }

  @Test
  void reportsAmbiguityWithAllCandidatesAndChoosesNone() throws IOException {
    Path one = file("one/models/chair.gltf");
    Path two = file("two/models/chair.gltf");
    PathResolver resolver = new PathResolver(options()
        .addSearchPath(tmp.resolve("one")).addSearchPath(tmp.resolve("two")).build());
    Resolution r = resolver.resolve("C:\\x\\models\\chair.gltf", session);
    assertEquals(Status.AMBIGUOUS, r.status());
    assertNull(r.file());
    assertEquals(List.of(one, two), r.candidates());
    assertEquals("\"C:\\x\\models\\chair.gltf\": ambiguous, 2 candidates match equally well:\n"
        + "    " + one + "\n"
        + "    " + two + "\n"
        + "  1. as written: C:\\x\\models\\chair.gltf: not applicable on this host\n"
        + "  2. search " + tmp + "/one: " + one + ": found\n"
        + "  3. search " + tmp + "/two: " + two + ": found", r.explain());
  }

  @Test
  void sameFileReachedThroughTwoSearchFoldersIsNotAmbiguous() throws IOException {
    Path chair = file("one/chair.gltf");
    PathResolver resolver = new PathResolver(options()
        .addSearchPath(tmp.resolve("one")).addSearchPath(tmp.resolve("one/../one")).build());
    Resolution r = resolver.resolve("C:\\chair.gltf", session);
    assertEquals(Status.FOUND, r.status());
    assertEquals(chair, r.file());
  }

  @Test
  void longerSuffixWinsOverShorterOneInAnotherFolder() throws IOException {
    Path specific = file("two/models/chair.gltf");
    file("one/chair.gltf");
    PathResolver resolver = new PathResolver(options()
        .addSearchPath(tmp.resolve("one")).addSearchPath(tmp.resolve("two")).build());
    assertEquals(specific, resolver.resolve("C:\\models\\chair.gltf", session).file());
  }

  @Test
  void explainsMissWithUndefinedVariableAndSearchesOnlyTheComponentsAfterIt() throws IOException {
    PathResolver resolver = new PathResolver(options().addSearchPath(tmp.resolve("s")).build());
    Resolution r = resolver.resolve("$NOPE/data/x.glb", session);
    assertEquals(Status.MISSING, r.status());
    assertEquals("\"$NOPE/data/x.glb\": missing\n"
        + "  1. variable NOPE: undefined\n"
        + "  2. search " + tmp + "/s: " + tmp + "/s/**/data/x.glb: not found", r.explain());
  }

  @Test
  void findsFileBySearchDespiteUndefinedVariable() throws IOException {
    Path x = file("s/data/x.glb");
    PathResolver resolver = new PathResolver(options().addSearchPath(tmp.resolve("s")).build());
    assertEquals(x, resolver.resolve("%ML_ROOT%\\data\\x.glb", session).file());
  }

  @Test
  void explainsSyntaxErrorAsMiss() {
    Resolution r = new PathResolver(options().build()).resolve("C:relative.glb", session);
    assertEquals(Status.MISSING, r.status());
    assertEquals("\"C:relative.glb\": missing\n"
        + "  1. parse \"C:relative.glb\": drive-relative path is not supported; expected C:\\ or C:/ "
        + "after the drive letter: invalid", r.explain());
  }

  @Test
  void rejectsFolderAndRecordsIt() throws IOException {
    Files.createDirectories(session.resolve("models"));
    Resolution r = new PathResolver(options().build()).resolve("models", session);
    assertEquals(Status.MISSING, r.status());
    assertEquals(Outcome.NOT_A_REGULAR_FILE, r.attempts().get(0).outcome());
  }

  @Test
  void followsLinkToRegularFileAndReturnsItsTarget() throws IOException {
    Path target = file("real/chair.gltf");
    Files.createSymbolicLink(session.resolve("chair.gltf"), target);
    Resolution r = new PathResolver(options().build()).resolve("chair.gltf", session);
    assertEquals(target, r.file());
  }

  @Test
  void recordsDanglingLinkAndLinkToFolder() throws IOException {
    Files.createSymbolicLink(session.resolve("gone.gltf"), tmp.resolve("nowhere"));
    Files.createSymbolicLink(session.resolve("dir.gltf"), tmp);
    PathResolver resolver = new PathResolver(options().build());
    assertEquals(Outcome.DANGLING_LINK, resolver.resolve("gone.gltf", session).attempts().get(0).outcome());
    assertEquals(Outcome.NOT_A_REGULAR_FILE, resolver.resolve("dir.gltf", session).attempts().get(0).outcome());
  }

  @Test
  void resolvesFileUri() throws IOException {
    Path x = file("with space/x é.glb");
    Resolution r = new PathResolver(options().build())
        .resolve("file://" + tmp + "/with%20space/x%20%C3%A9.glb", session);
    assertEquals(x, r.file());
  }

  @Test
  void optionsRejectRelativeFoldersAndBadBounds() {
    assertEquals("home \"h\" must be an absolute path",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> options().home(Path.of("h"))).getMessage());
    assertEquals("search path \"s\" must be an absolute path",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> options().addSearchPath(Path.of("s"))).getMessage());
    assertEquals("maxSearchComponents (0) must be between 1 and 64",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> options().maxSearchComponents(0)).getMessage());
  }

  @Test
  void toBuilderKeepsEverySetting() {
    ResolverOptions o = options().addRemap("C:\\a", Path.of("/b")).addSearchPath(Path.of("/s"))
        .maxSearchComponents(3).build();
    ResolverOptions copy = o.toBuilder().build();
    assertEquals(o.remaps(), copy.remaps());
    assertEquals(o.searchPaths(), copy.searchPaths());
    assertEquals(o.environment(), copy.environment());
    assertEquals(o.home(), copy.home());
    assertEquals(3, copy.maxSearchComponents());
  }
}
