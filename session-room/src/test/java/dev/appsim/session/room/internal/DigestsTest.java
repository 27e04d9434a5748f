package dev.appsim.session.room.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.room.error.IntegrityException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digests and VerifyingInputStream, built on Guava's hashing and counting streams. */
class DigestsTest {
  private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void knownVectorsInLowercaseHex() {
    assertEquals(new Digests.Sized(0, EMPTY), Digests.ofBytes(new byte[0]));
    assertEquals(new Digests.Sized(3, ABC), Digests.ofBytes("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void hashesAFileLargerThanAnyBuffer(@TempDir Path dir) throws IOException {
    byte[] content = new byte[3 * 64 * 1024 + 17];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31 + 7);
    }
    Path file = Files.write(dir.resolve("big.bin"), content);
    assertEquals(Digests.ofBytes(content), Digests.ofFile(file));
  }

  @Test
  void hashesManyFilesOnSeveralThreadsInTheOrderGiven(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      files.add(Files.writeString(dir.resolve("f" + (8 - i) + ".txt"), "content " + i));
    }
    Map<Path, Digests.Sized> hashed = Digests.ofFiles(files, 3);
    assertEquals(files, List.copyOf(hashed.keySet()));
    for (Path file : files) {
      assertEquals(Digests.ofFile(file), hashed.get(file));
    }
  }

  @Test
  void aMissingFileAmongManyFailsWithItsOwnError(@TempDir Path dir) throws IOException {
    Path present = Files.writeString(dir.resolve("present.txt"), "x");
    Path gone = dir.resolve("gone.txt");
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> Digests.ofFiles(List.of(present, gone, present.resolveSibling("also-gone.txt")), 2));
    assertEquals(gone.toString(), e.getFile());
  }

  @Test
  void verifyingStreamPassesTheBytesThroughWhenTheyMatch() throws IOException {
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = new VerifyingInputStream(new ByteArrayInputStream(abc), "assets/a.txt", 3, ABC)) {
      assertEquals('a', in.read());
      assertEquals("bc", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
      assertEquals(-1, in.read());
    }
  }

  @Test
  void verifyingStreamFailsAtTheEndWhenTheSourceChanged() throws IOException {
    byte[] abd = "abd".getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = new VerifyingInputStream(new ByteArrayInputStream(abd), "assets/a.txt", 3, ABC)) {
      IntegrityException e = assertThrows(IntegrityException.class, in::readAllBytes);
      assertEquals("source of assets/a.txt changed after planning: expected 3 bytes with sha256 " + ABC
          + ", read 3 bytes with sha256 " + Digests.ofBytes(abd).sha256(), e.getMessage());
    }
  }

  @Test
  void verifyingStreamReportsADifferentSize() throws IOException {
    byte[] ab = "ab".getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = new VerifyingInputStream(new ByteArrayInputStream(ab), "assets/a.txt", 3, ABC)) {
      IntegrityException e = assertThrows(IntegrityException.class, () -> {
        while (in.read() >= 0) {
          // drain one byte at a time: the single-byte path checks too
        }
      });
      assertEquals("source of assets/a.txt changed after planning: expected 3 bytes with sha256 " + ABC
          + ", read 2 bytes with sha256 " + Digests.ofBytes(ab).sha256(), e.getMessage());
    }
  }

  @Test
  void verifyingStreamFailsAsSoonAsTheSourceGrowsPastThePlannedSize() throws IOException {
    byte[] abcd = "abcd".getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = new VerifyingInputStream(new ByteArrayInputStream(abcd), "assets/a.txt", 3, ABC)) {
      assertEquals(3, in.readNBytes(3).length);
      IntegrityException e = assertThrows(IntegrityException.class, in::read);
      assertEquals("source of assets/a.txt changed after planning: expected 3 bytes with sha256 " + ABC
          + ", found more", e.getMessage());
    }
  }

  @Test
  void verifyingStreamRefusesToSkip() throws IOException {
    try (InputStream in = new VerifyingInputStream(new ByteArrayInputStream(new byte[4]), "assets/a.bin", 4, EMPTY)) {
      IOException e = assertThrows(IOException.class, () -> in.skip(2));
      assertEquals("skipping would bypass verification of assets/a.bin", e.getMessage());
    }
  }

  @Property
  void streamSinkAndBytesAgree(@ForAll @Size(max = 5000) byte[] content, @ForAll boolean oneByteAtATime)
      throws IOException {
    Digests.Sized expected = Digests.ofBytes(content);
    assertEquals(expected, Digests.ofStream(new ByteArrayInputStream(content)));
    Digests.Sink sink = new Digests.Sink();
    if (oneByteAtATime) {
      for (byte b : content) {
        sink.write(b);
      }
    } else {
      sink.write(content, 0, content.length);
    }
    assertEquals(expected, sink.result());
    try (InputStream in = new VerifyingInputStream(new ByteArrayInputStream(content), "x", content.length,
        expected.sha256())) {
      assertEquals(content.length, in.readAllBytes().length);
    }
  }
}
