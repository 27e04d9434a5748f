package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.path.ResolverOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packaging with missing files allowed writes every skipped reference so that it names nothing
 * (FORMAT.md 1.3): {@code missing/<name>} in the session, a bare name inside an asset, each listed
 * in the manifest, and an unpacked room, packaged again, reads only what is in it.
 */
class MissingReferencesPackagingTest {
  @TempDir
  Path tmp;
  Path tree;
  Path home;
  Path sessionFile;

  /** A session saved on ana's Windows machine; only the lamp and the sofa came along. */
  @BeforeEach
  void makeTree() throws IOException {
    tree = Files.createDirectories(tmp.resolve("tree"));
    home = tmp.resolve("home");
    write("props/lamp.obj", "mtllib lamp.mtl\nv 0 0 0\n");
    write("props/lamp.mtl", "newmtl brass\nmap_Kd /home/ana/tex/brass.png\nmap_Ks wood.png\nmap_Bump D:\\old\\Wood.png\n");
    write("props/wood.png", "\u0089PNG wood");
    write("props/sofa.gltf", "{\"asset\":{\"version\":\"2.0\"},\"images\":[{\"uri\":\"file:///C:/Users/ana/tex/fabric%20blue.png\"},"
        + "{\"uri\":\"data:image/png;base64,AAAA\"}]}");
    sessionFile = tree.resolve("room.session");
    Files.writeString(sessionFile, """
        {"format":"appsim.session","formatVersion":"1.0","metadata":{"name":"room"},
         "scene":{"nodes":[
           {"id":"a","kind":"model","asset":"C:\\\\Users\\\\ana\\\\scans\\\\old.obj"},
           {"id":"b","kind":"model","asset":"D:\\\\other\\\\old.obj"},
           {"id":"c","kind":"model","asset":"C:\\\\Users\\\\ana\\\\scans\\\\old.obj"},
           {"id":"d","kind":"model","asset":"props/lamp.obj"},
           {"id":"e","kind":"model","asset":"props/sofa.gltf"}]},
         "geometryCache":{"source":"~/scans/room.geocache"}}
        """);
  }

