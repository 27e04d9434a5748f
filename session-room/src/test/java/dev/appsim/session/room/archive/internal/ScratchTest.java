package dev.appsim.session.room.archive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive code's scratch folder is the library's one temporary-file mechanism
 * (ScratchFolder, whose own tests cover sweeping): made on first use, deleted on close, and a
 * live run's folder survives sweeps.
 */
class ScratchTest {
  @TempDir Path dir;

  private List<String> names(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void makesTheFolderOnFirstUseAndDeletesEverythingOnClose() throws IOException {
    Scratch scratch = new Scratch(dir, "write /x/out.room");
    assertEquals(List.of(), names(dir));
    Path folder = scratch.folder();
    assertTrue(folder.getFileName().toString().matches("\\.appsim-scratch-[0-9a-f]{16}"), folder.toString());
    assertTrue(folder.getFileName().toString().startsWith(Scratch.PREFIX));
    Path spill = scratch.newFile("entry-", ".spill");
    Files.write(spill, new byte[10]);
    Files.createDirectories(folder.resolve("staging/a/b"));
    assertTrue(Files.readString(folder.resolve("owner")).endsWith("\npurpose write /x/out.room\n"));
    scratch.close();
    assertEquals(List.of(), names(dir));
  }

  @Test
  void closingAnUnusedScratchMakesNothing() throws IOException {
    new Scratch(dir, "unused").closeQuietly();
    assertEquals(List.of(), names(dir));
  }

  @Test
  void keepsTheFolderOfALiveRun() throws IOException {
    try (Scratch live = new Scratch(dir, "live")) {
      Path spill = live.newFile("entry-", ".spill");
      Scratch.sweep(dir);
      assertTrue(Files.exists(spill));
    }
    assertEquals(List.of(), names(dir));
  }
}
