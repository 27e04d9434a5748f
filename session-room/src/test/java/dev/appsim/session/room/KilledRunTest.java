package dev.appsim.session.room;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.archive.internal.Scratch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed with SIGKILL (destroyForcibly) during package and unpack leave a scratch folder
 * that the next run in that folder removes, while a live run's scratch folder survives a
 * concurrent run's sweep, and user files with look-alike names are never touched. The child
 * signals when its files are on disk; nothing here depends on timing.
 */
class KilledRunTest {
  @TempDir Path dir;
  private Path session;
  private Path out;
  private final List<Process> children = new ArrayList<>();

  @BeforeEach
  void writeSession() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Random random = new Random(5);
    for (String name : List.of("a-big.obj", "b-big.obj")) {
      StringBuilder text = new StringBuilder();
      while (text.length() < (1 << 20)) {
        text.append("# ").append(Long.toHexString(random.nextLong())).append(Long.toHexString(random.nextLong()))
            .append('\n');
      }
      Files.writeString(src.resolve(name), text);
    }
    Files.writeString(src.resolve("c.obj"), "v 0 0 0\n");
    session = src.resolve("room.session");
    Files.writeString(session, "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"k\"},"
        + "\"scene\":{\"nodes\":[" + node(0, "a-big.obj") + "," + node(1, "b-big.obj") + "," + node(2, "c.obj") + "]}}");
    out = Files.createDirectories(dir.resolve("out"));
  }

  private static String node(int i, String asset) {
    return "{\"id\":\"n" + i + "\",\"kind\":\"model\",\"asset\":\"" + asset + "\"}";
  }

  @AfterEach
  void killChildren() throws InterruptedException {
    for (Process p : children) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Starts a child that blocks after {@code blockAfter} entries, and waits until it says so. */
  private Process blocked(String mode, Path from, Path to, int blockAfter) throws IOException {
    Process child = start(mode, from, to, blockAfter);
    BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = lines.readLine(); !"READY".equals(line); line = lines.readLine()) {
      if (line == null) {
        throw new AssertionError("child ended before it was ready:\n" + seen);
      }
      seen.append(line).append('\n');
    }
    return child;
  }

  private Process start(String mode, Path from, Path to, int blockAfter) throws IOException {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", ChildJvm.classPath(), BlockedRun.class.getName(),
        mode, from.toString(), to.toString(), Integer.toString(blockAfter)).redirectErrorStream(true).start();
    children.add(child);
    return child;
  }

  private static void kill(Process child) throws InterruptedException {
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "killed child did not end");
  }

  private static List<Path> scratchFolders(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith(Scratch.PREFIX)).sorted().toList();
    }
  }

  private Path packageHere(String name) throws IOException {
    Path room = out.resolve(name);
    new RoomPackager(PackageOptions.builder().build()).pack(session, room);
    return room;
  }

  @Test
  void aKilledPackageLeavesAScratchFolderThatTheNextPackageRemoves() throws Exception {
    // Entries: mimetype, room.json, assets/a-big.obj (spills), ...; block after the big one.
    Process child = blocked("package", session, out.resolve("r.room"), 3);
    List<Path> left = scratchFolders(out);
    assertEquals(1, left.size(), left.toString());
    assertTrue(Files.isRegularFile(left.get(0).resolve("owner")));
    kill(child);
    assertEquals(left, scratchFolders(out), "a killed run cannot clean up");

    Path room = packageHere("r.room");
    assertEquals(List.of(), scratchFolders(out));
    try (Room opened = Room.open(room)) {
      opened.verify().requireIntact();
    }
  }

  @Test
  void aKilledUnpackLeavesStagingThatTheNextUnpackRemoves() throws Exception {
    Path room = packageHere("r.room");
    Path target = out.resolve("unpacked");
    Process child = blocked("unpack", room, target, 2);
    List<Path> left = scratchFolders(out);
    assertEquals(1, left.size(), left.toString());
    assertTrue(Files.isRegularFile(left.get(0).resolve("staging/mimetype")));
    kill(child);
    assertFalse(Files.exists(target));

    try (Room opened = Room.open(room)) {
      opened.unpack(target, PathStyle.ABSOLUTE);
    }
    assertEquals(List.of(), scratchFolders(out));
    assertTrue(Files.isRegularFile(target.resolve("assets/a-big.obj")));
    assertFalse(Files.exists(target.resolve("owner")));
  }

  @Test
  void aLiveRunsScratchFolderSurvivesConcurrentRunsUntilItIsKilled() throws Exception {
    Path room = packageHere("r.room");
    Process unpacking = blocked("unpack", room, out.resolve("slow"), 2);
    Process packaging = blocked("package", session, out.resolve("slow.room"), 3);
    List<Path> live = scratchFolders(out);
    assertEquals(2, live.size(), live.toString());

    packageHere("other.room");
    try (Room opened = Room.open(room)) {
      opened.unpack(out.resolve("fast"), PathStyle.ABSOLUTE);
    }
    assertEquals(live, scratchFolders(out), "live runs' folders survive");
    assertTrue(Files.isRegularFile(out.resolve("fast/assets/a-big.obj")));

    kill(unpacking);
    kill(packaging);
    packageHere("third.room");
    assertEquals(List.of(), scratchFolders(out));
  }

  @Test
  void aRunKilledAtAnyMomentLeavesNothingTheNextRunKeeps() throws Exception {
    Random random = new Random(11);
    for (int round = 0; round < 4; round++) {
      Process child = start("package", session, out.resolve("r.room"), 0);
      // When the kill lands does not matter; every moment must be recoverable.
      Thread.sleep(300 + random.nextInt(900));
      kill(child);
      packageHere("r.room");
      assertEquals(List.of(), scratchFolders(out), "round " + round);
    }
  }

  @Test
  void userFilesWithLookAlikeNamesSurviveEveryRun() throws Exception {
    Path mine = Files.createDirectory(out.resolve(".appsim-scratch-0123456789abcdef"));
    Files.writeString(mine.resolve("notes.txt"), "mine");
    Path ownerless = Files.createDirectory(out.resolve(".appsim-scratch-mine"));
    Files.writeString(ownerless.resolve("owner"), "I own this\n");
    Files.writeString(out.resolve(".appsim-scratch-file"), "mine");
    Files.createDirectory(out.resolve(".r.room.unpack-1a2b3c"));
    Files.write(out.resolve(".roomzip-123.spill"), new byte[3]);

    Path room = packageHere("r.room");
    try (Room opened = Room.open(room)) {
      opened.unpack(out.resolve("unpacked"), PathStyle.ABSOLUTE);
    }

    assertEquals("mine", Files.readString(mine.resolve("notes.txt")));
    assertEquals("I own this\n", Files.readString(ownerless.resolve("owner")));
    assertTrue(Files.exists(out.resolve(".appsim-scratch-file")));
    assertTrue(Files.isDirectory(out.resolve(".r.room.unpack-1a2b3c")));
    assertTrue(Files.exists(out.resolve(".roomzip-123.spill")));
  }
}
