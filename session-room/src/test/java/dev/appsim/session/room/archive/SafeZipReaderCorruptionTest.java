package dev.appsim.session.room.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.appsim.session.room.error.RoomException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncated and bit-flipped archives fail only with the library's own exceptions. */
class SafeZipReaderCorruptionTest {
  @TempDir Path dir;
  private byte[] good;

  @BeforeEach
  void writeGood() throws IOException {
    byte[] text = "vertex 0.25 0.5 0.125\n".repeat(40).getBytes(UTF_8);
    byte[] media = new byte[300];
    new Random(3).nextBytes(media);
    Path out = dir.resolve("good.room");
    new RoomZipWriter(WriteOptions.defaults()).write(out, List.of(
        ZipEntrySpec.storedPlain("mimetype", ZipEntrySource.ofBytes(RoomZipFixtures.MIME.getBytes(UTF_8))),
        ZipEntrySpec.deflated("room.json", ZipEntrySource.ofBytes(text)),
        ZipEntrySpec.stored("assets/a.png", ZipEntrySource.ofBytes(media)),
        ZipEntrySpec.deflated("assets/b.obj", ZipEntrySource.ofBytes(text))), WriteProgressListener.NONE);
    good = Files.readAllBytes(out);
  }

  /** Opens and reads everything; returns whether it was accepted. */
  private boolean readsOrFailsCleanly(byte[] bytes, String what) throws IOException {
    Path file = dir.resolve("corrupt.room");
    Files.write(file, bytes);
    try (SafeZipReader reader = SafeZipReader.open(file)) {
      for (ZipEntryInfo e : reader.entries()) {
        try (InputStream in = reader.openStream(e)) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
      return true;
    } catch (RoomException expected) {
      assertTrue(expected.getMessage().startsWith("corrupt.room: "), expected.getMessage());
      return false;
    } catch (RuntimeException | Error other) {
      throw new AssertionError(what + " escaped as " + other, other);
    }
  }

  @Test
  void rejectsTheArchiveTruncatedAtEveryOffset() throws IOException {
    for (int length = 0; length < good.length; length++) {
      if (readsOrFailsCleanly(Arrays.copyOf(good, length), "truncation at " + length)) {
        fail("truncation at " + length + " was accepted");
      }
    }
  }

  @Test
  void survivesRandomBitFlipsWithOnlyItsOwnExceptions() throws IOException {
    int accepted = 0;
    for (int seed = 0; seed < 1500; seed++) {
      Random random = new Random(seed);
      byte[] bytes = good.clone();
      int flips = 1 + random.nextInt(4);
      for (int i = 0; i < flips; i++) {
        int bit = random.nextInt(bytes.length * 8);
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
      }
      if (readsOrFailsCleanly(bytes, "seed " + seed)) {
        accepted++;
      }
    }
    // Flips inside the padding of alignment fields are harmless; almost all others are caught.
    assertTrue(accepted < 150, accepted + " corrupted archives were accepted");
  }

  @Test
  void readsOneEntryWhenAnotherEntrysDataIsCorrupt() throws IOException {
    Path file = dir.resolve("good.room");
    long offset;
    try (SafeZipReader reader = SafeZipReader.open(file)) {
      offset = reader.entry("assets/b.obj").orElseThrow().dataOffset();
    }
    byte[] bytes = good.clone();
    bytes[(int) offset + 3] ^= 0x55;
    Files.write(file, bytes);
    try (SafeZipReader reader = SafeZipReader.open(file)) {
      assertArrayEquals("vertex 0.25 0.5 0.125\n".repeat(40).getBytes(UTF_8), RoomZipFixtures.readAll(reader, "room.json"));
    }
  }
}
