package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.room.VerificationReport.Kind;
import dev.appsim.session.room.VerificationReport.Outcome;
import dev.appsim.session.room.archive.ArchiveLimits;
import dev.appsim.session.room.asset.AssetLimits;
import dev.appsim.session.room.error.UnsafeArchiveException;
import dev.appsim.session.room.error.UnsafeReferenceException;
import dev.appsim.session.room.internal.Digests;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rooms written by hand, as another tool or an attacker would, whose packaged assets hold
 * references that leave the room (FORMAT.md 1.3, issue 10 item 1): verify, unpack and openEntry
 * refuse them alike, naming the entry, the location, the reference and why; nothing is written
 * beside the target. Opening the room and reading its session do not read the assets.
 */
class UntrustedAssetTest {
  static final String EXPECTED = "expected a relative path naming an entry of this room, or a bare name recorded"
      + " as missing in room.json";
  private static final String OBJ = "mtllib lamp.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n";
  private static final byte[] PNG = GltfSamples.png(0x808080);

  @TempDir
  Path tmp;

  /** A session with one model node whose asset is {@code model}. */
  private static String session(String model) {
    return "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"x\"},"
        + "\"scene\":{\"nodes\":[{\"id\":\"m\",\"kind\":\"model\",\"asset\":\"" + model + "\"}]}}";
  }

  /** A room holding {@code session.json} (whose model is {@code model}) and {@code assets}, listed right. */
  private Path room(String model, Map<String, byte[]> assets, String missingJson) throws Exception {
    Map<String, byte[]> entries = new TreeMap<>(assets);
    entries.put("session.json", session(model).getBytes(StandardCharsets.UTF_8));
    List<String> listed = new ArrayList<>();
    entries.forEach((name, bytes) -> {
      Digests.Sized d = Digests.ofBytes(bytes);
      listed.add("{\"path\":\"" + name + "\",\"size\":" + d.size() + ",\"sha256\":\"" + d.sha256()
          + "\",\"mediaType\":\"application/octet-stream\"}");
    });
    String manifest = TestRooms.manifest("session.json", listed.toArray(String[]::new));
    if (missingJson != null) {
      manifest = manifest.substring(0, manifest.length() - 1) + ",\"missing\":[" + missingJson + "]}";
    }
    TestRooms rooms = TestRooms.withMimetype().put("room.json", manifest);
    entries.forEach(rooms::put);
    return rooms.write(tmp.resolve("r.room"));
  }

