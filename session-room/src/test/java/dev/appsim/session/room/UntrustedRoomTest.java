package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormatException;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.VerificationReport.Kind;
import dev.appsim.session.room.VerificationReport.Outcome;
import dev.appsim.session.room.error.RoomException;
import dev.appsim.session.room.error.UnsafeArchiveException;
import dev.appsim.session.room.error.UnsafeReferenceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rooms written by hand, as another tool or an attacker would, whose session, sidecar source or
 * manifest points outside the room (FORMAT.md 1.3): open, session(), verify() and unpack() refuse
 * them alike, and nothing is written beside the target.
 */
class UntrustedRoomTest {
  private static final String CUBE = "solid cube\n";
  private static final String SIDECAR = "{\"format\":\"appsim.geometry-cache\",\"formatVersion\":\"1.0\","
      + "\"meshBlocks\":[],\"planes\":[]}";
  private static final String EXPECTED = RoomOpenTest.EXPECTED;

  @TempDir
  Path tmp;

  /** The hostile forms the hostile-input campaign used, and their neighbours. */
  private static final List<String> OUTSIDE = List.of("/etc/passwd", "file:///etc/passwd", "~/.bashrc",
      "\\\\host\\share\\x", "//host/share/x", "C:\\Windows\\win.ini", "C:x", "$HOME/.bashrc", "${HOME}/.bashrc",
      "%APPDATA%\\x", "../../x", "assets\\cube.obj", "assets/none.obj", "missing/x", "https://host/x.obj");

  static String session(String modelPath, String cacheSource) {
    String cache = cacheSource == null ? "" : ",\"geometryCache\":{\"source\":\"" + json(cacheSource) + "\"}";
    return "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"x\"},"
        + "\"scene\":{\"nodes\":[{\"id\":\"m\",\"kind\":\"model\",\"asset\":\"" + json(modelPath) + "\"}]}" + cache + "}";
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** A room holding {@code assets/cube.obj}, {@code assets/room.geocache} and {@code session}. */
  private Path room(String name, String session, String missingJson, String... extra) throws Exception {
    List<String> listed = new ArrayList<>(List.of(TestRooms.entryJson("assets/cube.obj", CUBE),
        TestRooms.entryJson("assets/room.geocache", SIDECAR), TestRooms.entryJson("session.json", session)));
    String manifest = TestRooms.manifest("session.json", listed.toArray(String[]::new));
    if (missingJson != null) {
      manifest = manifest.substring(0, manifest.length() - 1) + ",\"missing\":[" + missingJson + "]}";
    }
    TestRooms rooms = TestRooms.withMimetype().put("room.json", manifest).put("session.json", session)
        .put("assets/cube.obj", CUBE).put("assets/room.geocache", SIDECAR);
    for (int i = 0; i < extra.length; i += 2) {
      rooms.put(extra[i], extra[i + 1]);
    }
    return rooms.write(tmp.resolve(name));
  }

  private static String record(String pointer, String path) {
    return "{\"pointer\":\"" + pointer + "\",\"path\":\"" + json(path) + "\"}";
  }

  private void assertNothingBesideTheRoom(String roomName) throws Exception {
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(roomName), left.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void everyOutsidePathInTheSessionIsRefusedByEveryReader() throws Exception {
    for (String evil : OUTSIDE) {
      Path file = room("evil.room", session(evil, "assets/room.geocache"), null);
      try (Room room = Room.open(file)) {
        UnsafeReferenceException e = assertThrows(UnsafeReferenceException.class, room::session, evil);
        assertEquals("session.json", e.location());
        assertEquals("/scene/nodes/0/asset", e.violations().get(0).pointer());
        assertTrue(e.getMessage().startsWith("session.json /scene/nodes/0/asset: path \"" + evil + "\" "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", " + EXPECTED), e.getMessage());

        VerificationReport report = room.verify();
        assertFalse(report.isIntact(), evil);
        assertEquals(List.of(new VerificationReport.Problem("session.json",
            "/scene/nodes/0/asset: " + e.violations().get(0).message(), Kind.UNSAFE)), report.problems());
        assertEquals(Outcome.FAILED, check(report, "paths").outcome());

        UnsafeReferenceException u = assertThrows(UnsafeReferenceException.class,
            () -> room.unpack(tmp.resolve("out"), PathStyle.ABSOLUTE));
        assertEquals(e.getMessage(), u.getMessage());
      }
      assertNothingBesideTheRoom("evil.room");
      Files.delete(file);
    }
  }

  @Test
  void aMissingRecordForAnOutsidePathIsRefusedNotExempt() throws Exception {
    for (String evil : OUTSIDE) {
      if (evil.startsWith("missing/")) {
        continue;
      }
      Path file = room("evil.room", session(evil, null), record("/scene/nodes/0/asset", evil));
      UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class, () -> Room.open(file), evil);
      assertEquals("room.json", e.location());
      assertTrue(e.getMessage().startsWith("room.json /missing/0: path \"" + evil + "\" "), e.getMessage());
      Files.delete(file);
    }
  }

  @Test
  void theSidecarSourceMustNameAnEntryToo() throws Exception {
    Path file = room("evil.room", session("assets/cube.obj", "/home/ana/scans/room.geocache"), null);
    try (Room room = Room.open(file)) {
      UnsafeReferenceException e = assertThrows(UnsafeReferenceException.class, room::session);
      assertEquals("session.json /geometryCache/source: path \"/home/ana/scans/room.geocache\" is absolute, "
          + EXPECTED, e.getMessage());
      VerificationReport report = room.verify();
      assertEquals(Outcome.SKIPPED, check(report, "sidecar").outcome());
      assertEquals("its source path is not allowed (see paths)", check(report, "sidecar").detail());
      assertThrows(UnsafeReferenceException.class, () -> room.unpack(tmp.resolve("out"), PathStyle.RELATIVE));
    }
    assertNothingBesideTheRoom("evil.room");
  }

  @Test
  void everyBadPathIsReportedAndCounted() throws Exception {
    String session = session("/etc/passwd", "~/.cache/x").replace("]}", ",{\"id\":\"n\",\"kind\":\"model\","
        + "\"asset\":\"assets/cube.obj\"},{\"id\":\"o\",\"kind\":\"model\",\"asset\":\"../x\"}]}");
    Path file = room("evil.room", session, null);
    try (Room room = Room.open(file)) {
      UnsafeReferenceException e = assertThrows(UnsafeReferenceException.class, room::session);
      assertEquals(3, e.violationCount());
      assertEquals("session.json /scene/nodes/0/asset: path \"/etc/passwd\" is absolute, " + EXPECTED
          + " (and 2 more paths not allowed in a room)", e.getMessage());
      VerificationReport report = room.verify();
      assertEquals(3, report.problemCount());
      assertEquals("3 of 4 session paths are not allowed in a room", check(report, "paths").detail());
    }
  }

  @Test
  void anEntryUnderMissingIsRefusedOnOpen() throws Exception {
    // Unlisted, so only the zip directory names it; once unpacked it would answer "missing/old.obj".
    Path file = room("evil.room", session("missing/old.obj", null), record("/scene/nodes/0/asset", "missing/old.obj"),
        "Missing/old.obj", "surprise");
    UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class, () -> Room.open(file));
    assertEquals("Missing/old.obj", e.location());
    assertEquals("entry \"Missing/old.obj\" lies under \"missing/\", which must hold no entry so that skipped"
        + " references name nothing", e.getMessage());
  }

