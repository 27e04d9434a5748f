package dev.appsim.session.room.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.Generator;
import dev.appsim.session.room.ManifestEntry;
import dev.appsim.session.room.MissingReference;
import dev.appsim.session.room.RoomManifest;
import dev.appsim.session.model.Violation;
import dev.appsim.session.room.asset.AssetReference;
import dev.appsim.session.room.asset.ReferenceKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rule "inside a room, nothing points outside it", one class of reference per case. */
class RoomReferencesTest {
  private static final String SHA = "0".repeat(64);
  static final String SESSION_EXPECTED = "expected a relative path naming an entry of this room, or a"
      + " \"missing/<name>\" recorded in room.json";
  static final String ASSET_EXPECTED = "expected a relative path naming an entry of this room, or a bare name"
      + " recorded as missing in room.json";
  static final RoomManifest MANIFEST = new RoomManifest(FormatVersion.CURRENT, new Generator("t", "1"), "session.json",
      List.of(entry("assets/cube.obj"), entry("assets/lamp.mtl"), entry("assets/sofa.gltf"), entry("session.json")),
      List.of(MissingReference.inSession("/scene/nodes/1/asset", "missing/old.obj"),
          MissingReference.inAsset("assets/lamp.mtl", "line 2", "brass.png")));
  private static final RoomReferences RULE = new RoomReferences(MANIFEST);

  private static ManifestEntry entry(String path) {
    return new ManifestEntry(path, 1, SHA, "application/octet-stream");
  }