  /** The OBJ and its MTL, whose second line is {@code mapLine}. */
  private Path objRoom(String mapLine, String missingJson) throws Exception {
    return room("assets/lamp.obj", Map.of("assets/lamp.obj", utf8(OBJ),
        "assets/lamp.mtl", utf8("newmtl brass\n" + mapLine + "\n"), "assets/wood.png", PNG), missingJson);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private List<String> listing() throws Exception {
    try (Stream<Path> left = Files.list(tmp)) {
      return left.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Every reader refuses the room for {@code reference} at {@code location} of {@code entry}:
   * verify lists it as unsafe under the references check, unpack and openEntry throw, and the
   * target is never made.
   */
  private void assertRefused(Path file, String entry, String location, String reference, String reason,
      String checkDetail) throws Exception {
    String problem = location + ": path \"" + reference + "\" " + reason + ", " + EXPECTED;
    try (Room room = Room.open(file)) {
      assertEquals(1, room.session().assetRefs().size(), "the session alone is fine and read without the assets");
      VerificationReport report = room.verify();
      assertEquals(List.of(new VerificationReport.Problem(entry, problem, Kind.UNSAFE)), report.problems());
      assertEquals(new VerificationReport.Check("references", Outcome.FAILED, checkDetail), check(report, "references"));

      UnsafeReferenceException unpack = assertThrows(UnsafeReferenceException.class,
          () -> room.unpack(tmp.resolve("out"), PathStyle.ABSOLUTE));
      assertEquals(entry, unpack.location());
      assertEquals(entry + " " + problem, unpack.getMessage());
      assertEquals(location, unpack.violations().get(0).pointer());
      assertEquals(List.of("r.room"), listing());

      UnsafeReferenceException open = assertThrows(UnsafeReferenceException.class, () -> room.openEntry(entry));
      assertEquals(unpack.getMessage(), open.getMessage());
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "/etc/passwd                 | is absolute",
      "C:\\Windows\\win.ini        | is a Windows drive path",
      "C:x.png                     | is a Windows drive path",
      "\\\\host\\share\\x.png      | is a UNC path",
      "//host/share/x.png          | is a UNC path",
      "~/.ssh/id_rsa               | starts with \"~\", the home folder",
      "$HOME/x                     | holds \"$\", which reads as a variable",
      "${HOME}/x                   | holds \"$\", which reads as a variable",
      "%USERPROFILE%\\x            | holds \"%\", which reads as a variable",
      "../../x.png                 | has a \"..\" segment",
      "tex/../../x.png             | has a \"..\" segment",
      "file:///etc/passwd          | is a URI with scheme \"file\"",
      "https://host/x.png          | is a URI with scheme \"https\"",
      "data:image/png;base64,AAAA  | is a URI with scheme \"data\"",
      "tex\\wood.png               | holds a backslash",
      "brass.png                   | names no entry of this room",
      "Wood.png                    | names no entry of this room",
  })
  void everyMtlMapLeavingTheRoomIsRefusedByEveryReader(String map, String reason) throws Exception {
    assertRefused(objRoom("map_Kd " + map, null), "assets/lamp.mtl", "line 2", map, reason,
        "references in 2 assets: 1 of 2 references are not allowed in a room");
  }

  @Test
  void aMapAfterOptionsIsFoundAndRefused() throws Exception {
    assertRefused(objRoom("map_Kd -s 1 1 1 -clamp on /etc/passwd", null), "assets/lamp.mtl", "line 2", "/etc/passwd",
        "is absolute", "references in 2 assets: 1 of 2 references are not allowed in a room");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "/etc/x.mtl             | /etc/x.mtl      | is absolute",
      "../x.mtl               | ../x.mtl        | has a \"..\" segment",
      "~/x.mtl                | ~/x.mtl         | starts with \"~\", the home folder",
      "lamp.mtl /etc/passwd   | /etc/passwd     | is absolute",
      "lamp.mtl ../../x.mtl   | ../../x.mtl     | has a \"..\" segment",
      "lamp.mtl%20x           | lamp.mtl%20x    | holds \"%\", which reads as a variable",
      "other.mtl              | other.mtl       | names no entry of this room",
  })
  void anObjMaterialLibraryLeavingTheRoomIsRefused(String names, String reference, String reason) throws Exception {
    Path file = room("assets/lamp.obj", Map.of("assets/lamp.obj", utf8("mtllib " + names + "\nv 0 0 0\n"),
        "assets/lamp.mtl", utf8("newmtl brass\n")), null);
    assertRefused(file, "assets/lamp.obj", "line 1", reference, reason,
        "references in 2 assets: 1 of 1 references are not allowed in a room");
  }

  @Test
  void anObjStatementReadAsOneNameOrSeveralIsAcceptedWhenOneReadingNamesAnEntry() throws Exception {
    // Blender writes the library "box mtllib red.mtl" as "mtllib box mtllib red.mtl"; the OBJ
    // specification reads three names. Either reading stays inside the room.
    for (String entry : List.of("box mtllib red.mtl", "red.mtl")) {
      Path file = room("assets/box.obj", Map.of("assets/box.obj", utf8("mtllib box mtllib red.mtl\n"),
          "assets/" + entry, utf8("newmtl red\n")), null);
      try (Room room = Room.open(file)) {
        VerificationReport report = room.verify();
        assertTrue(report.isIntact(), report.problems()::toString);
        assertEquals("references in 2 assets: 1 reference, each relative and inside the room: 1 entry,"
            + " 0 recorded missing references", check(report, "references").detail());
      }
      Files.delete(file);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "/etc/passwd              | /etc/passwd        | is absolute",
      "%2Fetc%2Fpasswd          | /etc/passwd        | is absolute",
      "file:///etc/passwd       | file:///etc/passwd | is a URI with scheme \"file\"",
      "file:///C:/Windows/x.png | file:///C:/Windows/x.png | is a URI with scheme \"file\"",
      "\\\\\\\\host\\\\share\\\\x.png | \\\\host\\share\\x.png | is a UNC path",
      "../../x.png              | ../../x.png        | has a \"..\" segment",
      "%2E%2E/%2E%2E/x.png      | ../../x.png        | has a \"..\" segment",
      "~/x.png                  | ~/x.png            | starts with \"~\", the home folder",
      "http://host/x.png        | http://host/x.png  | is a URI with scheme \"http\"",
      "none.png                 | none.png           | names no entry of this room",
  })
  void everyGltfUriLeavingTheRoomIsRefusedInGltf2Gltf1GlbAndExtensions(String uri, String reference, String reason)
      throws Exception {
    // uri is JSON text: "\\\\host" in the file is the UNC path \\host.
    String image = "{\"uri\":\"" + uri + "\"}";
    Map<String, String> gltfs = Map.of(
        "/images/1/uri", "{\"asset\":{\"version\":\"2.0\"},\"images\":[{\"uri\":\"wood.png\"}," + image + "]}",
        "/shaders/fs/uri", "{\"asset\":{\"version\":\"1.0\"},\"shaders\":{\"fs\":" + image + "}}",
        "/extensions/KHR_audio_emitter/audio/0/uri", "{\"asset\":{\"version\":\"2.0\"},\"extensionsUsed\":"
            + "[\"KHR_audio_emitter\"],\"extensions\":{\"KHR_audio_emitter\":{\"audio\":[" + image + "]}}}",
        "/extensions/KHR_techniques_webgl/shaders/0/uri", "{\"asset\":{\"version\":\"2.0\"},\"extensions\":"
            + "{\"KHR_techniques_webgl\":{\"shaders\":[" + image + "]}}}");
    for (Map.Entry<String, String> gltf : gltfs.entrySet()) {
      for (String name : List.of("assets/model.gltf", "assets/model.glb")) {
        byte[] bytes = name.endsWith(".glb") ? GltfSamples.glb(gltf.getValue(), new byte[4]) : utf8(gltf.getValue());
        Path file = room(name, Map.of(name, bytes, "assets/wood.png", PNG), null);
        int references = gltf.getKey().startsWith("/images") ? 2 : 1;
        assertRefused(file, name, gltf.getKey(), reference, reason, "references in 1 asset: 1 of "
            + references + " references are not allowed in a room");
        Files.delete(file);
      }
    }
  }

  @Test
  void aGltfDataUriAndAnImageNamingAnEntryAreAccepted() throws Exception {
    String gltf = "{\"asset\":{\"version\":\"2.0\"},\"buffers\":[{\"byteLength\":3,"
        + "\"uri\":\"data:application/octet-stream;base64,AAAA\"}],\"images\":[{\"uri\":\"wood.png\"}]}";
    Path file = room("assets/model.gltf", Map.of("assets/model.gltf", utf8(gltf), "assets/wood.png", PNG), null);
    try (Room room = Room.open(file)) {
      VerificationReport report = room.verify();
      assertTrue(report.isIntact(), report.problems()::toString);
      assertEquals(new VerificationReport.Check("references", Outcome.PASSED, "references in 1 asset: 1 reference,"
          + " each relative and inside the room: 1 entry, 0 recorded missing references"), check(report, "references"));
      try (InputStream in = room.openEntry("assets/model.gltf")) {
        assertEquals(gltf, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      Path unpacked = room.unpack(tmp.resolve("out"), PathStyle.RELATIVE);
      assertEquals(gltf, Files.readString(unpacked.resolveSibling("assets/model.gltf")));
    }
  }

  @Test
  void aBareNameRecordedAsMissingForItsReferrerAndLocationIsAccepted() throws Exception {
    Path file = objRoom("map_Kd brass.png",
        "{\"referrer\":\"assets/lamp.mtl\",\"location\":\"line 2\",\"path\":\"brass.png\"}");
    try (Room room = Room.open(file)) {
      VerificationReport report = room.verify();
      assertTrue(report.isIntact(), report.problems()::toString);
      assertEquals("references in 2 assets: 2 references, each relative and inside the room: 1 entry,"
          + " 1 recorded missing reference", check(report, "references").detail());
      Path target = tmp.resolve("out").toAbsolutePath();
      room.unpack(target, PathStyle.ABSOLUTE);
      assertEquals("newmtl brass\nmap_Kd brass.png\n", Files.readString(target.resolve("assets/lamp.mtl")));
      assertFalse(Files.exists(target.resolve("assets/brass.png")), "a recorded missing name names nothing");
    }
    assertEquals(List.of("out", "r.room"), listing());
  }

  @Test
  void aRecordForAnotherLocationOrReferrerDoesNotExemptAName() throws Exception {
    for (String record : List.of(
        "{\"referrer\":\"assets/lamp.mtl\",\"location\":\"line 3\",\"path\":\"brass.png\"}",
        "{\"referrer\":\"assets/lamp.obj\",\"location\":\"line 2\",\"path\":\"brass.png\"}")) {
      Path file = objRoom("map_Kd brass.png", record);
      assertRefused(file, "assets/lamp.mtl", "line 2", "brass.png", "names no entry of this room",
          "references in 2 assets: 1 of 2 references are not allowed in a room");
      Files.delete(file);
    }
  }

  @Test
  void aRecordOfAnAssetReferenceMustSayWhereItIs() throws Exception {
    Path file = objRoom("map_Kd brass.png", "{\"referrer\":\"assets/lamp.mtl\",\"path\":\"brass.png\"}");
    UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class, () -> Room.open(file));
    assertEquals("room.json", e.location());
    assertEquals("room.json /missing/0: has a referrer but no location, expected where in \"assets/lamp.mtl\" the"
        + " reference is (a JSON Pointer or \"line N\")", e.getMessage());
  }

  @Test
  void aRecordNamingBothSitesOrNoneIsRefusedAsItWasBeforeTheTypesRuledItOut() throws Exception {
    Path both = objRoom("map_Kd brass.png",
        "{\"pointer\":\"/scene/nodes/0/asset\",\"referrer\":\"assets/lamp.mtl\",\"location\":\"line 2\",\"path\":\"brass.png\"}");
    assertEquals("room.json /missing/0: has both a pointer and a referrer, expected one of them",
        assertThrows(UnsafeArchiveException.class, () -> Room.open(both)).getMessage());
    Files.delete(both);
    Path neither = objRoom("map_Kd brass.png", "{\"pointer\":\"\",\"location\":\"line 2\",\"path\":\"brass.png\"}");
    assertEquals("room.json /missing/0: has neither a pointer nor a referrer, expected one of them",
        assertThrows(UnsafeArchiveException.class, () -> Room.open(neither)).getMessage());
  }

  @Test
  void everyBadReferenceIsCountedAndTheFirstThousandListed() throws Exception {
    StringBuilder mtl = new StringBuilder("newmtl brass\n");
    int bad = VerificationReport.MAX_PROBLEMS + 5;
    for (int i = 0; i < bad; i++) {
      mtl.append("map_Kd /home/ana/").append(i).append(".png\n");
    }
    Path file = room("assets/lamp.obj", Map.of("assets/lamp.obj", utf8(OBJ), "assets/lamp.mtl", utf8(mtl.toString())),
        null);
    try (Room room = Room.open(file)) {
      VerificationReport report = room.verify();
      assertEquals(bad, report.problemCount());
      assertEquals(VerificationReport.MAX_PROBLEMS, report.problems().size());
      assertEquals("references in 2 assets: " + bad + " of " + (bad + 1) + " references are not allowed in a room",
          check(report, "references").detail());
      UnsafeReferenceException e = assertThrows(UnsafeReferenceException.class,
          () -> room.unpack(tmp.resolve("out"), PathStyle.ABSOLUTE));
      assertEquals(bad, e.violationCount());
      assertEquals("assets/lamp.mtl line 2: path \"/home/ana/0.png\" is absolute, " + EXPECTED + " (and "
          + (bad - 1) + " more paths not allowed in a room)", e.getMessage());
    }
    assertEquals(List.of("r.room"), listing());
  }

  @Test
  void aMalformedAssetIsInvalidSoTheRoomIsRefused() throws Exception {
    // Its references cannot be known, so nothing can say it stays inside the room.
    Map<String, String> cases = Map.of(
        "assets/lamp.mtl", "line 2: map_Kd names no file",
        "assets/model.glb", "byte 4: unsupported GLB version 3, expected 1 or 2",
        "assets/model.gltf", "/: glTF JSON must be an object, found [");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      String entry = c.getKey();
      byte[] bytes = entry.endsWith(".mtl") ? utf8("newmtl brass\nmap_Kd\n")
          : entry.endsWith(".glb") ? glbVersion3() : utf8("[]");
      Path file = room(entry, Map.of(entry, bytes), null);
      String message = c.getValue() + ", so its references cannot be checked";
      try (Room room = Room.open(file)) {
        VerificationReport report = room.verify();
        assertEquals(List.of(new VerificationReport.Problem(entry, message, Kind.INVALID)), report.problems());
        assertEquals(new VerificationReport.Check("references", Outcome.FAILED,
            "references in 1 asset: 1 cannot be read for references"), check(report, "references"));
        UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class, report::requireIntact);
        assertEquals(entry, e.location());
        UnsafeArchiveException u = assertThrows(UnsafeArchiveException.class,
            () -> room.unpack(tmp.resolve("out"), PathStyle.ABSOLUTE));
        assertEquals(entry + " " + message, u.getMessage());
        assertEquals(entry, u.location());
      }
      assertEquals(List.of("r.room"), listing());
      Files.delete(file);
    }
  }

  private static byte[] glbVersion3() {
    byte[] glb = GltfSamples.glb("{\"asset\":{\"version\":\"2.0\"}}", new byte[4]);
    glb[4] = 3;
    return glb;
  }

  @Test
  void anAssetOverTheAssetLimitsIsRefusedUnlessTheLimitsAreRaised() throws Exception {
    Path file = objRoom("map_Kd wood.png\nmap_Ks wood.png", null);
    AssetLimits small = AssetLimits.defaults().withMaxReferences(1);
    try (Room room = Room.open(file, ArchiveLimits.defaults(), SessionCodec.defaults(), small)) {
      VerificationReport report = room.verify();
      assertEquals(List.of(new VerificationReport.Problem("assets/lamp.mtl", "line 3: the asset holds more than 1"
          + " references (AssetLimits.maxReferences), so its references cannot be checked", Kind.INVALID)),
          report.problems());
    }
    try (Room room = Room.open(file)) {
      assertTrue(room.verify().isIntact());
    }
  }

  @Test
  void aDamagedAssetIsAnIntegrityProblemNotAScanResult() throws Exception {
    // The manifest lists other bytes (of the same size) than the archive holds: the hostile map
    // is not reported as the room's, the damage is.
    Path damaged = tmp.resolve("damaged.room");
    String manifest = TestRooms.manifest("session.json", TestRooms.entryJson("assets/lamp.mtl", "newmtl other\n"),
        TestRooms.entryJson("assets/lamp.obj", OBJ), TestRooms.entryJson("session.json", session("assets/lamp.obj")));
    TestRooms.withMimetype().put("room.json", manifest).put("session.json", session("assets/lamp.obj"))
        .put("assets/lamp.mtl", "map_Kd /et/x\n").put("assets/lamp.obj", OBJ).write(damaged);
    try (Room room = Room.open(damaged)) {
      VerificationReport report = room.verify();
      assertEquals(List.of(Kind.INTEGRITY), report.problems().stream().map(VerificationReport.Problem::kind).toList());
      assertEquals(new VerificationReport.Check("references", Outcome.PASSED, "references in 1 asset: 1 reference,"
          + " each relative and inside the room: 1 entry, 0 recorded missing references"
          + " (1 not scanned: missing, or content disagrees with room.json)"), check(report, "references"));
    }
  }

  @Test
  void aRoomWeMakeFromAssetsWithMissingFilesPassesEveryReader() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("lamp.obj"), "mtllib " + src.resolve("lamp.mtl") + "\nv 0 0 0\n");
    Files.writeString(src.resolve("lamp.mtl"), "newmtl brass\nmap_Kd " + src.resolve("wood.png")
        + "\nmap_Ks " + src.resolve("gone.png") + "\n");
    Files.write(src.resolve("wood.png"), PNG);
    Path sessionFile = Files.writeString(src.resolve("s.session"), session(json(src.resolve("lamp.obj").toString())));
    Path out = tmp.resolve("made.room");
    new RoomPackager(PackageOptions.builder().missingFiles(MissingFiles.RECORD).build()).pack(sessionFile, out);
    try (Room room = Room.open(out)) {
      VerificationReport report = room.verify();
      assertTrue(report.isIntact(), report.problems()::toString);
      assertEquals("references in 2 assets: 3 references, each relative and inside the room: 2 entries,"
          + " 1 recorded missing reference", check(report, "references").detail());
      Path unpacked = room.unpack(tmp.resolve("out"), PathStyle.ABSOLUTE);
      assertArrayEquals(PNG, Files.readAllBytes(unpacked.resolveSibling("assets/wood.png")));
      assertFalse(Files.readString(unpacked.resolveSibling("assets/lamp.mtl")).contains(src.toString()));
    }
  }

  private static VerificationReport.Check check(VerificationReport report, String name) {
    return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }
}
