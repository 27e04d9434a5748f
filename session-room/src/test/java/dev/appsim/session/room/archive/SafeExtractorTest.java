package dev.appsim.session.room.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.error.IntegrityException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeExtractorTest {
  @TempDir Path dir;
  private Path parent;
  private Path outside;

  @BeforeEach
  void folders() throws IOException {
    parent = Files.createDirectories(dir.resolve("unpack"));
    outside = Files.createDirectories(dir.resolve("outside"));
  }

  private Path goodRoom() throws IOException {
    Map<String, Path> tree = RoomZipFixtures.sourceTree(dir.resolve("src"));
    Path room = dir.resolve("good.room");
    new RoomZipWriter(WriteOptions.defaults()).write(room, RoomZipFixtures.specs(tree), WriteProgressListener.NONE);
    return room;
  }

  private List<Path> listing(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.sorted().toList();
    }
  }

  @Test
  void extractsEveryEntryAndLeavesNoStagingFolder() throws IOException {
    Path target = parent.resolve("room");
    try (SafeZipReader zip = SafeZipReader.open(goodRoom())) {
      new SafeExtractor().extract(zip, target);
      for (ZipEntryInfo e : zip.entries()) {
        assertArrayEquals(RoomZipFixtures.readAll(zip, e.name()), Files.readAllBytes(target.resolve(e.name())), e.name());
      }
    }
    try (Stream<Path> s = Files.list(parent)) {
      assertEquals(List.of(target), s.toList());
    }
    assertEquals(List.of(outside), listing(outside));
  }

  @Test
  void replacesAnEmptyTargetFolder() throws IOException {
    Path target = Files.createDirectory(parent.resolve("room"));
    try (SafeZipReader zip = SafeZipReader.open(goodRoom())) {
      new SafeExtractor().extract(zip, target);
    }
    assertEquals(RoomZipFixtures.MIME, Files.readString(target.resolve("mimetype")));
  }

  @Test
  void rewritesEntriesChosenByTheTransformerAndStillVerifiesThem() throws IOException {
    Path target = parent.resolve("room");
    try (SafeZipReader zip = SafeZipReader.open(goodRoom())) {
      new SafeExtractor().extract(zip, target, entry -> entry.name().equals("session.json")
          ? Optional.of((in, out) -> out.write("{\"rewritten\":true}".getBytes(UTF_8)))
          : Optional.empty());
    }
    assertEquals("{\"rewritten\":true}", Files.readString(target.resolve("session.json")));
    assertEquals("{\"format\":\"appsim.room\"}", Files.readString(target.resolve("room.json")));
  }

  @Test
  void refusesATargetThatAlreadyHoldsALinkAndWritesNothingThroughIt() throws IOException {
    Path target = Files.createDirectory(parent.resolve("room"));
    Files.createSymbolicLink(target.resolve("assets"), outside);
    try (SafeZipReader zip = SafeZipReader.open(goodRoom())) {
      FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
          () -> new SafeExtractor().extract(zip, target));
      assertEquals(target + ": target exists and is not an empty folder", e.getMessage());
    }
    assertEquals(List.of(outside), listing(outside));
    try (Stream<Path> s = Files.list(parent)) {
      assertEquals(List.of(target), s.toList());
    }
  }

  @Test
  void refusesATargetThatIsALink() throws IOException {
    Path target = Files.createSymbolicLink(parent.resolve("room"), outside);
    try (SafeZipReader zip = SafeZipReader.open(goodRoom())) {
      assertThrows(FileAlreadyExistsException.class, () -> new SafeExtractor().extract(zip, target));
    }
    assertEquals(List.of(outside), listing(outside));
  }

  @Test
  void leavesNothingBehindWhenAnEntryFailsItsCrc() throws IOException {
    RawZipBuilder raw = new RawZipBuilder();
    raw.stored("a/first.txt", "fine".getBytes(UTF_8));
    raw.deflated("a/second.txt", "broken".getBytes(UTF_8)).crc(1);
    Path room = raw.write(dir.resolve("bad.room"));
    Path target = parent.resolve("room");
    try (SafeZipReader zip = SafeZipReader.open(room)) {
      IntegrityException e = assertThrows(IntegrityException.class, () -> new SafeExtractor().extract(zip, target));
      assertEquals("a/second.txt", e.location());
    }
    assertEquals(List.of(parent), listing(parent));
    assertFalse(Files.exists(target));
  }

  @Test
  void leavesNothingBehindWhenTheRewriterFails() throws IOException {
    Path target = parent.resolve("room");
    try (SafeZipReader zip = SafeZipReader.open(goodRoom())) {
      IOException e = assertThrows(IOException.class, () -> new SafeExtractor().extract(zip, target,
          entry -> Optional.of((in, out) -> {
            throw new IOException("cannot rewrite " + entry.name());
          })));
      assertEquals("cannot rewrite mimetype", e.getMessage());
    }
    assertEquals(List.of(parent), listing(parent));
  }

  @Test
  void refusesWhenTheDeclaredSizeExceedsFreeSpace() throws IOException {
    Path target = parent.resolve("room");
    try (SafeZipReader zip = SafeZipReader.open(goodRoom())) {
      IOException e = assertThrows(IOException.class, () -> new SafeExtractor(folder -> 1000).extract(zip, target));
      assertEquals("good.room needs " + zip.totalSize() + " bytes but only 1000 are free in " + parent, e.getMessage());
    }
    assertEquals(List.of(parent), listing(parent));
  }

  @Test
  void refusesAFileSystemRootAsTargetWithAClearError() throws IOException {
    Path root = dir.getRoot();
    try (SafeZipReader zip = SafeZipReader.open(goodRoom())) {
      FileSystemException e = assertThrows(FileSystemException.class, () -> new SafeExtractor().extract(zip, root));
      assertEquals(root + ": is a file system root; unpack into a new or empty folder below it", e.getMessage());
      assertEquals(root.toString(), e.getFile());
    }
    try (Stream<Path> s = Files.list(parent)) {
      assertEquals(List.of(), s.toList());
    }
  }

  @Test
  void createsExplicitDirectoryEntries() throws IOException {
    RawZipBuilder raw = new RawZipBuilder();
    raw.stored("empty/", new byte[0]);
    raw.stored("x/y.txt", "y".getBytes(UTF_8));
    Path target = parent.resolve("room");
    try (SafeZipReader zip = SafeZipReader.open(raw.write(dir.resolve("dirs.zip")))) {
      new SafeExtractor().extract(zip, target);
    }
    assertTrue(Files.isDirectory(target.resolve("empty")));
    assertEquals("y", Files.readString(target.resolve("x/y.txt")));
  }

  /** Many entries, so that several workers are busy at once; the 17th is corrupt when asked. */
  private Path manyEntries(boolean corrupt) throws IOException {
    RawZipBuilder raw = new RawZipBuilder();
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 40; i++) {
      byte[] content = new byte[1000 + random.nextInt(300_000)];
      random.nextBytes(content);
      if (i % 2 == 0) {
        raw.stored("d" + (i % 5) + "/f" + i + ".bin", content);
      } else if (corrupt && i == 17) {
        raw.deflated("d" + (i % 5) + "/f" + i + ".bin", content).crc(1);
      } else {
        raw.deflated("d" + (i % 5) + "/f" + i + ".bin", content);
      }
    }
    return raw.write(dir.resolve(corrupt ? "corrupt.room" : "many.room"));
  }

  @Test
  void extractsTheSameFilesWithOneOrFourThreadsAndReportsProgressInEntryOrder() throws IOException {
    Path room = manyEntries(false);
    Map<Integer, Map<Path, String>> trees = new java.util.HashMap<>();
    for (int threads : new int[] {1, 4}) {
      Path target = parent.resolve("room-" + threads);
      List<Integer> done = new java.util.ArrayList<>();
      try (SafeZipReader zip = SafeZipReader.open(room)) {
        new SafeExtractor(f -> Long.MAX_VALUE, threads).extract(zip, target, EntryTransformer.NONE,
            (entries, total, bytesDone, bytesTotal) -> done.add(entries));
        assertEquals(java.util.stream.IntStream.rangeClosed(1, zip.entries().size()).boxed().toList(), done);
        for (ZipEntryInfo e : zip.entries()) {
          assertArrayEquals(RoomZipFixtures.readAll(zip, e.name()), Files.readAllBytes(target.resolve(e.name())), e.name());
        }
      }
      Map<Path, String> tree = new java.util.TreeMap<>();
      for (Path f : listing(target)) {
        tree.put(target.relativize(f), Files.isRegularFile(f) ? java.util.Arrays.toString(Files.readAllBytes(f)) : "folder");
      }
      trees.put(threads, tree);
    }
    assertEquals(trees.get(1), trees.get(4));
  }

  @Test
  void aWorkersIntegrityFailureIsRethrownUnwrappedAndLeavesNoStagingFolder() throws IOException {
    Path room = manyEntries(true);
    Path target = parent.resolve("room");
    for (int threads : new int[] {1, 4}) {
      try (SafeZipReader zip = SafeZipReader.open(room)) {
        IntegrityException e = assertThrows(IntegrityException.class,
            () -> new SafeExtractor(f -> Long.MAX_VALUE, threads).extract(zip, target));
        assertEquals("d2/f17.bin", e.location());
        assertTrue(e.getMessage().startsWith("corrupt.room: entry \"d2/f17.bin\": CRC-32 is "), e.getMessage());
        // The reader is still usable: no worker was interrupted inside a read of its channel.
        assertEquals(RoomZipFixtures.readAll(zip, "d0/f0.bin").length, zip.entry("d0/f0.bin").orElseThrow().size());
      }
      assertEquals(List.of(parent), listing(parent), threads + " threads");
    }
  }

  @Test
  void aRewritersRuntimeExceptionFromAWorkerIsRethrownAsItWasRaised() throws IOException {
    Path room = manyEntries(false);
    Path target = parent.resolve("room");
    IllegalStateException thrown = new IllegalStateException("refused d3/f23.bin");
    try (SafeZipReader zip = SafeZipReader.open(room)) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> new SafeExtractor(f -> Long.MAX_VALUE, 4).extract(zip, target, entry -> entry.name().equals("d3/f23.bin")
              ? Optional.of((in, out) -> {
                throw thrown;
              })
              : Optional.empty()));
      assertTrue(e == thrown, e.toString());
    }
    assertEquals(List.of(parent), listing(parent));
  }
}
