package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.appsim.session.room.asset.AssetFormatException;
import dev.appsim.session.room.asset.AssetReference;
import dev.appsim.session.room.asset.AssetScanner;
import dev.appsim.session.room.error.IntegrityException;
import dev.appsim.session.room.internal.Digests;
import dev.appsim.session.room.path.ResolverOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packaging a session "saved on Windows" whose assets live in a generated tree on disk. */
class RoomPackagerTest {
  @TempDir
  Path tmp;
  Path tree;
  Path session;

  /**
   * ana's machine: C:\Users\ana\ML\models\{chair.gltf, chair.bin}, ..\textures\wood.png shared with
   * an OBJ whose MTL maps it; a relative sidecar; a model reached through %ML_ZI_ROOT%.
   */
  @BeforeEach
  void makeTree() throws IOException {
    tree = Files.createDirectories(tmp.resolve("bo/ml"));
    write("models/chair.gltf", """
        {"asset":{"version":"2.0"},
         "buffers":[{"uri":"chair.bin","byteLength":4}],
         "images":[{"uri":"../textures/wood.png"}]}
        """);
    Files.write(Files.createDirectories(tree.resolve("models")).resolve("chair.bin"), new byte[] {1, 2, 3, 4});
    Files.write(Files.createDirectories(tree.resolve("textures")).resolve("wood.png"), png(1));
    write("props/table.obj", "mtllib table.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
    write("props/table.mtl", "newmtl wood\nmap_Kd -s 1 1 1 ../textures/wood.png\n");
    write("zi/data/lamp.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
    session = tmp.resolve("scenes/room.session");
    Files.createDirectories(session.getParent());
    Files.writeString(session.getParent().resolve("room.geocache"), """
        {"format":"appsim.geometry-cache","formatVersion":"1.0","meshBlocks":[],"planes":[]}
        """);
    Files.writeString(session, """
        {"format":"appsim.session","formatVersion":"1.0","metadata":{"name":"room"},
         "scene":{"nodes":[
           {"id":"chair","kind":"model","asset":"C:\\\\Users\\\\ana\\\\ML\\\\models\\\\chair.gltf"},
           {"id":"table","kind":"model","asset":"C:/Users/ana/ML/props/table.obj"},
           {"id":"lamp","kind":"model","asset":"%ML_ZI_ROOT%\\\\data\\\\lamp.obj"}]},
         "geometryCache":{"source":"room.geocache"}}
        """);
  }

  private void write(String relative, String content) throws IOException {
    Path file = tree.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static byte[] png(int seed) {
    byte[] bytes = new byte[300];
    bytes[0] = (byte) 0x89;
    bytes[1] = 'P';
    bytes[2] = 'N';
    bytes[3] = 'G';
    for (int i = 4; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + seed);
    }
    return bytes;
  }

  private PackageOptions.Builder options() {
    return PackageOptions.builder().resolver(ResolverOptions.builder()
        .addRemap("C:\\Users\\ana\\ML", tree)
        .environment(Map.of("ML_ZI_ROOT", tree.resolve("zi").toString()))
        .build());
  }

  @Test
  void sharedTextureIsStoredOnceAndEveryNestedReferencePointsInside() throws Exception {
    Path roomFile = tmp.resolve("room.room");
    PackingPlan plan = new RoomPackager(options().build()).pack(session, roomFile);
    assertEquals(List.of("assets/chair.bin", "assets/chair.gltf", "assets/lamp.obj", "assets/room.geocache",
            "assets/table.mtl", "assets/table.obj", "assets/wood.png", "session.json"),
        plan.manifest().entries().stream().map(ManifestEntry::path).toList());
    assertEquals(2, plan.referencesTo(tree.resolve("textures/wood.png").toRealPath()).size());
    try (Room room = Room.open(roomFile)) {
      Path out = tmp.resolve("unpacked");
      room.unpack(out, PathStyle.RELATIVE);
      AssetScanner scanner = AssetScanner.create();
      for (String asset : room.assetPaths()) {
        for (AssetReference ref : scanner.scan(out.resolve(asset))) {
          assertTrue(room.manifest().entry("assets/" + ref.raw()).isPresent(), asset + " -> " + ref.raw());
        }
      }
      assertEquals("{\"asset\":{\"version\":\"2.0\"},\n \"buffers\":[{\"uri\":\"chair.bin\",\"byteLength\":4}],\n"
          + " \"images\":[{\"uri\":\"wood.png\"}]}\n", Files.readString(out.resolve("assets/chair.gltf")));
      assertEquals("newmtl wood\nmap_Kd -s 1 1 1 wood.png\n", Files.readString(out.resolve("assets/table.mtl")));
    }
  }

  @Test
  void originalsAreNeverModified() throws Exception {
    Map<Path, String> before = hashes(tree);
    new RoomPackager(options().build()).pack(session, tmp.resolve("room.room"));
    assertEquals(before, hashes(tree));
  }

  @Test
  void sameInputsGiveIdenticalBytesWhateverThreadsOrTimestamps() throws Exception {
    Path one = tmp.resolve("one.room");
    new RoomPackager(options().threads(1).build()).pack(session, one);
    try (Stream<Path> files = Files.walk(tree)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
      }
    }
    Path four = tmp.resolve("four.room");
    new RoomPackager(options().threads(4).build()).pack(session, four);
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(four));
  }