  @Test
  void aRecordedMissingNameIsAcceptedAndUnpacksToNothingInsideTheTarget() throws Exception {
    Path file = room("ok.room", session("missing/old.obj", "assets/room.geocache"),
        record("/scene/nodes/0/asset", "missing/old.obj"));
    try (Room room = Room.open(file)) {
      assertEquals("missing/old.obj", room.session().assetRefs().get(0).path());
      VerificationReport report = room.verify();
      assertTrue(report.isIntact(), report.problems()::toString);
      assertEquals("2 session paths, each relative and inside the room: 1 entry, 1 recorded missing reference",
          check(report, "paths").detail());
      Path target = tmp.resolve("out").toAbsolutePath();
      Path unpacked = room.unpack(target, PathStyle.ABSOLUTE);
      SessionDocument doc = SessionCodec.defaults().read(unpacked);
      assertEquals(List.of(target.resolve("missing/old.obj").toString(), target.resolve("assets/room.geocache").toString()),
          doc.assetRefs().stream().map(AssetRef::path).toList());
      assertFalse(Files.exists(target.resolve("missing")));
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of("ok.room", "out"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void verifySaysWhatItCheckedOnAnIntactRoom() throws Exception {
    Path file = room("ok.room", session("assets/cube.obj", "assets/room.geocache"), null);
    try (Room room = Room.open(file)) {
      VerificationReport report = room.verify();
      assertTrue(report.isIntact());
      assertEquals(List.of(
              "archive passed: zip structure, entry names and limits, the mimetype entry, room.json and its missing"
                  + " records, nothing under missing/",
              "listing passed: room.json lists 3 entries, each in the archive with the size its directory gives,"
                  + " and the archive holds no other",
              "content passed: size and SHA-256 of 3 of 3 listed entries",
              "session passed: session.json reads and validates: format 1.0, 1 node, 2 file references",
              "paths passed: 2 session paths, each relative and inside the room: 2 entries, 0 recorded missing"
                  + " references",
              "sidecar passed: assets/room.geocache reads and validates as a geometry cache: 0 mesh blocks, 0 planes",
              "references passed: references in 1 asset: none"),
          report.checks().stream().map(c -> c.name() + " " + c.outcome().name().toLowerCase(java.util.Locale.ROOT)
              + ": " + c.detail()).toList());
    }
  }

  @Test
  void aSessionThatDoesNotParseIsInvalidForVerifyAndUnpackAlike() throws Exception {
    // Its hash matches the manifest: the packager (or an attacker) wrote it that way.
    Path file = room("bad.room", "{\"format\":\"appsim.session\",", null);
    try (Room room = Room.open(file)) {
      VerificationReport report = room.verify();
      assertFalse(report.isIntact());
      assertEquals(Kind.INVALID, report.problems().get(0).kind());
      assertEquals("session.json", report.problems().get(0).entry());
      assertEquals(Outcome.SKIPPED, check(report, "paths").outcome());
      assertThrows(SessionFormatException.class, () -> room.unpack(tmp.resolve("out"), PathStyle.ABSOLUTE));
      UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class, report::requireIntact);
      assertEquals("session.json", e.location());
    }
    assertNothingBesideTheRoom("bad.room");
  }

  @Test
  void aSidecarThatIsNotAGeometryCacheIsReported() throws Exception {
    String notACache = "{\"format\":\"appsim.session\"}";
    String session = session("assets/cube.obj", "assets/room.geocache");
    String manifest = TestRooms.manifest("session.json", TestRooms.entryJson("assets/cube.obj", CUBE),
        TestRooms.entryJson("assets/room.geocache", notACache), TestRooms.entryJson("session.json", session));
    Path file = TestRooms.withMimetype().put("room.json", manifest).put("session.json", session)
        .put("assets/cube.obj", CUBE).put("assets/room.geocache", notACache).write(tmp.resolve("r.room"));
    try (Room room = Room.open(file)) {
      VerificationReport report = room.verify();
      assertFalse(report.isIntact());
      assertEquals(Outcome.FAILED, check(report, "sidecar").outcome());
      assertEquals("assets/room.geocache", report.problems().get(0).entry());
      assertEquals(Kind.INVALID, report.problems().get(0).kind());
    }
  }

  @Test
  void aFloodOfDamagedEntriesCannotHideAnUnsafePath() throws Exception {
    // More content problems than a report lists, then the path problem: its kind must survive.
    String session = session("/etc/passwd", null);
    List<String> listed = new ArrayList<>();
    TestRooms rooms = TestRooms.withMimetype().put("session.json", session);
    int damaged = VerificationReport.MAX_PROBLEMS + 1;
    for (int i = 0; i < damaged; i++) {
      String name = String.format(java.util.Locale.ROOT, "assets/%04d.bin", i);
      listed.add(TestRooms.entryJson(name, "a"));
      rooms.put(name, "b");
    }
    listed.add(TestRooms.entryJson("session.json", session));
    Path file = rooms.put("room.json", TestRooms.manifest("session.json", listed.toArray(String[]::new)))
        .write(tmp.resolve("flood.room"));
    try (Room room = Room.open(file)) {
      VerificationReport report = room.verify();
      assertEquals(damaged + 1, report.problemCount());
      assertEquals(VerificationReport.MAX_PROBLEMS + 1, report.problems().size());
      assertTrue(report.has(Kind.UNSAFE));
      UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class, report::requireIntact);
      assertEquals("session.json", e.location());
      assertTrue(e.getMessage().startsWith((damaged + 1) + " problems:\n  assets/0000.bin: content is 1 bytes"),
          e.getMessage());
      assertTrue(e.getMessage().endsWith("\n  (1 more not listed)"), e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/passwd", "assets/../session.json", "~/x"})
  void aRoomThatUnpackRefusesIsNeverReportedIntact(String evil) throws Exception {
    Path file = room("evil.room", session(evil, null), null);
    try (Room room = Room.open(file)) {
      assertThrows(RoomException.class, () -> room.unpack(tmp.resolve("out"), PathStyle.ABSOLUTE));
      assertFalse(room.verify().isIntact());
    }
  }

  private static VerificationReport.Check check(VerificationReport report, String name) {
    return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }
}