  private void write(String relative, String content) throws IOException {
    Path file = tree.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private PackageOptions options(MissingFiles missing) {
    return PackageOptions.builder().missingFiles(missing).threads(1)
        .resolver(ResolverOptions.builder().environment(Map.of()).home(home).build()).build();
  }

  @Test
  void skippedSessionReferencesBecomeUniqueMissingNames() throws Exception {
    Path roomFile = tmp.resolve("r.room");
    new RoomPackager(options(MissingFiles.RECORD)).pack(sessionFile, roomFile);
    try (Room room = Room.open(roomFile)) {
      assertEquals(List.of("missing/old.obj", "missing/old-2.obj", "missing/old.obj", "assets/lamp.obj",
          "assets/sofa.gltf", "missing/room.geocache"), paths(room.session()));
      assertEquals(List.of(
              MissingReference.inSession("/scene/nodes/0/asset", "missing/old.obj"),
              MissingReference.inSession("/scene/nodes/1/asset", "missing/old-2.obj"),
              MissingReference.inSession("/scene/nodes/2/asset", "missing/old.obj"),
              MissingReference.inSession("/geometryCache/source", "missing/room.geocache"),
              MissingReference.inAsset("assets/sofa.gltf", "/images/0/uri", "fabric blue.png"),
              MissingReference.inAsset("assets/lamp.mtl", "line 2", "brass.png"),
              MissingReference.inAsset("assets/lamp.mtl", "line 4", "Wood-2.png")),
          room.manifest().missing());
      assertTrue(room.verify().isIntact(), room.verify().problems()::toString);
    }
  }

  @Test
  void skippedReferencesInsideAssetsBecomeBareNamesThatNameNoEntry() throws Exception {
    Path roomFile = tmp.resolve("r.room");
    new RoomPackager(options(MissingFiles.RECORD)).pack(sessionFile, roomFile);
    try (Room room = Room.open(roomFile)) {
      assertEquals(List.of("assets/lamp.mtl", "assets/lamp.obj", "assets/sofa.gltf", "assets/wood.png"), room.assetPaths());
      assertEquals("newmtl brass\nmap_Kd brass.png\nmap_Ks wood.png\nmap_Bump Wood-2.png\n", text(room, "assets/lamp.mtl"));
      assertEquals("{\"asset\":{\"version\":\"2.0\"},\"images\":[{\"uri\":\"fabric%20blue.png\"},"
          + "{\"uri\":\"data:image/png;base64,AAAA\"}]}", text(room, "assets/sofa.gltf"));
    }
  }

  @Test
  void originalPathsAreRecordedOnlyWhenAskedFor() throws Exception {
    Path plain = tmp.resolve("plain.room");
    new RoomPackager(options(MissingFiles.RECORD)).pack(sessionFile, plain);
    try (Room room = Room.open(plain)) {
      assertFalse(text(room, "room.json").contains("ana"), "local paths leaked into the manifest");
      assertTrue(room.manifest().missing().stream().allMatch(m -> m.original() == null));
    }
    Path withOriginals = tmp.resolve("originals.room");
    new RoomPackager(options(MissingFiles.RECORD_WITH_ORIGINAL_PATHS)).pack(sessionFile, withOriginals);
    try (Room room = Room.open(withOriginals)) {
      assertEquals(List.of("C:\\Users\\ana\\scans\\old.obj", "D:\\other\\old.obj", "C:\\Users\\ana\\scans\\old.obj",
              "~/scans/room.geocache", "file:///C:/Users/ana/tex/fabric%20blue.png", "/home/ana/tex/brass.png",
              "D:\\old\\Wood.png"),
          room.manifest().missing().stream().map(MissingReference::original).toList());
      // The originals are information only: the session still names nothing outside.
      assertEquals("missing/old.obj", room.session().assetRefs().get(0).path());
    }
  }

  @Test
  void afterUnpackingEveryPathIsInsideTheTargetAndMissingOnesNameNothing() throws Exception {
    Path roomFile = tmp.resolve("r.room");
    new RoomPackager(options(MissingFiles.RECORD)).pack(sessionFile, roomFile);
    Path target = tmp.resolve("out").toAbsolutePath();
    try (Room room = Room.open(roomFile)) {
      SessionDocument unpacked = SessionCodec.defaults().read(room.unpack(target, PathStyle.ABSOLUTE));
      for (AssetRef ref : unpacked.assetRefs()) {
        Path file = Path.of(ref.path());
        assertTrue(file.isAbsolute() && file.normalize().startsWith(target), ref::toString);
        assertEquals(!ref.path().contains("/missing/"), Files.isRegularFile(file), ref::toString);
      }
      assertFalse(Files.exists(target.resolve("missing")));
    }
    Path relative = tmp.resolve("rel");
    try (Room room = Room.open(roomFile)) {
      SessionDocument unpacked = SessionCodec.defaults().read(room.unpack(relative, PathStyle.RELATIVE));
      assertEquals(List.of("missing/old.obj", "missing/old-2.obj", "missing/old.obj", "assets/lamp.obj",
          "assets/sofa.gltf", "missing/room.geocache"), paths(unpacked));
    }
  }

  @Test
  void repackagingAnUnpackedRoomReadsOnlyWhatIsInIt() throws Exception {
    Path first = tmp.resolve("first.room");
    new RoomPackager(options(MissingFiles.RECORD)).pack(sessionFile, first);
    Path target = tmp.resolve("out");
    Path unpacked;
    try (Room room = Room.open(first)) {
      unpacked = room.unpack(target, PathStyle.ABSOLUTE);
    }
    // The sources are gone, and decoys wait where the original paths would lead.
    deleteTree(tree);
    write("props/brass.png", "decoy");
    Files.createDirectories(home.resolve("scans"));
    Files.writeString(home.resolve("scans/room.geocache"), "decoy");

    Path second = tmp.resolve("second.room");
    PackingPlan plan = new RoomPackager(options(MissingFiles.RECORD)).pack(unpacked, second);
    for (PlannedReference ref : plan.references()) {
      if (ref.isResolved()) {
        assertTrue(ref.resolution().file().startsWith(target.toAbsolutePath()), ref::toString);
      }
    }
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  private static List<String> paths(SessionDocument doc) {
    return doc.assetRefs().stream().map(AssetRef::path).toList();
  }

  private static String text(Room room, String entry) throws IOException {
    try (InputStream in = room.openEntry(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
