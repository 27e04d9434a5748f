package dev.appsim.session.room.archive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Scratch folders: made on first use, deleted on close, swept only when provably a dead run's. */
class ScratchTest {
  @TempDir Path dir;

  private List<String> names(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A scratch folder as a run with this marker leaves it when killed: owner file, spill files, staging. */
  private Path leftover(String name, OwnerMarker marker) throws IOException {
    Path folder = Files.createDirectory(dir.resolve(name));
    Files.writeString(folder.resolve(Scratch.OWNER_FILE), marker.text());
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
    return new OwnerMarker(p.pid(), Optional.of(Instant.parse("2020-01-01T00:00:00Z")), "unpack r.room into /x");
  }

  @Test
  void makesTheFolderOnFirstUseAndDeletesEverythingOnClose() throws IOException {
    Scratch scratch = new Scratch(dir, "write /x/out.room");
    assertEquals(List.of(), names(dir));
    Path folder = scratch.folder();
    assertTrue(folder.getFileName().toString().matches("\\.appsim-scratch-[0-9a-f]{16}"), folder.toString());
    Path spill = scratch.newFile("entry-", ".spill");
    Files.write(spill, new byte[10]);
    Files.createDirectories(folder.resolve("staging/a/b"));
    OwnerMarker marker = OwnerMarker.parse(Files.readString(folder.resolve("owner"))).orElseThrow();
    assertEquals(ProcessHandle.current().pid(), marker.pid());
    assertEquals(ProcessHandle.current().info().startInstant(), marker.started());
    assertEquals("write /x/out.room", marker.purpose());
    scratch.close();
    assertEquals(List.of(), names(dir));
  }

  @Test
  void closingAnUnusedScratchMakesNothing() throws IOException {
    new Scratch(dir, "unused").close();
    assertEquals(List.of(), names(dir));
  }

  @Test
  void sweepsTheFolderOfARunThatDied() throws Exception {
    leftover(".appsim-scratch-00000000000000aa", deadOwner());
    Scratch.sweep(dir);
    assertEquals(List.of(), names(dir));
  }

  @Test
  void sweepsTheFolderOfARunWhosePidWasReused() throws Exception {
    ProcessHandle self = ProcessHandle.current();
    leftover(".appsim-scratch-00000000000000bb",
        new OwnerMarker(self.pid(), Optional.of(Instant.parse("2000-01-01T00:00:00Z")), "package"));
    Scratch.sweep(dir);
    assertEquals(List.of(), names(dir));
  }

  @Test
  void sweepsAnEmptyFolderNamedExactlyAsARunNamesItsOwn() throws IOException {
    // What a run killed between making its folder and its owner file leaves.
    Files.createDirectory(dir.resolve(".appsim-scratch-0123456789abcdef"));
    Files.createDirectory(dir.resolve(".appsim-scratch-0123456789abcdeg"));
    Files.createDirectory(dir.resolve(".appsim-scratch-empty"));
    Scratch.sweep(dir);
    assertEquals(List.of(".appsim-scratch-0123456789abcdeg", ".appsim-scratch-empty"), names(dir));
  }

  @Test
  void keepsTheFolderOfALiveRunInThisJvm() throws IOException {
    try (Scratch live = new Scratch(dir, "live")) {
      Path spill = live.newFile("entry-", ".spill");
      Scratch.sweep(dir);
      Scratch.sweep(dir);
      assertTrue(Files.exists(spill));
      assertTrue(Files.exists(live.folder().resolve("owner")));
    }
    assertEquals(List.of(), names(dir));
  }

  @Test
  void keepsAFolderWhoseOwnerIsStillRunningEvenIfItHoldsNoLock() throws IOException {
    Path folder = leftover(".appsim-scratch-00000000000000cc", OwnerMarker.current("another run of this process"));
    Scratch.sweep(dir);
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
    List<String> before = names(dir);

    Scratch.sweep(dir);

    assertEquals(before, names(dir));
    assertEquals("mine", Files.readString(noOwner.resolve("notes.txt")));
    assertTrue(Files.isDirectory(ownerFolder));
    assertTrue(Files.exists(elsewhere.resolve("staging/assets/a.obj")), "a link is never followed");
  }

  @Test
  void ownerMarkersReadBackAndNearMissesAreNotOurs() {
    OwnerMarker marker = new OwnerMarker(42, Optional.of(Instant.parse("2026-11-20T09:15:00.120Z")), "unpack a\nb");
    assertEquals(Optional.of(new OwnerMarker(42, marker.started(), "unpack a b")), OwnerMarker.parse(marker.text()));
    OwnerMarker unknown = new OwnerMarker(7, Optional.empty(), "package");
    assertEquals(Optional.of(unknown), OwnerMarker.parse(unknown.text()));
    String text = marker.text();
    for (String nearMiss : List.of("", text.substring(1), text + "more\n", text.replace("pid 42", "pid x"),
        text.replace("started 2026", "started 20x6"), text.replace("\n", "\r\n"), text.trim())) {
      assertEquals(Optional.empty(), OwnerMarker.parse(nearMiss), nearMiss);
    }
  }

  @Test
  void aLiveOwnersMarkerSaysItMayBeAliveAndADeadOnesDoesNot() throws Exception {
    assertTrue(OwnerMarker.current("x").mayBeAlive());
    assertFalse(deadOwner().mayBeAlive());
    assertTrue(new OwnerMarker(ProcessHandle.current().pid(), Optional.empty(), "x").mayBeAlive());
  }
}
