package dev.appsim.session.room.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written archive passes the standard tools, and archives from Info-ZIP pass the reader. */
class ZipInteropTest {
  @TempDir Path dir;
  private Map<String, Path> tree;
  private Path room;

  @BeforeEach
  void writeRoom() throws IOException {
    tree = RoomZipFixtures.sourceTree(dir.resolve("src"));
    room = dir.resolve("interop.room");
    new RoomZipWriter(WriteOptions.defaults().withThreads(2)).write(room, RoomZipFixtures.specs(tree), WriteProgressListener.NONE);
  }

  private static boolean onPath(String tool) {
    return RoomZipFixtures.onPath(tool);
  }

  private record Result(int exit, String output) {}

  private Result run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
    return new Result(p.exitValue(), new String(out, UTF_8));
  }

  @Test
  void passesUnzipTest() throws Exception {
    assumeTrue(onPath("unzip"), "unzip (Info-ZIP) is not installed; CI installs it");
    Result r = run("unzip", "-t", room.toString());
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("No errors detected"), r.output());
  }

  @Test
  void passesPythonZipfileTestzip() throws Exception {
    assumeTrue(onPath("python3"), "python3 is not installed");
    Result r = run("python3", "-c", "import sys, zipfile\n"
        + "z = zipfile.ZipFile(sys.argv[1])\n"
        + "bad = z.testzip()\n"
        + "assert bad is None, bad\n"
        + "print(len(z.namelist()), z.namelist()[0], z.getinfo('mimetype').extra == b'')\n", room.toString());
    assertEquals(0, r.exit(), r.output());
    assertEquals("8 mimetype True", r.output().strip());
  }

  @Test
  void listsWithBsdtar() throws Exception {
    assumeTrue(onPath("bsdtar"), "bsdtar (libarchive-tools) is not installed; CI installs it");
    Result r = run("bsdtar", "-tf", room.toString());
    assertEquals(0, r.exit(), r.output());
    List<String> expected = new ArrayList<>(List.of("mimetype", "room.json", "session.json"));
    expected.addAll(tree.keySet());
    assertEquals(expected, r.output().lines().toList());
  }

  @Test
  void passesSevenZipTest() throws Exception {
    assumeTrue(onPath("7zz"), "7zz (7-Zip) is not installed; CI installs it");
    Result r = run("7zz", "t", room.toString());
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("Everything is Ok"), r.output());
  }

  @Test
  void readsAnArchiveMadeByInfoZip() throws Exception {
    assumeTrue(onPath("zip"), "zip (Info-ZIP) is not installed; CI installs it");
    Path src = dir.resolve("src");
    Result r = run("zip", "-r", "-6", "-q", dir.resolve("infozip.zip").toString(), "src");
    assertEquals(0, r.exit(), r.output());
    try (SafeZipReader reader = SafeZipReader.open(dir.resolve("infozip.zip"))) {
      assertTrue(reader.entry("src/").orElseThrow().isDirectory());
      for (Path file : tree.values()) {
        String name = "src/" + src.relativize(file).toString().replace(File.separatorChar, '/');
        assertArrayEquals(Files.readAllBytes(file), RoomZipFixtures.readAll(reader, name), name);
      }
    }
  }

  @Test
  void zip64EndRecordsPassPythonAndSevenZip() throws Exception {
    assumeTrue(onPath("python3") && onPath("7zz"), "python3 or 7zz is not installed");
    List<ZipEntrySpec> specs = new ArrayList<>();
    for (int i = 0; i < 65_536; i++) {
      specs.add(ZipEntrySpec.deflated("e/" + i, ZipEntrySource.ofBytes(new byte[] {(byte) i})));
    }
    Path many = dir.resolve("many.zip");
    new RoomZipWriter(WriteOptions.defaults()).write(many, specs, WriteProgressListener.NONE);
    Result py = run("python3", "-c", "import sys, zipfile\n"
        + "z = zipfile.ZipFile(sys.argv[1])\n"
        + "assert z.testzip() is None\n"
        + "print(len(z.namelist()))\n", many.toString());
    assertEquals(0, py.exit(), py.output());
    assertEquals("65536", py.output().strip());
    Result seven = run("7zz", "t", many.toString());
    assertEquals(0, seven.exit(), seven.output());
    assertTrue(seven.output().contains("Files: 65536"), seven.output());
  }
}
