package dev.appsim.session.codec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scratch folders, the one temporary-file mechanism: made on first use, deleted on close, swept
 * only when provably a dead run's (free lock, this machine, no process with its pid and start).
 */
class ScratchFolderTest {
  @TempDir Path dir;

  private List<String> names(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A scratch folder as a run with this marker leaves it when killed: owner file, spill files, staging. */
  private Path leftover(String name, OwnerMarker marker) throws IOException {
    Path folder = Files.createDirectory(dir.resolve(name));
    Files.writeString(folder.resolve(ScratchFolder.OWNER_FILE), marker.text());
    Files.write(folder.resolve("entry-1.spill"), new byte[1000]);
    Files.writeString(Files.createDirectories(folder.resolve("staging/assets")).resolve("a.obj"), "v 0 0 0\n");
    return folder;
  }

  /** The marker of a process that has exited. */
  private static OwnerMarker deadOwner() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new OwnerMarker(p.pid(), Optional.of(Instant.parse("2020-01-01T00:00:00Z")), OwnerMarker.HOST,
        "unpack r.room into /x");
  }

  @Test
  void makesTheFolderOnFirstUseAndDeletesEverythingOnClose() throws IOException {
    ScratchFolder scratch = new ScratchFolder(dir, "write /x/out.room");
    assertEquals(List.of(), names(dir));
    Path folder = scratch.folder();
    assertTrue(folder.getFileName().toString().matches("\\.appsim-scratch-[0-9a-f]{16}"), folder.toString());
    Path spill = scratch.newFile("entry-", ".spill");
    Files.write(spill, new byte[10]);
    Files.createDirectories(folder.resolve("staging/a/b"));
    OwnerMarker marker = OwnerMarker.parse(Files.readString(folder.resolve("owner"))).orElseThrow();
    assertEquals(ProcessHandle.current().pid(), marker.pid());
    assertEquals(ProcessHandle.current().info().startInstant(), marker.started());
    assertEquals(OwnerMarker.HOST, marker.host());
    assertEquals("write /x/out.room", marker.purpose());
    scratch.close();
    assertEquals(List.of(), names(dir));
  }

  @Test
  void closingAnUnusedScratchMakesNothing() throws IOException {
    new ScratchFolder(dir, "unused").close();
    assertEquals(List.of(), names(dir));
  }

  @Test
  void sweepsTheFolderOfARunThatDied() throws Exception {
    leftover(".appsim-scratch-00000000000000aa", deadOwner());
    ScratchFolder.sweep(dir);
    assertEquals(List.of(), names(dir));
  }

  @Test
  void sweepsTheFolderOfARunWhosePidWasReused() throws Exception {
    ProcessHandle self = ProcessHandle.current();
    leftover(".appsim-scratch-00000000000000bb",
        new OwnerMarker(self.pid(), Optional.of(Instant.parse("2000-01-01T00:00:00Z")), OwnerMarker.HOST, "package"));
    ScratchFolder.sweep(dir);
    assertEquals(List.of(), names(dir));
  }

  @Test
  void sweepsAnEmptyFolderNamedExactlyAsARunNamesItsOwn() throws IOException {
    // What a run killed between making its folder and its owner file leaves.
    Files.createDirectory(dir.resolve(".appsim-scratch-0123456789abcdef"));
    Files.createDirectory(dir.resolve(".appsim-scratch-0123456789abcdeg"));
    Files.createDirectory(dir.resolve(".appsim-scratch-empty"));
    ScratchFolder.sweep(dir);
    assertEquals(List.of(".appsim-scratch-0123456789abcdeg", ".appsim-scratch-empty"), names(dir));
  }

  @Test
  void keepsTheFolderOfALiveRunInThisJvm() throws IOException {
    try (ScratchFolder live = new ScratchFolder(dir, "live")) {
      Path spill = live.newFile("entry-", ".spill");
      ScratchFolder.sweep(dir);
      ScratchFolder.sweep(dir);
      assertTrue(Files.exists(spill));
      assertTrue(Files.exists(live.folder().resolve("owner")));
    }
    assertEquals(List.of(), names(dir));
  }

  @Test
  void keepsAFolderWhoseOwnerIsStillRunningEvenIfItHoldsNoLock() throws IOException {
    Path folder = leftover(".appsim-scratch-00000000000000cc", OwnerMarker.current("another run of this process"));
    ScratchFolder.sweep(dir);
    assertTrue(Files.exists(folder.resolve("staging/assets/a.obj")));
  }

  @Test
  void keepsLookAlikesThatAreNotProvablyADeadRunsFolder() throws Exception {
    OwnerMarker dead = deadOwner();
    Path noOwner = Files.createDirectory(dir.resolve(".appsim-scratch-0123456789abcdef"));
    Files.writeString(noOwner.resolve("notes.txt"), "mine");
    Path otherText = Files.createDirectory(dir.resolve(".appsim-scratch-mine"));
    Files.writeString(otherText.resolve("owner"), "me, " + dead.text());
    Path ownerFolder = Files.createDirectories(dir.resolve(".appsim-scratch-dir/owner"));
    Path elsewhere = leftover("real-folder", dead);
    Path linkedOwner = Files.createDirectory(dir.resolve(".appsim-scratch-linked-owner"));
    Files.createSymbolicLink(linkedOwner.resolve("owner"), elsewhere.resolve("owner"));
    Files.createSymbolicLink(dir.resolve(".appsim-scratch-link"), elsewhere);
    Files.writeString(dir.resolve(".appsim-scratch-file"), dead.text());
    Files.createDirectory(dir.resolve(".t.unpack-1a2b3c"));
    Files.write(dir.resolve(".roomzip-123.spill"), new byte[3]);
    // What earlier saves named their temporary files, and a user's backup named like them.
    Files.writeString(dir.resolve(".out.session.0123456789abcdef.appsim-tmp"), "mine");
    Files.writeString(dir.resolve(".out.session.0123456789abcdef.appsim-owner"), "mine");
    Files.writeString(dir.resolve(".out.session.backup.tmp"), "mine");
    // An empty owner file in a folder whose name is not exactly a scratch folder's.
    Files.createFile(Files.createDirectory(dir.resolve(".appsim-scratch-unwritten")).resolve("owner"));
    List<String> before = names(dir);

    ScratchFolder.sweep(dir);

    assertEquals(before, names(dir));
    assertEquals("mine", Files.readString(noOwner.resolve("notes.txt")));
    assertTrue(Files.isDirectory(ownerFolder));
    assertTrue(Files.exists(elsewhere.resolve("staging/assets/a.obj")), "a link is never followed");
  }