  private static Optional<String> inSession(String path) {
    return RULE.problem("session.json", "/scene/nodes/0/asset", path);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "/etc/passwd                | is absolute",
      "\\Windows\\win.ini         | is absolute",
      "C:\\Windows\\win.ini       | is a Windows drive path",
      "C:/Windows/win.ini         | is a Windows drive path",
      "C:x                        | is a Windows drive path",
      "\\\\host\\share\\x         | is a UNC path",
      "//host/share/x             | is a UNC path",
      "\\\\?\\C:\\x               | is a UNC path",
      "file:///etc/passwd         | is a URI with scheme \"file\"",
      "FILE://host/share/x        | is a URI with scheme \"file\"",
      "https://example.com/x.obj  | is a URI with scheme \"https\"",
      "data:text/plain;base64,AA  | is a URI with scheme \"data\"",
      "~/.bashrc                  | starts with \"~\", the home folder",
      "~                          | starts with \"~\", the home folder",
      "$HOME/.bashrc              | holds \"$\", which reads as a variable",
      "${HOME}/.bashrc            | holds \"$\", which reads as a variable",
      "assets/$X                  | holds \"$\", which reads as a variable",
      "%USERPROFILE%\\x           | holds \"%\", which reads as a variable",
      "assets\\cube.obj           | holds a backslash",
      "assets/cube.obj:stream     | holds \":\"",
      "../etc/passwd              | has a \"..\" segment",
      "assets/../../x             | has a \"..\" segment",
      "assets//cube.obj           | has an empty or \".\" segment",
      "./assets/cube.obj          | has an empty or \".\" segment",
      "assets/cube.obj/           | has an empty or \".\" segment",
      "assets/other.obj           | names no entry of this room",
      "Assets/cube.obj            | names no entry of this room",
      "assets/cube.obj.           | names no entry of this room",
      "room.json                  | names no entry of this room",
      "mimetype                   | names no entry of this room",
      "session.json               | names the session entry",
  })
  void refusesEveryClassOfPathInTheSession(String path, String reason) {
    assertEquals(Optional.of("path \"" + path + "\" " + reason + ", " + SESSION_EXPECTED), inSession(path));
  }

  @Test
  void refusesEmptyAndControlCharacters() {
    assertEquals(Optional.of("path \"\" is empty, " + SESSION_EXPECTED), inSession(""));
    assertEquals(Optional.of("path \"assets/a\\u000Ab\" holds a control character, " + SESSION_EXPECTED),
        inSession("assets/a\nb"));
  }

  @Test
  void acceptsAnEntryAndAMissingNameRecordedAtItsPointer() {
    assertEquals(Optional.empty(), inSession("assets/cube.obj"));
    assertEquals(Optional.empty(), RULE.problem("session.json", "/scene/nodes/1/asset", "missing/old.obj"));
    assertEquals(Optional.of("path \"missing/old.obj\" is under \"missing/\" but room.json records no missing"
            + " reference with this path at /scene/nodes/0/asset, " + SESSION_EXPECTED),
        inSession("missing/old.obj"));
  }

  @Test
  void assetReferencesAreRelativeToTheAssetAndMayBeRecordedBareNames() {
    assertEquals(Optional.empty(), RULE.problem("assets/sofa.gltf", "/images/0/uri", "cube.obj"));
    assertEquals(Optional.empty(), RULE.problem("assets/lamp.mtl", "line 2", "brass.png"));
    // A recorded name is exempt only at the referrer and location recorded.
    assertEquals(Optional.of("path \"brass.png\" names no entry of this room, " + ASSET_EXPECTED),
        RULE.problem("assets/sofa.gltf", "/images/0/uri", "brass.png"));
    assertEquals(Optional.of("path \"brass.png\" names no entry of this room, " + ASSET_EXPECTED),
        RULE.problem("assets/lamp.mtl", "line 3", "brass.png"));
    assertEquals(Optional.of("path \"assets/cube.obj\" names no entry of this room, " + ASSET_EXPECTED),
        RULE.problem("assets/sofa.gltf", "/images/0/uri", "assets/cube.obj"));
    assertEquals(Optional.of("path \"/home/ana/brass.png\" is absolute, " + ASSET_EXPECTED),
        RULE.problem("assets/lamp.mtl", "line 2", "/home/ana/brass.png"));
    assertEquals(Optional.of("path \"../session.json\" has a \"..\" segment, " + ASSET_EXPECTED),
        RULE.problem("assets/lamp.mtl", "line 2", "../session.json"));
  }

  @Test
  void dataUrisAreEmbeddedOnlyInGltf() {
    assertEquals(Optional.empty(), RULE.problem("assets/sofa.gltf", "/buffers/0/uri", "data:application/octet-stream;base64,AAAA"));
    assertEquals(Optional.of("path \"data:x.png\" is a URI with scheme \"data\", " + ASSET_EXPECTED),
        RULE.problem("assets/lamp.mtl", "line 2", "data:x.png"));
  }

  @Test
  void checkCountsEntriesMissingNamesAndViolations() {
    RoomReferences.Result ok = RULE.check(RoomSessions.withAssets("assets/cube.obj", "missing/old.obj"));
    assertTrue(ok.isAcceptable());
    assertEquals(List.of(1, 1), List.of(ok.entries(), ok.missing()));
    RoomReferences.Result bad = RULE.check(RoomSessions.withAssets("/etc/passwd", "missing/old.obj", "~/x"));
    assertFalse(bad.isAcceptable());
    assertEquals(List.of("/scene/nodes/0/asset", "/scene/nodes/2/asset"),
        bad.violations().stream().map(v -> v.pointer()).toList());
  }

  @Test
  void checkKeepsAtMostTheCapButCountsEveryViolation() {
    String[] paths = new String[RoomReferences.MAX_VIOLATIONS + 5];
    java.util.Arrays.fill(paths, "/etc/passwd");
    RoomReferences.Result bad = RULE.check(RoomSessions.withAssets(paths));
    assertEquals(RoomReferences.MAX_VIOLATIONS, bad.violations().size());
    assertEquals(RoomReferences.MAX_VIOLATIONS + 5, bad.violationCount());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "missing/a/b     | path \"missing/a/b\" is not of the form \"missing/<name>\"",
      "missing/        | path \"missing/\" has an empty or \".\" segment, expected \"missing/<name>\"",
      "old.obj         | path \"old.obj\" is not of the form \"missing/<name>\"",
      "/etc/passwd     | path \"/etc/passwd\" is absolute, expected \"missing/<name>\"",
      "file:///etc/x   | path \"file:///etc/x\" is a URI with scheme \"file\", expected \"missing/<name>\"",
      "~/.bashrc       | path \"~/.bashrc\" starts with \"~\", the home folder, expected \"missing/<name>\"",
      "\\\\host\\s\\x  | path \"\\\\host\\s\\x\" is a UNC path, expected \"missing/<name>\"",
      "missing/$HOME   | path \"missing/$HOME\" holds \"$\", which reads as a variable, expected \"missing/<name>\"",
  })
  void sessionRecordsMustBeMissingNames(String path, String problem) {
    assertEquals(Optional.of(problem),
        RoomReferences.recordProblem(MissingReference.inSession("/scene/nodes/0/asset", path), MANIFEST_ENTRIES));
  }

  private static final java.util.function.Predicate<String> MANIFEST_ENTRIES =
      p -> !p.equals("session.json") && MANIFEST.entry(p).isPresent();

  @Test
  void assetRecordsMustBeBareNamesThatNameNothing() {
    assertEquals(Optional.empty(), record("assets/lamp.mtl", "brass.png"));
    assertEquals(Optional.of("path \"tex/brass.png\" is not a bare file name"), record("assets/lamp.mtl", "tex/brass.png"));
    assertEquals(Optional.of("path \"C:\\brass.png\" is a Windows drive path, expected a bare file name"),
        record("assets/lamp.mtl", "C:\\brass.png"));
    assertEquals(Optional.of("path \"cube.obj\" names the entry \"assets/cube.obj\", so it is not missing"),
        record("assets/lamp.mtl", "cube.obj"));
    assertEquals(Optional.of("referrer \"assets/none.mtl\" is not an asset entry of this room"),
        record("assets/none.mtl", "brass.png"));
    assertEquals(Optional.of("referrer \"session.json\" is not an asset entry of this room"),
        record("session.json", "brass.png"));
  }

  @Test
  void aRecordHasAPointerOrAReferrer() {
    assertEquals("has both a pointer and a referrer, expected one of them", refusal(
        () -> RoomReferences.record("missing/x", "/scene/nodes/0/asset", "assets/lamp.mtl", "line 1", null)));
    assertEquals("has neither a pointer nor a referrer, expected one of them",
        refusal(() -> RoomReferences.record("missing/x", "", null, null, null)));
    assertEquals("has neither a pointer nor a referrer, expected one of them",
        refusal(() -> RoomReferences.record("missing/x", null, null, "line 1", null)));
    assertEquals(MissingReference.inSession("/scene/nodes/0/asset", "missing/x").withOriginal("x"),
        RoomReferences.record("missing/x", "/scene/nodes/0/asset", null, null, "x"));
    // A "" pointer beside a referrer is the old writers' way of saying "no pointer".
    assertEquals(MissingReference.inAsset("assets/lamp.mtl", "line 1", "brass.png"),
        RoomReferences.record("brass.png", "", "assets/lamp.mtl", "line 1", null));
    assertEquals(Optional.of("pointer \"scene\" is not a JSON Pointer into the session"),
        RoomReferences.recordProblem(MissingReference.inSession("scene", "missing/x"), MANIFEST_ENTRIES));
  }

  private static AssetReference mtllib(String whole, String... names) {
    List<AssetReference> parts = java.util.Arrays.stream(names)
        .map(n -> new AssetReference(n, "line 1", ReferenceKind.MATERIAL_LIBRARY)).toList();
    return new AssetReference(whole, "line 1", ReferenceKind.MATERIAL_LIBRARY, parts);
  }

  @Test
  void assetCheckCountsEntriesRecordedNamesAndViolationsAtTheirLocations() {
    RoomReferences.Result result = RULE.check("assets/lamp.mtl", List.of(
        new AssetReference("cube.obj", "line 1", ReferenceKind.TEXTURE),
        new AssetReference("brass.png", "line 2", ReferenceKind.TEXTURE),
        new AssetReference("/etc/passwd", "line 3", ReferenceKind.TEXTURE),
        new AssetReference("brass.png", "line 4", ReferenceKind.TEXTURE)));
    assertEquals(List.of(1, 1, 2), List.of(result.entries(), result.missing(), result.violationCount()));
    assertEquals(List.of(
            new Violation("line 3", "path \"/etc/passwd\" is absolute, " + ASSET_EXPECTED),
            new Violation("line 4", "path \"brass.png\" names no entry of this room, " + ASSET_EXPECTED)),
        result.violations());
  }

  @Test
  void anObjStatementNeedsEveryReadingInsideAndOneReadingThatNamesAnEntry() {
    // Blender's one name with spaces, or the specification's several names: either may be meant.
    assertEquals(Optional.empty(), problemOf(mtllib("box mtllib cube.obj", "box", "mtllib", "cube.obj")));
    assertEquals(Optional.empty(), problemOf(mtllib("cube.obj lamp.mtl", "cube.obj", "lamp.mtl")));
    assertEquals(Optional.of("path \"/etc/passwd\" is absolute, " + ASSET_EXPECTED),
        problemOf(mtllib("cube.obj /etc/passwd", "cube.obj", "/etc/passwd")));
    assertEquals(Optional.of("path \"../x.mtl\" has a \"..\" segment, " + ASSET_EXPECTED),
        problemOf(mtllib("cube.obj ../x.mtl", "cube.obj", "../x.mtl")));
    assertEquals(Optional.of("path \"a.mtl b.mtl\" names no entry of this room, " + ASSET_EXPECTED),
        problemOf(mtllib("a.mtl b.mtl", "a.mtl", "b.mtl")));
  }

  private static Optional<String> problemOf(AssetReference ref) {
    RoomReferences.Result r = RULE.check("assets/sofa.gltf", List.of(ref));
    return r.violations().stream().map(Violation::message).findFirst();
  }

  @Test
  void assetRecordsMustSayWhereTheReferenceIs() {
    assertEquals("has a referrer but no location, expected where in \"assets/lamp.mtl\" the reference is"
            + " (a JSON Pointer or \"line N\")",
        refusal(() -> RoomReferences.record("brass.png", null, "assets/lamp.mtl", null, null)));
    assertEquals(Optional.of("has a referrer but no location, expected where in \"assets/lamp.mtl\" the reference is"
            + " (a JSON Pointer or \"line N\")"),
        RoomReferences.recordProblem(MissingReference.inAsset("assets/lamp.mtl", "", "brass.png"), MANIFEST_ENTRIES));
  }

  private static String refusal(Executable reading) {
    return assertThrows(IllegalArgumentException.class, reading).getMessage();
  }

  @Test
  void missingIsReservedWhateverItsCase() {
    assertTrue(RoomReferences.isUnderMissing("missing/x"));
    assertTrue(RoomReferences.isUnderMissing("Missing/x"));
    assertTrue(RoomReferences.isUnderMissing("MISSING"));
    assertFalse(RoomReferences.isUnderMissing("assets/missing/x"));
    assertFalse(RoomReferences.isUnderMissing("missingness/x"));
  }

  private static Optional<String> record(String referrer, String path) {
    return RoomReferences.recordProblem(MissingReference.inAsset(referrer, "line 2", path), MANIFEST_ENTRIES);
  }
}
