package dev.appsim.session.codec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnedTempFilesTest {
  private static final Pattern TEMP = Pattern.compile("\\.scene\\.room\\.[0-9a-f]{16}\\.appsim-tmp");

  @TempDir
  Path dir;

  private List<String> names(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The owner record of a process that has exited. */
  private static TempOwner deadOwner() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
        .redirectErrorStream(true).start();
    Instant start = p.info().startInstant().orElse(null);
    p.getInputStream().readAllBytes();
    p.waitFor();
    return new TempOwner(p.pid(), start, TempOwner.CURRENT.host());
  }

  // A temporary file as a killed run leaves it: marker, file, no cleanup.
  private Path leftBy(TempOwner owner, String stem) throws IOException {
    Files.writeString(dir.resolve(stem + OwnedTempFiles.MARKER_SUFFIX), owner.format(), StandardCharsets.UTF_8);
    return Files.writeString(dir.resolve(stem + OwnedTempFiles.TEMP_SUFFIX), "half written");
  }

  @Test
  void createsAFileWithAnOwnerMarkerAndDeletesBoth() throws IOException {
    Path temp = OwnedTempFiles.createFile(dir, "scene.room");
    assertTrue(TEMP.matcher(temp.getFileName().toString()).matches(), temp.toString());
    Path marker = OwnedTempFiles.markerOf(temp);
    assertEquals(TempOwner.CURRENT, TempOwner.read(marker));
    assertTrue(TempOwner.CURRENT.format().startsWith("appsim-session temporary file owner\npid "
        + ProcessHandle.current().pid() + "\nstart "));
    OwnedTempFiles.delete(temp);
    assertEquals(List.of(), names(dir));
  }

  @Test
  void aReservedNameDoesNotExistYetAndReleaseDropsTheMarker() throws IOException {
    Path temp = OwnedTempFiles.reserve(dir, "scene.room");
    assertTrue(Files.notExists(temp));
    Files.writeString(temp, "content");
    Files.move(temp, dir.resolve("scene.room"));
    OwnedTempFiles.release(temp);
    assertEquals(List.of("scene.room"), names(dir));
  }

  @Test
  void sweepsWhatADeadOwnerLeftAndNothingElse() throws Exception {
    TempOwner dead = deadOwner();
    leftBy(dead, ".scene.room.00000000000000aa");
    Path staging = Files.createDirectories(dir.resolve(".scene.room.00000000000000bb" + OwnedTempFiles.TEMP_SUFFIX + "/sub"));
    Files.writeString(staging.resolve("x"), "x");
    Files.writeString(dir.resolve(".scene.room.00000000000000bb" + OwnedTempFiles.MARKER_SUFFIX), dead.format());
    leftBy(TempOwner.CURRENT, ".scene.room.00000000000000cc");                 // a live owner: this process
    leftBy(new TempOwner(dead.pid(), dead.start(), "another-host"), ".scene.room.00000000000000dd");
    leftBy(dead, ".scene.room.b.00000000000000ee");                            // another base sharing the prefix
    Files.writeString(dir.resolve(".scene.room.00000000000000ff" + OwnedTempFiles.TEMP_SUFFIX), "no marker");
    Files.writeString(dir.resolve(".scene.room.0000000000000011" + OwnedTempFiles.MARKER_SUFFIX), "not ours");
    Files.writeString(dir.resolve(".scene.room.backup.tmp"), "a user's file");
    assertEquals(2, OwnedTempFiles.sweep(dir, "scene.room"));
    assertEquals(List.of(
        ".scene.room.0000000000000011.appsim-owner",
        ".scene.room.00000000000000cc.appsim-owner", ".scene.room.00000000000000cc.appsim-tmp",
        ".scene.room.00000000000000dd.appsim-owner", ".scene.room.00000000000000dd.appsim-tmp",
        ".scene.room.00000000000000ff.appsim-tmp",
        ".scene.room.b.00000000000000ee.appsim-owner", ".scene.room.b.00000000000000ee.appsim-tmp",
        ".scene.room.backup.tmp"), names(dir));
  }

  @Test
  void sweepingAStagingFolderDeletesLinksNotWhatTheyPointTo() throws Exception {
    Path outside = Files.writeString(dir.resolve("keep.txt"), "outside");
    Path staging = OwnedTempFiles.createDirectory(dir, "t.unpack");
    Files.createSymbolicLink(staging.resolve("link"), outside);
    Files.createSymbolicLink(staging.resolve("dir-link"), dir);
    TempOwner dead = deadOwner();
    Files.writeString(OwnedTempFiles.markerOf(staging), dead.format());
    assertEquals(1, OwnedTempFiles.sweep(dir, "t.unpack"));
    assertEquals(List.of("keep.txt"), names(dir));
    assertEquals("outside", Files.readString(outside));
  }

  @Test
  void aProcessWithTheSameIdButAnotherStartIsDead() {
    TempOwner reused = new TempOwner(ProcessHandle.current().pid(), Instant.EPOCH, TempOwner.CURRENT.host());
    assertEquals(true, reused.isDead());
    assertEquals(false, TempOwner.CURRENT.isDead());
    assertEquals(false, new TempOwner(ProcessHandle.current().pid(), null, TempOwner.CURRENT.host()).isDead());
  }

  @Test
  void cutsALongBaseSoTheNameFitsAFileSystem() throws IOException {
    Path temp = OwnedTempFiles.createFile(dir, "x".repeat(240));
    assertEquals(1 + 96 + 1 + 16 + OwnedTempFiles.TEMP_SUFFIX.length(), temp.getFileName().toString().length());
    OwnedTempFiles.delete(temp);
  }

  @Test
  void refusesABaseThatIsNotAFileName() {
    assertEquals("base \"a/b\" must be a non-empty file name without separators",
        assertThrows(IllegalArgumentException.class, () -> OwnedTempFiles.reserve(dir, "a/b")).getMessage());
    assertEquals("base \"\" must be a non-empty file name without separators",
        assertThrows(IllegalArgumentException.class, () -> OwnedTempFiles.reserve(dir, "")).getMessage());
    assertEquals(dir.resolve("x.tmp") + " is not a temporary file of OwnedTempFiles (no .appsim-tmp suffix)",
        assertThrows(IllegalArgumentException.class, () -> OwnedTempFiles.delete(dir.resolve("x.tmp"))).getMessage());
  }

  @Test
  void sweepingAMissingFolderFindsNothing() throws IOException {
    assertEquals(0, OwnedTempFiles.sweep(dir.resolve("missing"), "a"));
  }
}
