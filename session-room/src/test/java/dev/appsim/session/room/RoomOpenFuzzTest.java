package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.room.archive.SafeZipReader;
import dev.appsim.session.room.archive.ZipEntryInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of opening untrusted rooms and zips (docs/fuzzing.md). The bytes are
 * written to a real file, since the readers work on file channels. Accepted outcomes: success,
 * our exception family, a genuine I/O failure ({@link FuzzOutcomes}). Also checked: a failed
 * unpack leaves nothing behind, a successful one leaves only the target.
 */
class RoomOpenFuzzTest {
  private static final String ARCHIVE = "input.room";
  private static final String TARGET = "unpacked";

  @TempDir
  static Path tmp;

  /** Open, read the session, verify and unpack, as {@code room unpack} does. */
  @FuzzTest(maxDuration = "10m")
  void openRoom(byte[] input) throws IOException {
    Path dir = freshFolder();
    Path file = Files.write(dir.resolve(ARCHIVE), input);
    Path target = dir.resolve(TARGET);
    boolean unpacked = false;
    try (Room room = Room.open(file)) {
      room.verify();
      room.session();
      Path session = room.unpack(target, PathStyle.ABSOLUTE);
      unpacked = true;
      assertEquals(target.resolve(room.manifest().session()), session);
    } catch (SessionException e) {
      FuzzOutcomes.expected(e);
    } catch (IOException e) {
      FuzzOutcomes.expected(e);
    }
    assertEquals(unpacked ? List.of(ARCHIVE, TARGET) : List.of(ARCHIVE), names(dir),
        "files left beside the archive after " + (unpacked ? "unpacking" : "a failed unpack"));
  }

  /** Open any zip and read every entry to the end, which checks sizes and CRC-32. */
  @FuzzTest(maxDuration = "10m")
  void readZip(byte[] input) throws IOException {
    Path file = Files.write(freshFolder().resolve("input.zip"), input);
    try (SafeZipReader zip = SafeZipReader.open(file)) {
      for (ZipEntryInfo entry : zip.entries()) {
        try (InputStream in = zip.openStream(entry)) {
          assertEquals(entry.size(), in.transferTo(OutputStream.nullOutputStream()),
              "bytes read from " + entry.name() + " disagree with its declared size");
        }
        assertFalse(entry.isDirectory() && entry.size() > 0, "directory entry " + entry.name() + " has data");
      }
    } catch (SessionException e) {
      FuzzOutcomes.expected(e);
    } catch (IOException e) {
      FuzzOutcomes.expected(e);
    }
  }

  // One folder per input, emptied first, so the invariant sees only this input's leftovers.
  private static Path freshFolder() throws IOException {
    Path dir = tmp.resolve("run");
    if (Files.exists(dir)) {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    return Files.createDirectory(dir);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