  @Test
  void discoveryOnManyThreadsFindsWhatOneThreadFindsInTheSameOrder() throws Exception {
    // Files are scanned a generation at a time on every thread; the graph must not show it.
    DependencyGraph one = new DependencyDiscoverer(options().threads(1).build()).discover(session);
    DependencyGraph four = new DependencyDiscoverer(options().threads(4).build()).discover(session);
    assertEquals(one.references(), four.references());
    assertEquals(one.notices(), four.notices());
    assertEquals(one.files(), four.files());
    assertEquals(List.of("C:\\Users\\ana\\ML\\models\\chair.gltf", "C:/Users/ana/ML/props/table.obj",
            "%ML_ZI_ROOT%\\data\\lamp.obj", "room.geocache", "chair.bin", "../textures/wood.png", "table.mtl",
            "../textures/wood.png"),
        four.references().stream().map(DiscoveredReference::raw).toList());
  }

  @Test
  void twoBrokenAssetsReportTheFirstInSessionOrderOnAnyThreadCount() throws Exception {
    // The first broken glTF is large and fails late; the second fails at once. Scanned at the
    // same time, the second fails first, but the error must be the one a sequential walk meets.
    StringBuilder big = new StringBuilder("{\"asset\":{\"version\":\"2.0\"},\"extras\":{\"pad\":\"");
    big.append("x".repeat(4 << 20)).append("\"},\"buffers\":[{\"uri\":");
    write("broken/first.gltf", big.toString());
    write("broken/second.gltf", "{\"asset\":");
    Files.writeString(session, """
        {"format":"appsim.session","formatVersion":"1.0","metadata":{"name":"room"},
         "scene":{"nodes":[
           {"id":"a","kind":"model","asset":"C:/Users/ana/ML/broken/first.gltf"},
           {"id":"b","kind":"model","asset":"C:/Users/ana/ML/broken/second.gltf"}]}}
        """);
    for (int threads : new int[] {1, 2, 4}) {
      AssetFormatException e = assertThrows(AssetFormatException.class,
          () -> new DependencyDiscoverer(options().threads(threads).build()).discover(session));
      assertTrue(e.location().startsWith(tree.resolve("broken/first.gltf").toRealPath().toString()),
          threads + " thread(s): " + e.location() + ": " + e.getMessage());
    }
  }

  @Test
  void everyMissingFileIsReportedAtOnceWithItsLocationAndAttempts() throws Exception {
    Files.delete(tree.resolve("textures/wood.png"));
    Files.delete(tree.resolve("zi/data/lamp.obj"));
    Path roomFile = tmp.resolve("room.room");
    MissingDependenciesException e = assertThrows(MissingDependenciesException.class,
        () -> new RoomPackager(options().build()).pack(session, roomFile));
    assertEquals(3, e.unresolved().size());
    String message = e.getMessage();
    // Grouped: the two ../textures/wood.png point into one folder, so they are one group.
    Path ml = tree.toRealPath();
    assertEquals("3 references could not be resolved:\n"
        + "1 reference below " + ml + "/zi/data, saved on another machine and not found here:\n"
        + "  session /scene/nodes/2/asset: \"%ML_ZI_ROOT%\\data\\lamp.obj\"\n"
        + "  try --remap '" + ml + "/zi/data=DIR'\n"
        + "  tried:\n"
        + "    1. as written: " + ml + "/zi/data/lamp.obj: not found\n"
        + "2 references to files in " + ml + "/textures, not found there:\n"
        + "  " + ml + "/models/chair.gltf /images/0/uri: \"../textures/wood.png\"\n"
        + "  " + ml + "/props/table.mtl line 2: \"../textures/wood.png\"\n"
        + "  try --search-path DIR\n"
        + "  tried for the first (the others alike):\n"
        + "    1. relative to " + ml + "/models: " + ml + "/textures/wood.png: not found", message);
    assertFalse(Files.exists(roomFile));
  }

