package dev.appsim.session.codec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a save does with what is already at the target (issue 10, item 4): special files are
 * refused, links are written through, the mode is kept, a hard link's other names keep the old
 * file, and concurrent writers all finish.
 */
class SaveOverWhatIsThereTest {
  @TempDir
  Path dir;

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean run(String... command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return false; // the tool is not installed
    }
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }

  private List<String> names() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void refusesAFifoAndLeavesIt() throws Exception {
    Path fifo = dir.resolve("out.session");
    assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");
    SpecialFileException e = assertThrows(SpecialFileException.class, () -> AtomicFiles.write(fifo, utf8("x")));
    assertEquals(fifo + ": is a FIFO, not a regular file; a save replaces only regular files", e.getMessage());
    assertEquals(fifo.toString(), e.getFile());
    assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther());
    assertEquals(List.of("out.session"), names());
  }

  @Test
  void refusesAFolder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out.session"));
    assertEquals(folder + ": is a folder, not a regular file; a save replaces only regular files",
        assertThrows(SpecialFileException.class, () -> AtomicFiles.write(folder, utf8("x"))).getMessage());
    assertTrue(Files.isDirectory(folder));
    assertEquals(List.of("out.session"), names());
  }

  @Test
  void refusesACharacterDeviceAsRoot() throws Exception {
    assumeTrue(isRoot(), "only root can make device files");
    Path device = dir.resolve("null");
    assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "mknod is not allowed here");
    assertEquals(device + ": is a character device, not a regular file; a save replaces only regular files",
        assertThrows(SpecialFileException.class, () -> AtomicFiles.write(device, utf8("x"))).getMessage());
    assertEquals("c", kind(device));
  }

  @Test
  void leavesDevNullAloneAsRoot() throws Exception {
    assumeTrue(isRoot(), "as another user the save fails for lack of permission anyway");
    Path devNull = Path.of("/dev/null");
    assertEquals("/dev/null: is a character device, not a regular file; a save replaces only regular files",
        assertThrows(SpecialFileException.class, () -> AtomicFiles.write(devNull, utf8("x"))).getMessage());
    assertEquals("c", kind(devNull));
  }

  // The file type letter of "ls -l": c for a character device.
  private static String kind(Path file) throws IOException {
    int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    return (mode & 0170000) == 0020000 ? "c" : Integer.toOctalString(mode);
  }

  @Test
  void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real"));
    Path file = Files.write(real.resolve("a.session"), utf8("old"));
    Path link = Files.createSymbolicLink(dir.resolve("link.session"), Path.of("real/a.session"));
    AtomicFiles.write(link, utf8("new"));
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(Path.of("real/a.session"), Files.readSymbolicLink(link));
    assertEquals("new", Files.readString(file));
    try (var inReal = Files.list(real)) {
      assertEquals(List.of("a.session"), inReal.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void followsAChainOfLinksAndCreatesTheFileADanglingLinkNames() throws IOException {
    Path last = Files.createSymbolicLink(dir.resolve("b"), Path.of("c.session"));
    Path first = Files.createSymbolicLink(dir.resolve("a"), last.getFileName());
    AtomicFiles.write(first, utf8("new"));
    assertEquals("new", Files.readString(dir.resolve("c.session")));
    assertTrue(Files.isSymbolicLink(first) && Files.isSymbolicLink(last));
    assertEquals(List.of("a", "b", "c.session"), names());
  }

  @Test
  void refusesALinkLoop() throws IOException {
    Path a = dir.resolve("a");
    Files.createSymbolicLink(a, Path.of("b"));
    Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
    FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(a, utf8("x")));
    assertEquals(a + ": has more than 40 levels of symbolic links; a save follows at most 40", e.getMessage());
  }

  @Test
  void keepsTheModeOfTheOldFile() throws IOException {
    assumeTrue(Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null);
    for (String mode : List.of("rw-------", "rwxr-x---", "r--r--r--")) {
      Path target = Files.write(dir.resolve(mode + ".session"), utf8("old"));
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
      AtomicFiles.write(target, utf8("new"));
      assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
      assertEquals("new", Files.readString(target));
    }
  }

  @Test
  void aHardLinkKeepsTheOldContentUnderItsOtherName() throws IOException {
    Path target = Files.write(dir.resolve("a.session"), utf8("old"));
    Path other = Files.createLink(dir.resolve("other-name.session"), target);
    AtomicFiles.write(target, utf8("new"));
    assertEquals("new", Files.readString(target));
    assertEquals("old", Files.readString(other));
  }

  @Test
  void aMissingFolderIsNamedAsSuch() {
    Path target = dir.resolve("no/such/folder/a.session");
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> AtomicFiles.write(target, utf8("x")));
    assertEquals(dir.resolve("no/such/folder") + ": the folder to save a.session in does not exist", e.getMessage());
  }

  @Test
  void userFilesNamedLikeTemporaryFilesSurviveASave() throws IOException {
    Path target = dir.resolve("out.session");
    Files.write(dir.resolve(".out.session.backup.tmp"), utf8("user's"));
    Files.write(dir.resolve(".out.session.0123456789abcdef.tmp"), utf8("old pattern"));
    Files.write(dir.resolve(".out.session.0123456789abcdef.appsim-tmp"), utf8("earlier pattern, no marker"));
    Path folder = Files.createDirectory(dir.resolve(".appsim-scratch-0123456789abcdef"));
    Files.write(folder.resolve("notes.txt"), utf8("a user's folder named like a scratch folder"));
    AtomicFiles.write(target, utf8("new"));
    assertEquals(List.of(".appsim-scratch-0123456789abcdef", ".out.session.0123456789abcdef.appsim-tmp",
        ".out.session.0123456789abcdef.tmp", ".out.session.backup.tmp", "out.session"), names());
    assertEquals("a user's folder named like a scratch folder", Files.readString(folder.resolve("notes.txt")));
  }

  /** Saves {@code args[1]} generations of {@code args[2]} bytes of {@code args[3]} to {@code args[0]}. */
  public static final class Writer {
    public static void main(String[] args) throws IOException {
      Path target = Path.of(args[0]);
      byte[] content = new byte[Integer.parseInt(args[2])];
      java.util.Arrays.fill(content, (byte) args[3].charAt(0));
      for (int i = 0; i < Integer.parseInt(args[1]); i++) {
        AtomicFiles.write(target, content);
      }
      System.out.println("done");
    }
  }

  @Test
  void twoProcessesSavingTheSameTargetBothFinish() throws Exception {
    Path target = dir.resolve("shared.session");
    Process a = ChildJvm.start(Writer.class, target.toString(), "40", "300000", "a");
    Process b = ChildJvm.start(Writer.class, target.toString(), "40", "300000", "b");
    String outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(a.waitFor(2, TimeUnit.MINUTES) && b.waitFor(2, TimeUnit.MINUTES));
    assertEquals(List.of(0, "done", 0, "done"), List.of(a.exitValue(), outA, b.exitValue(), outB));
    byte[] content = Files.readAllBytes(target);
    assertEquals(300_000, content.length);
    assertTrue(content[0] == 'a' || content[0] == 'b');
    for (byte x : content) {
      assertEquals(content[0], x);
    }
    assertEquals(List.of("shared.session"), names());
  }

  @Test
  void twoThreadsSavingTheSameTargetBothFinish() throws Exception {
    Path target = dir.resolve("shared.session");
    Runnable saves = () -> {
      for (int i = 0; i < 50; i++) {
        try {
          AtomicFiles.write(target, utf8(Thread.currentThread().getName().repeat(1000)));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Future<?> one = pool.submit(saves);
      java.util.concurrent.Future<?> two = pool.submit(saves);
      one.get();
      two.get();
    } finally {
      pool.shutdown();
    }
    assertEquals(List.of("shared.session"), names());
  }
}
