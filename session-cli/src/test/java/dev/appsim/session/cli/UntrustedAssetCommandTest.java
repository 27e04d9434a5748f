package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10 item 1, the asset half, end to end: a room whose packaged MTL, OBJ or glTF names a
 * file outside the room is refused by unpack and verify with exit status 3 and the entry, the
 * location, the reference and why; nothing is written beside the target; and a room we made,
 * unpacked and packaged again, reads only what is in it even with decoys at the original paths.
 */
class UntrustedAssetCommandTest {
  private static final String EXPECTED = "expected a relative path naming an entry of this room, or a bare name"
      + " recorded as missing in room.json";
  private static final String UNSAFE_ADVICE = "; nothing was written, do not unpack it with other tools and ask for it"
      + " to be packaged again\n";
  private static final String LAMP_OBJ = "mtllib lamp.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n";

  @TempDir Path tmp;

  private List<String> listing() throws IOException {
    try (Stream<Path> all = Files.list(tmp)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A crafted room whose session models {@code assets/lamp.obj}, with its MTL saying {@code mtl}. */
  private Path lampRoom(String mtl, String... missingRecords) throws IOException {
    return CraftedRooms.write(tmp.resolve("evil.room"), CraftedRooms.session("assets/lamp.obj", null),
        Map.of("assets/lamp.obj", LAMP_OBJ, "assets/lamp.mtl", mtl), missingRecords);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "/etc/passwd             | is absolute",
      "C:\\Windows\\win.ini    | is a Windows drive path",
      "\\\\host\\share\\x.png  | is a UNC path",
      "~/.ssh/id_rsa           | starts with \"~\", the home folder",
      "$HOME/x                 | holds \"$\", which reads as a variable",
      "%USERPROFILE%\\x        | holds \"%\", which reads as a variable",
      "../../x.png             | has a \"..\" segment",
      "file:///etc/passwd      | is a URI with scheme \"file\"",
      "brass.png               | names no entry of this room",
  })
  void unpackAndVerifyRefuseAnMtlMapOutsideTheRoom(String map, String reason) throws Exception {
    Path room = lampRoom("newmtl brass\nmap_Kd " + map + "\n");
    String problem = "line 2: path \"" + map + "\" " + reason + ", " + EXPECTED;
    List<String> before = listing();

    Cli.Result unpack = Cli.run("unpack", room.toString(), tmp.resolve("out").toString());
    assertEquals(ExitCode.INVALID, unpack.exit(), unpack::toString);
    assertEquals("", unpack.out());
    assertEquals("session unpack: " + room + " is not a safe room at entry \"assets/lamp.mtl\": assets/lamp.mtl "
        + problem + UNSAFE_ADVICE, unpack.err());
    assertEquals(before, listing());

    Cli.Result verify = Cli.run("verify", room.toString());
    assertEquals(ExitCode.INVALID, verify.exit(), verify::toString);
    assertTrue(verify.out().startsWith(room + ": 1 problem, 5 of 5 files checked:\n  assets/lamp.mtl: " + problem
        + "\nChecks:\n"), verify.out());
    assertTrue(verify.out().endsWith("\n  failed  references: references in 3 assets: 1 of 2 references are not"
        + " allowed in a room\n"), verify.out());
    assertEquals("session verify: " + room + " failed verification: it is not a safe, valid room; do not unpack it"
        + " with other tools and ask for it to be packaged again\n", verify.err());

    // info and validate read the session only, which is fine: they do not load the assets.
    assertEquals(0, Cli.run("validate", room.toString()).exit());
    assertEquals(before, listing());
  }

  @Test
  void aGltfUriOutsideTheRoomIsRefusedAndReportedAsJson() throws Exception {
    String gltf = "{\"asset\":{\"version\":\"2.0\"},\"images\":[{\"uri\":\"file:///etc/passwd\"}]}";
    Path room = CraftedRooms.write(tmp.resolve("evil.room"), CraftedRooms.session("assets/sofa.gltf", null),
        Map.of("assets/sofa.gltf", gltf));
    Cli.Result unpack = Cli.run("unpack", room.toString(), tmp.resolve("out").toString());
    assertEquals(ExitCode.INVALID, unpack.exit(), unpack::toString);
    assertEquals("session unpack: " + room + " is not a safe room at entry \"assets/sofa.gltf\": assets/sofa.gltf"
        + " /images/0/uri: path \"file:///etc/passwd\" is a URI with scheme \"file\", " + EXPECTED + UNSAFE_ADVICE,
        unpack.err());
    Cli.Result verify = Cli.run("verify", room.toString(), "--json");
    assertEquals(ExitCode.INVALID, verify.exit(), verify::toString);
    JsonNode report = Cli.json(verify.out());
    JsonNode problem = report.get("problems").get(0);
    assertEquals(List.of("assets/sofa.gltf", "unsafe"), List.of(problem.get("entry").asString(),
        problem.get("kind").asString()));
    JsonNode check = report.get("checks").get(6);
    assertEquals(List.of("references", "failed", "references in 2 assets: 1 of 1 references are not allowed in a room"),
        List.of(check.get("name").asString(), check.get("outcome").asString(), check.get("detail").asString()));
    assertEquals(List.of("evil.room"), listing());
  }

  @Test
  void aMalformedPackagedAssetIsInvalid() throws Exception {
    Path room = lampRoom("newmtl brass\nmap_Kd\n");
    Cli.Result unpack = Cli.run("unpack", room.toString(), tmp.resolve("out").toString());
    assertEquals(ExitCode.INVALID, unpack.exit(), unpack::toString);
    assertEquals("session unpack: " + room + " is not a safe room at entry \"assets/lamp.mtl\": assets/lamp.mtl"
        + " line 2: map_Kd names no file, so its references cannot be checked" + UNSAFE_ADVICE, unpack.err());
    Cli.Result verify = Cli.run("verify", room.toString());
    assertEquals(ExitCode.INVALID, verify.exit(), verify::toString);
    assertTrue(verify.out().contains("\n  assets/lamp.mtl: line 2: map_Kd names no file, so its references cannot"
        + " be checked\n"), verify.out());
    assertEquals(List.of("evil.room"), listing());
  }

  @Test
  void aBareNameRecordedMissingAtItsLocationUnpacksAndNamesNothing() throws Exception {
    Path room = lampRoom("newmtl brass\nmap_Kd brass.png\n",
        "{\"referrer\":\"assets/lamp.mtl\",\"location\":\"line 2\",\"path\":\"brass.png\"}");
    Cli.Result verify = Cli.run("verify", room.toString());
    assertEquals(0, verify.exit(), verify::toString);
    assertTrue(verify.out().endsWith("\n  passed  references: references in 3 assets: 2 references, each relative and"
        + " inside the room: 1 entry, 1 recorded missing reference\n"), verify.out());
    Path target = tmp.resolve("out");
    Cli.Result unpack = Cli.run("unpack", room.toString(), target.toString());
    assertEquals(0, unpack.exit(), unpack::toString);
    assertEquals("newmtl brass\nmap_Kd brass.png\n", Files.readString(target.resolve("assets/lamp.mtl")));
    assertFalse(Files.exists(target.resolve("assets/brass.png")));
  }

  @Test
  void packagingAnUnpackedRoomAgainReadsNoneOfTheDecoysAtTheOriginalPaths() throws Exception {
    // A session saved with absolute paths everywhere, inside its assets too.
    Path src = Files.createDirectories(tmp.resolve("src"));
    Path obj = Files.writeString(src.resolve("lamp.obj"), "mtllib " + src.resolve("lamp.mtl") + "\nv 0 0 0\n");
    Files.writeString(src.resolve("lamp.mtl"), "newmtl brass\nmap_Kd " + src.resolve("wood.png") + "\n");
    Files.writeString(src.resolve("wood.png"), "wood texture");
    Path gltf = Files.writeString(src.resolve("sofa.gltf"), "{\"asset\":{\"version\":\"2.0\"},\"images\":[{\"uri\":\""
        + src.toUri().resolve("fabric.png") + "\"}]}");
    Files.writeString(src.resolve("fabric.png"), "fabric texture");
    Path session = Files.writeString(src.resolve("s.session"), "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
        + "\"metadata\":{\"name\":\"decoys\"},\"scene\":{\"nodes\":[{\"id\":\"lamp\",\"kind\":\"model\",\"asset\":\""
        + CraftedRooms.json(obj.toString()) + "\"},{\"id\":\"sofa\",\"kind\":\"model\",\"asset\":\""
        + CraftedRooms.json(gltf.toString()) + "\"}]}}");
    Path first = tmp.resolve("first.room");
    Cli.Result packaged = Cli.run("package", session.toString(), first.toString(), "--threads", "1");
    assertEquals(0, packaged.exit(), packaged::toString);

    Path target = tmp.resolve("unpacked");
    assertEquals(0, Cli.run("unpack", first.toString(), target.toString()).exit());
    deleteTree(src);
    // Decoys where the originals were: a loader or packager that followed an original path reads them.
    Files.createDirectories(src);
    for (String name : List.of("lamp.obj", "lamp.mtl", "wood.png", "sofa.gltf", "fabric.png")) {
      Files.writeString(src.resolve(name), "DECOY " + name);
    }

    Path second = tmp.resolve("second.room");
    Cli.Result again = Cli.run("package", target.resolve("session.json").toString(), second.toString(), "--threads", "1");
    assertEquals(0, again.exit(), again::toString);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    try (ZipFile zip = new ZipFile(second.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        String content = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(content.contains("DECOY") || content.contains(src.toString()), e.getName() + ": " + content);
      }
    }
    assertEquals(0, Cli.run("verify", second.toString()).exit());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