  @Test
  void allowedMissingFilesAreRecordedAsMissingNamesThatNameNothing() throws Exception {
    Files.delete(tree.resolve("zi/data/lamp.obj"));
    Path roomFile = tmp.resolve("room.room");
    new RoomPackager(options().missingFiles(MissingFiles.RECORD).build()).pack(session, roomFile);
    try (Room room = Room.open(roomFile)) {
      assertEquals(List.of(MissingReference.inSession("/scene/nodes/2/asset", "missing/lamp.obj")),
          room.manifest().missing());
      assertEquals("missing/lamp.obj", room.session().assetRefs().get(2).path());
      assertTrue(room.verify().isIntact());
    }
  }

  @Test
  void ambiguousSearchIsNeverGuessed() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a/data"));
    Path b = Files.createDirectories(tmp.resolve("b/data"));
    Files.writeString(a.resolve("lamp.obj"), "v 0 0 0\n");
    Files.writeString(b.resolve("lamp.obj"), "v 1 1 1\n");
    PackingPlan plan = new RoomPlanner(options().resolver(ResolverOptions.builder()
        .addRemap("C:\\Users\\ana\\ML", tree)
        .addSearchPath(tmp.resolve("a")).addSearchPath(tmp.resolve("b"))
        .environment(Map.of()).build()).build()).plan(session);
    PlannedReference lamp = plan.unresolved().get(0);
    assertEquals("/scene/nodes/2/asset", lamp.site().location());
    assertEquals("AMBIGUOUS", lamp.resolution().status().name());
    assertThrows(MissingDependenciesException.class, plan::requireExecutable);
  }

  @Test
  void planEntriesAreVisitedByKind() throws Exception {
    PackingPlan plan = new RoomPlanner(options().build()).plan(session);
    List<String> sessions = new ArrayList<>();
    List<PlannedEntry> assets = new ArrayList<>();
    for (PlanEntry entry : plan.planEntries()) {
      entry.accept(new PlanEntry.Visitor<Void>() {
        @Override
        public Void session(PlannedSession s) {
          sessions.add(s.archivePath());
          return null;
        }

        @Override
        public Void asset(PlannedEntry a) {
          assets.add(a);
          return null;
        }
      });
    }
    assertEquals(List.of(plan.sessionEntry()), sessions);
    assertEquals(plan.entries(), assets);
  }

  @Test
  void sourceChangedAfterPlanningFailsAndLeavesTheOldRoom() throws Exception {
    Path roomFile = tmp.resolve("room.room");
    Files.writeString(roomFile, "previous room");
    PackingPlan plan = new RoomPlanner(options().build()).plan(session);
    Files.write(tree.resolve("models/chair.bin"), new byte[] {9, 9, 9, 9});
    List<Path> before;
    try (Stream<Path> listed = Files.list(tmp)) {
      before = listed.sorted().toList();
    }
    IntegrityException e = assertThrows(IntegrityException.class,
        () -> new RoomPackager(options().build()).execute(plan, roomFile, (a, b, c, d) -> { }));
    assertEquals("assets/chair.bin", e.location());
    assertEquals("previous room", Files.readString(roomFile));
    // Neither the atomic save's temporary file nor the run's scratch folder is left behind.
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(before, left.sorted().toList());
    }
  }

  @Test
  void rewrittenAssetChangedAfterPlanningFailsWithTheIntegrityError() throws Exception {
    Path roomFile = tmp.resolve("room.room");
    PackingPlan plan = new RoomPlanner(options().build()).plan(session);
    PlannedEntry chair = plan.entry("assets/chair.gltf").orElseThrow();
    assertTrue(chair.isRewritten());
    assertEquals(1, chair.edits().count());
    // Same size, other bytes: the plan's edits still apply, to content the plan never hashed.
    Files.writeString(chair.source(), Files.readString(chair.source()).replace("\"2.0\"", "\"1.0\""));
    Digests.Sized read;
    try (var in = chair.edits().open(Files.newInputStream(chair.source()))) {
      read = Digests.ofStream(in);
    }
    IntegrityException e = assertThrows(IntegrityException.class,
        () -> new RoomPackager(options().build()).execute(plan, roomFile));
    assertEquals("assets/chair.gltf", e.location());
    assertEquals("source of assets/chair.gltf changed after planning: expected " + chair.size() + " bytes with sha256 "
        + chair.sha256() + ", read " + read.size() + " bytes with sha256 " + read.sha256(), e.getMessage());
    assertFalse(Files.exists(roomFile));
  }

  @Test
  void assetChangedBetweenDiscoveryAndPlanningIsRefusedNotRewrittenAtStaleOffsets() throws Exception {
    DependencyGraph graph = new DependencyDiscoverer(options().build()).discover(session);
    Path mtl = graph.files().stream().filter(f -> f.getFileName().toString().equals("table.mtl")).findFirst().orElseThrow();
    // One byte inserted before the texture name: discovery's offsets now point one byte early.
    Files.writeString(mtl, "newmtl  wood\nmap_Kd -s 1 1 1 ../textures/wood.png\n");
    IOException e = assertThrows(IOException.class, () -> new RoomPlanner(options().build()).plan(graph));
    assertEquals(mtl + " changed since it was parsed for rewriting: bytes [28, 48) are not the ones it had",
        e.getMessage());
  }

  @Test
  void storedAssetThatGrewAfterPlanningFailsWithTheIntegrityError() throws Exception {
    Path roomFile = tmp.resolve("room.room");
    PackingPlan plan = new RoomPlanner(options().build()).plan(session);
    PlannedEntry wood = plan.entry("assets/wood.png").orElseThrow();
    assertEquals(dev.appsim.session.room.archive.ZipMethod.STORED, wood.method());
    Files.write(wood.source(), new byte[(int) wood.size() + 100]);
    IntegrityException e = assertThrows(IntegrityException.class,
        () -> new RoomPackager(options().build()).execute(plan, roomFile));
    assertEquals("assets/wood.png", e.location());
    assertTrue(e.getMessage().endsWith(", found more"), e.getMessage());
    assertFalse(Files.exists(roomFile));
  }

  @Test
  void everyStoredAssetIsWrittenFromASourceOfExactSize() throws Exception {
    PackingPlan plan = new RoomPlanner(options().build()).plan(session);
    List<dev.appsim.session.room.archive.ZipEntrySpec> specs = new RoomPackager(options().build()).specs(plan, Optional.empty());
    assertEquals(plan.manifest().entries().size() + 2, specs.size());
    assertTrue(specs.stream().anyMatch(s -> s.name().equals("assets/wood.png")));
    // The writer streams a stored entry of exact size straight into the archive (no spill copy;
    // RoomZipWriterTest proves that side).
    specs.stream().filter(s -> s.method() == dev.appsim.session.room.archive.ZipMethod.STORED)
        .forEach(s -> assertTrue(s.source().sizeIsExact(), s.name()));
  }

  @Test
  void dryRunReportListsEveryReferenceAsTextAndJson() throws Exception {
    PackingPlan plan = new RoomPlanner(options().build()).plan(session);
    String text = plan.toText();
    assertTrue(text.contains("session /scene/nodes/0/asset: \"C:\\Users\\ana\\ML\\models\\chair.gltf\" -> assets/chair.gltf"), text);
    String json = plan.toJson();
    assertTrue(json.contains("\"archivePath\": \"assets/wood.png\""), json);
    assertTrue(json.contains("\"complete\": true"), json);
  }

  @Test
  void roomPassesUnzipAndPythonZipfile() throws Exception {
    Path roomFile = tmp.resolve("room.room");
    new RoomPackager(options().build()).pack(session, roomFile);
    assumeTrue(onPath("unzip"), "unzip is not installed (.ci/run installs it)");
    assertEquals(0, run("unzip", "-t", roomFile.toString()));
    assumeTrue(onPath("python3"), "python3 is not installed (.ci/run installs it)");
    assertEquals(0, run("python3", "-c",
        "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); n=z.namelist(); "
            + "sys.exit(1 if z.testzip() is not None or n[0]!='mimetype' or n[1]!='room.json' else 0)",
        roomFile.toString()));
  }

  private static boolean onPath(String tool) {
    return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + List.of(command));
    if (p.exitValue() != 0) {
      System.err.println(output);
    }
    return p.exitValue();
  }

  private static Map<Path, String> hashes(Path root) throws IOException {
    Map<Path, String> out = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(f, Digests.ofFile(f).sha256());
      }
    }
    return out;
  }
}
