package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.archive.SafeZipReader;
import dev.appsim.session.room.archive.WriteOptions;
import dev.appsim.session.room.archive.ZipEntryInfo;
import dev.appsim.session.room.error.IntegrityException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-packaging next to a previous room ({@link PackageOptions#base()}): unchanged entries are
 * copied from it, and the room is byte-identical to a full package whatever the base holds.
 */
class IncrementalPackagingTest {
  private static final List<String> DEFLATED_ASSETS = List.of("assets/scan.mtl", "assets/scan.obj", "assets/small.obj");

  @TempDir Path tmp;
  Path session;

  @BeforeEach
  void makeTree() throws IOException {
    Path assets = Files.createDirectories(tmp.resolve("assets"));
    // Numeric text well past the writer's prefix comparison, and a small one it compresses whole.
    StringBuilder obj = new StringBuilder("mtllib scan.mtl\n");
    Random random = new Random(12);
    while (obj.length() < 3 << 20) {
      obj.append("v ").append(random.nextFloat()).append(' ').append(random.nextFloat()).append(' ')
          .append(random.nextFloat()).append('\n');
    }
    Files.writeString(assets.resolve("scan.obj"), obj);
    Files.writeString(assets.resolve("scan.mtl"), "newmtl scan\nmap_Kd scan.png\n");
    byte[] png = new byte[200_000];
    random.nextBytes(png);
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[2] = 'N';
    png[3] = 'G';
    Files.write(assets.resolve("scan.png"), png);
    Files.writeString(assets.resolve("small.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
    session = tmp.resolve("room.session");
    writeSession("2.6");
  }

  /** The session, its ceiling light at height {@code height}: the one-line edit. */
  private void writeSession(String height) throws IOException {
    Files.writeString(session, """
        {"format":"appsim.session","formatVersion":"1.0","metadata":{"name":"room"},
         "scene":{"nodes":[
           {"id":"scan","kind":"model","asset":"assets/scan.obj"},
           {"id":"small","kind":"model","asset":"assets/small.obj"},
           {"id":"ceiling-light","kind":"light","name":"Ceiling light",
            "transform":{"position":[0.0, %s, -1.5]},
            "light":{"type":"point","color":[1.0, 0.96, 0.9],"intensity":250.0,"castShadows":false}}]}}
        """.formatted(height));
  }

  private static PackageOptions.Builder options() {
    return PackageOptions.builder().threads(2);
  }

  private PackageResult pack(PackageOptions options, Path room) throws IOException {
    RoomPackager packager = new RoomPackager(options);
    return packager.execute(new RoomPlanner(options).plan(session), room);
  }

  @Test
  void aLightMovedRepackagesFromTheBaseToTheSameBytesAsAFullPackage() throws IOException {
    Path previous = tmp.resolve("out/previous.room");
    pack(options().build(), previous);
    writeSession("2.4");
    Path full = tmp.resolve("out/full.room");
    PackageResult fromScratch = pack(options().baseFromOutput(false).build(), full);
    Path incremental = tmp.resolve("out/incremental.room");
    PackageResult reused = pack(options().base(previous).build(), incremental);

    assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(incremental));
    assertEquals(List.of(), fromScratch.copiedFromBase());
    assertEquals(Optional.empty(), fromScratch.base());
    assertEquals(Optional.of(previous), reused.base());
    // Every deflated asset came from the base; the edited session and the new manifest did not;
    // the stored texture is streamed from its file either way.
    assertEquals(DEFLATED_ASSETS, reused.copiedFromBase());
    assertEquals(fromScratch.entries(), reused.entries());
  }

  @Test
  void aBaseWrittenAtAnotherLevelIsCompressedAgainNotCopied() throws IOException {
    Path fast = tmp.resolve("out/fast.room");
    pack(options().write(WriteOptions.builder().threads(2).level(1).build()).build(), fast);
    writeSession("2.4");
    Path full = tmp.resolve("out/full.room");
    pack(options().baseFromOutput(false).build(), full);
    Path again = tmp.resolve("out/again.room");
    PackageResult fromFast = pack(options().base(fast).build(), again);
    // The big OBJ's level-1 data inflates to the planned content, but the default level would not write
    // those bytes; the two tiny entries deflate alike at both levels, so their copies are exact.
    assertEquals(List.of("assets/scan.mtl", "assets/small.obj"), fromFast.copiedFromBase());
    assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(again));
  }

  @Test
  void anExistingOutputIsTheBaseUnlessTurnedOff() throws IOException {
    Path room = tmp.resolve("room.room");
    pack(options().build(), room);
    writeSession("2.4");
    byte[] before = Files.readAllBytes(room);
    PackageResult again = pack(options().build(), room);
    assertEquals(Optional.of(room.toAbsolutePath()), again.base());
    assertEquals(DEFLATED_ASSETS, again.copiedFromBase());
    Path other = tmp.resolve("other.room");
    Files.write(other, before);
    PackageResult off = pack(options().baseFromOutput(false).build(), other);
    assertEquals(List.of(), off.copiedFromBase());
    assertArrayEquals(Files.readAllBytes(room), Files.readAllBytes(other));
  }

  @Test
  void aBaseWrittenAtAnotherLevelIsNotCopied() throws IOException {
    Path previous = tmp.resolve("previous.room");
    pack(options().write(WriteOptions.defaults().withLevel(1).withThreads(2)).build(), previous);
    Path full = tmp.resolve("full.room");
    pack(options().baseFromOutput(false).build(), full);
    Path incremental = tmp.resolve("incremental.room");
    PackageResult result = pack(options().base(previous).build(), incremental);
    // Level 1 and the default level compress a 3 MiB scan differently, so it is compressed again; the
    // few-byte entries come out the same at both levels, so copying them changes nothing.
    assertFalse(result.copiedFromBase().contains("assets/scan.obj"), result.toString());
    assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(incremental));
  }

  @Test
  void aBaseThatIsNotARoomIsIgnored() throws IOException {
    Path previous = Files.writeString(tmp.resolve("previous.room"), "not a zip at all");
    Path full = tmp.resolve("full.room");
    pack(options().baseFromOutput(false).build(), full);
    Path incremental = tmp.resolve("incremental.room");
    PackageResult result = pack(options().base(previous).build(), incremental);
    assertEquals(Optional.empty(), result.base());
    assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(incremental));
  }

  @Test
  void aBaseWhoseDataWasTamperedWithIsNeverCopied() throws IOException {
    Path previous = tmp.resolve("previous.room");
    pack(options().build(), previous);
    // Flip bytes inside scan.obj's compressed data, well past the compared start: its manifest
    // entry, sizes and CRC-32 in the directory all still claim the old content.
    ZipEntryInfo scan;
    try (SafeZipReader zip = SafeZipReader.open(previous)) {
      scan = zip.entry("assets/scan.obj").orElseThrow();
    }
    try (FileChannel channel = FileChannel.open(previous, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), scan.dataOffset() + scan.compressedSize() - 4000);
    }
    Path full = tmp.resolve("full.room");
    pack(options().baseFromOutput(false).build(), full);
    Path incremental = tmp.resolve("incremental.room");
    PackageResult result = pack(options().base(previous).build(), incremental);
    assertFalse(result.copiedFromBase().contains("assets/scan.obj"), result.toString());
    assertEquals(List.of("assets/scan.mtl", "assets/small.obj", "session.json"), result.copiedFromBase());
    assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(incremental));
  }

  @Test
  void aBaseListingOtherContentUnderTheSameNameIsNotCopied() throws IOException {
    Path previous = tmp.resolve("previous.room");
    pack(options().build(), previous);
    Files.writeString(tmp.resolve("assets/small.obj"), "v 0 0 0\nv 2 0 0\nv 0 2 0\nf 1 2 3\n");
    Path full = tmp.resolve("full.room");
    pack(options().baseFromOutput(false).build(), full);
    Path incremental = tmp.resolve("incremental.room");
    PackageResult result = pack(options().base(previous).build(), incremental);
    assertEquals(List.of("assets/scan.mtl", "assets/scan.obj", "session.json"), result.copiedFromBase());
    assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(incremental));
  }

  @Test
  void aSourceChangedAfterPlanningStillFailsWithABase() throws IOException {
    Path previous = tmp.resolve("previous.room");
    pack(options().build(), previous);
    PackageOptions options = options().base(previous).build();
    PackingPlan plan = new RoomPlanner(options).plan(session);
    Files.writeString(tmp.resolve("assets/small.obj"), "v 9 9 9\n");
    Path room = tmp.resolve("room.room");
    IntegrityException e = assertThrows(IntegrityException.class, () -> new RoomPackager(options).execute(plan, room));
    assertEquals("assets/small.obj", e.location());
    assertFalse(Files.exists(room));
    try (Stream<Path> left = Files.list(tmp)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "scratch left behind");
    }
  }

  @Test
  void anEntryCopiedFromTheBaseHoldsThePlannedContentWithoutReadingItsSourceAgain() throws IOException {
    Path previous = tmp.resolve("previous.room");
    pack(options().build(), previous);
    byte[] planned = Files.readAllBytes(tmp.resolve("assets/scan.obj"));
    PackageOptions options = options().base(previous).build();
    PackingPlan plan = new RoomPlanner(options).plan(session);
    // Rewritten in place at the same size after planning: the copy checks the old data against
    // the plan's SHA-256, and reads of the source only its size.
    byte[] changed = planned.clone();
    changed[changed.length - 2] = (byte) (changed[changed.length - 2] == '1' ? '2' : '1');
    Files.write(tmp.resolve("assets/scan.obj"), changed);
    Path room = tmp.resolve("room.room");
    PackageResult result = new RoomPackager(options).execute(plan, room);
    assertTrue(result.copiedFromBase().contains("assets/scan.obj"), result.toString());
    try (Room packaged = Room.open(room)) {
      packaged.verify().requireIntact();
      try (InputStream in = packaged.openEntry("assets/scan.obj")) {
        assertArrayEquals(planned, in.readAllBytes());
      }
    }
  }

  @Test
  void theBaseRoomItselfIsNotChangedByAnIncrementalPackage() throws IOException {
    Path previous = tmp.resolve("previous.room");
    pack(options().build(), previous);
    byte[] before = Files.readAllBytes(previous);
    writeSession("2.4");
    pack(options().base(previous).build(), tmp.resolve("next.room"));
    assertArrayEquals(before, Files.readAllBytes(previous));
    assertTrue(new String(before, StandardCharsets.ISO_8859_1).contains("room.json"));
  }
}