  @Test
  void keepsAFolderMadeOnAnotherMachine() throws Exception {
    // A folder shared over the network: that machine's pid says nothing here.
    OwnerMarker dead = deadOwner();
    Path folder = leftover(".appsim-scratch-00000000000000dd",
        new OwnerMarker(dead.pid(), dead.started(), "another-host", "save /shared/x.session"));
    ScratchFolder.sweep(dir);
    assertTrue(Files.exists(folder.resolve("entry-1.spill")));
  }

  @Test
  void sweepingADeadRunsFolderDeletesLinksInsideItNotWhatTheyPointTo() throws Exception {
    Path outside = Files.writeString(dir.resolve("keep.txt"), "outside");
    Path folder = leftover(".appsim-scratch-00000000000000ee", deadOwner());
    Files.createSymbolicLink(folder.resolve("staging/link"), outside);
    Files.createSymbolicLink(folder.resolve("staging/dir-link"), dir);
    ScratchFolder.sweep(dir);
    assertEquals(List.of("keep.txt"), names(dir));
    assertEquals("outside", Files.readString(outside));
  }

  /** Locks {@code args[0]} and holds the lock until killed; prints "locked" once it holds it. */
  public static final class LockHolder {
    public static void main(String[] args) throws Exception {
      try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(Path.of(args[0]),
          java.nio.file.StandardOpenOption.WRITE)) {
        channel.lock();
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
      }
    }
  }

  @Test
  void sweepsAnUnwrittenOwnerFileOnlyOnceNoProcessHoldsItsLock() throws Exception {
    // What a run killed between making its owner file and writing the marker leaves, and what a
    // live run looks like in that instant if it has taken the lock.
    Path folder = Files.createDirectory(dir.resolve(".appsim-scratch-00000000000000ff"));
    Path owner = Files.createFile(folder.resolve("owner"));
    Process holder = ChildJvm.start(LockHolder.class, owner.toString());
    try {
      assertEquals("locked", new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8)).readLine());
      ScratchFolder.sweep(dir);
      assertTrue(Files.exists(owner), "a lock held by a live process keeps the folder");
    } finally {
      holder.destroyForcibly();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
    }
    ScratchFolder.sweep(dir);
    assertEquals(List.of(), names(dir));
  }

  @Test
  void aNewFileNameMustNotLeaveTheFolder() throws IOException {
    try (ScratchFolder scratch = new ScratchFolder(dir, "x")) {
      assertThrows(IllegalArgumentException.class, () -> scratch.newFile("../", ".spill"));
    }
    assertEquals(List.of(), names(dir));
  }

  @Test
  void sweepingAMissingFolderDoesNothing() {
    ScratchFolder.sweep(dir.resolve("missing"));
    assertFalse(Files.exists(dir.resolve("missing")));
  }

  @Test
  void aClosedScratchFolderCannotBeUsedAgain() throws IOException {
    ScratchFolder scratch = new ScratchFolder(dir, "package a into b");
    scratch.close();
    assertEquals("scratch folder for package a into b is closed",
        assertThrows(IllegalStateException.class, scratch::folder).getMessage());
  }

  @Test
  void ownerMarkersReadBackAndNearMissesAreNotOurs() {
    OwnerMarker marker = new OwnerMarker(42, Optional.of(Instant.parse("2026-11-20T09:15:00.120Z")), "ana-laptop",
        "unpack a\nb");
    assertEquals(Optional.of(new OwnerMarker(42, marker.started(), "ana-laptop", "unpack a b")),
        OwnerMarker.parse(marker.text()));
    OwnerMarker unknown = new OwnerMarker(7, Optional.empty(), "h", "package");
    assertEquals(Optional.of(unknown), OwnerMarker.parse(unknown.text()));
    String text = marker.text();
    for (String nearMiss : List.of("", text.substring(1), text + "more\n", text.replace("pid 42", "pid x"),
        text.replace("started 2026", "started 20x6"), text.replace("\n", "\r\n"), text.trim(),
        text.replace("host ana-laptop\n", ""))) {
      assertEquals(Optional.empty(), OwnerMarker.parse(nearMiss), nearMiss);
    }
  }

  @Test
  void aLiveOwnersMarkerSaysItMayBeAliveAndADeadOnesDoesNot() throws Exception {
    assertTrue(OwnerMarker.current("x").mayBeAlive());
    assertFalse(deadOwner().mayBeAlive());
    assertTrue(new OwnerMarker(ProcessHandle.current().pid(), Optional.empty(), OwnerMarker.HOST, "x").mayBeAlive());
    OwnerMarker dead = deadOwner();
    assertTrue(new OwnerMarker(dead.pid(), dead.started(), "another-host", "x").mayBeAlive(),
        "another machine's pid says nothing about its process");
  }
}
