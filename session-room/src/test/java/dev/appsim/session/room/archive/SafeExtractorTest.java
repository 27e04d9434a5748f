package dev.appsim.session.room.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.IntegrityException;
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
}
