package dev.appsim.session.room.archive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.io.ScratchFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive code's scratch folder is the library's one temporary-file mechanism: a
 * {@link ScratchFolder} (whose tests cover naming, owner files and sweeping) under another name.
 */
class ScratchTest {
  @TempDir Path dir;

  @Test
  void isAScratchFolderMadeOnFirstUseSurvivingSweepsWhileLiveAndGoneOnClose() throws IOException {
    assertEquals(ScratchFolder.PREFIX, Scratch.PREFIX);
    try (Scratch live = new Scratch(dir, "write /x/out.room")) {
      assertTrue(isEmpty(dir), "nothing is made before it is needed");
      Path spill = live.newFile("entry-", ".spill");
      assertEquals(live.folder(), spill.getParent());
      assertTrue(spill.getParent().getFileName().toString().startsWith(ScratchFolder.PREFIX));
      Scratch.sweep(dir);
      assertTrue(Files.exists(spill), "a live run's folder survives a sweep");
    }
    assertTrue(isEmpty(dir));
    new Scratch(dir, "unused").closeQuietly();
    assertTrue(isEmpty(dir));
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.findAny().isEmpty();
    }
  }
}
