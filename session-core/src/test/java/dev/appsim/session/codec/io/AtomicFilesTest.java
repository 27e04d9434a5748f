package dev.appsim.session.codec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFilesTest {
  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Fails the N-th call of one kind of step. */
  private static final class FailingOps implements FileOps {
    private final String step;
    private final int failAt;
    private int writes;
    private int forces;
    private int moves;

    FailingOps(String step, int failAt) {
      this.step = step;
      this.failAt = failAt;
    }

    @Override
    public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
      if (step.equals("write") && ++writes == failAt) {
        throw new IOException("injected write failure " + failAt);
      }
      FileOps.super.write(channel, bytes);
    }

    @Override
    public void force(FileChannel channel) throws IOException {
      if (step.equals("force") && ++forces == failAt) {
        throw new IOException("injected force failure");
      }
      FileOps.super.force(channel);
    }

    @Override
    public void move(Path source, Path target) throws IOException {
      if (step.equals("move") && ++moves == failAt) {
        throw new IOException("injected move failure");
      }
      FileOps.super.move(source, target);
    }
  }

  @Test
  void replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.session");
    Files.writeString(target, "old");
    AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
    assertEquals("new", Files.readString(target));
    assertEquals(List.of("a.session"), names());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 10})
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(int failAt) throws IOException {
    Path target = dir.resolve("a.session");
    Files.writeString(target, "old");
    byte[] big = new byte[3 << 20];
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      for (int i = 0; i < 10; i++) {
        out.write(big);
      }
    }, new FailingOps("write", failAt)));
    assertEquals("injected write failure " + failAt, e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("a.session"), names());
  }

  @ParameterizedTest
  @ValueSource(strings = {"force", "move"})
  void aFailedForceOrMoveLeavesTheOldFileAndNoTemporaryFile(String step) throws IOException {
    Path target = dir.resolve("a.session");
    Files.writeString(target, "old");
    IOException e = assertThrows(IOException.class,
        () -> AtomicFiles.write(target, out -> out.write(1), new FailingOps(step, 1)));
    assertEquals("injected " + step + " failure", e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("a.session"), names());
  }

  @Test
  void aFailingContentLeavesNoTemporaryFileAndNoTarget() {
    Path target = dir.resolve("new.session");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
      out.write(new byte[100]);
      throw new IllegalStateException("content failed");
    }));
    assertEquals("content failed", e.getMessage());
    assertEquals(false, Files.exists(target));
  }

  @Test
  void replacesWithAFileWrittenAtAPath() throws IOException {
    Path target = dir.resolve("a.room");
    Files.writeString(target, "old");
    AtomicFiles.replace(target, temp -> Files.writeString(temp, "new"));
    assertEquals("new", Files.readString(target));
    assertEquals(List.of("a.room"), names());
  }

  @Test
  void aFailedFileContentLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.room");
    Files.writeString(target, "old");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.replace(target, temp -> {
      Files.writeString(temp, "half");
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("a.room"), names());
  }

  @Test
  void savesAFileWhoseNameIsAsLongAsAFileSystemAllows() throws IOException {
    // The temporary file has the target's name inside the scratch folder, so it always fits.
    Path target = dir.resolve("x".repeat(247) + ".session");
    AtomicFiles.write(target, new byte[] {1});
    assertEquals(List.of(target.getFileName().toString()), names());
  }

  @Test
  void refusesATargetWithoutAFileName() {
    assertEquals("target / names no file in a folder", assertThrows(IllegalArgumentException.class,
        () -> AtomicFiles.write(Path.of("/"), new byte[0])).getMessage());
  }

  /** Saves whole generations of a self-checking file until killed; used by the kill test. */
  public static final class SaveLoop {
    public static void main(String[] args) throws IOException {
      Path target = Path.of(args[0]);
      for (int generation = 1; ; generation++) {
        AtomicFiles.write(target, generationBytes(generation));
      }
    }
  }

  /** Generation {@code g}: 2 MiB of the byte {@code g}, so a torn or mixed file is visible. */
  static byte[] generationBytes(int generation) {
    byte[] bytes = new byte[2 << 20];
    java.util.Arrays.fill(bytes, (byte) generation);
    return bytes;
  }

  @Test
  void killingTheSavingProcessLeavesAWholeOldOrNewFile() throws Exception {
    Path target = dir.resolve("k.session");
    Files.write(target, generationBytes(0));
    Random random = new Random(42);
    for (int round = 0; round < 20; round++) {
      Process child = ChildJvm.start(SaveLoop.class, target.toString());
      // Killed at a random moment: the child saves 2 MiB generations back to back.
      Thread.sleep(150 + random.nextInt(600));
      child.destroyForcibly();
      assertEquals(true, child.waitFor(30, TimeUnit.SECONDS));
      byte[] content = Files.readAllBytes(target);
      assertEquals(2 << 20, content.length, "a whole file");
      byte[] expected = new byte[content.length];
      java.util.Arrays.fill(expected, content[0]);
      assertArrayEquals(expected, content, "one generation, not a mixture");
    }
    // The next save removes what the killed saves left, whose owners are now dead.
    AtomicFiles.write(target, generationBytes(99));
    assertEquals(List.of("k.session"), names());
  }
}
