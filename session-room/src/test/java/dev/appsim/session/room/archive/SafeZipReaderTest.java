package dev.appsim.session.room.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.room.error.IntegrityException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeZipReaderTest {
  @TempDir Path dir;

  private Path small() throws IOException {
    Path out = dir.resolve("small.room");
    new RoomZipWriter(WriteOptions.defaults()).write(out, List.of(
        ZipEntrySpec.storedPlain("mimetype", ZipEntrySource.ofBytes("m".getBytes(UTF_8))),
        ZipEntrySpec.deflated("a.txt", ZipEntrySource.ofBytes("aaaa".getBytes(UTF_8)))), WriteProgressListener.NONE);
    return out;
  }

  @Test
  void exposesEntryMetadata() throws IOException {
    try (SafeZipReader reader = SafeZipReader.open(small())) {
      assertEquals(new ZipEntryInfo("mimetype", ZipMethod.STORED, 1, 1, RawZipBuilder.crc("m".getBytes(UTF_8)), 38),
          reader.entries().get(0));
      ZipEntryInfo a = reader.entry("a.txt").orElseThrow();
      assertEquals(4, a.size());
      assertEquals(ZipMethod.DEFLATED, a.method());
      assertEquals(5, reader.totalSize());
    }
  }

  @Test
  void failsToOpenAnEntryThatIsNotThere() throws IOException {
    try (SafeZipReader reader = SafeZipReader.open(small())) {
      IntegrityException e = assertThrows(IntegrityException.class, () -> reader.openStream("b.txt"));
      assertEquals("small.room: no entry \"b.txt\"", e.getMessage());
      assertEquals("b.txt", e.location());
      IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
          () -> reader.openStream(new ZipEntryInfo("a.txt", ZipMethod.STORED, 4, 4, 0, 0)));
      assertEquals("entry \"a.txt\" is not an entry of small.room", foreign.getMessage());
    }
  }

  @Test
  void failsToReadAfterClose() throws IOException {
    SafeZipReader reader = SafeZipReader.open(small());
    reader.close();
    IOException e = assertThrows(IOException.class, () -> reader.openStream("a.txt"));
    assertEquals("small.room is closed", e.getMessage());
  }

  @Test
  void reportsAMissingArchiveAsIoException() {
    Path missing = dir.resolve("missing.room");
    assertEquals(missing.toString(),
        assertThrows(NoSuchFileException.class, () -> SafeZipReader.open(missing)).getMessage());
  }

  @Test
  void rejectsBadLimitsNamingTheValue() {
    assertEquals("maxEntries (0) must be positive", assertThrows(IllegalArgumentException.class,
        () -> ArchiveLimits.defaults().toBuilder().maxEntries(0).build()).getMessage());
    assertEquals("ratioThreshold (-1) must be zero or more", assertThrows(IllegalArgumentException.class,
        () -> ArchiveLimits.defaults().toBuilder().ratioThreshold(-1).build()).getMessage());
  }

  @Test
  void documentsTheSafetyDefaults() {
    ArchiveLimits limits = ArchiveLimits.defaults();
    assertEquals(List.of(10_000L, 1L << 30, 4L << 30, 100L, 1L << 20, 1024L, 255L, 32L),
        List.of((long) limits.maxEntries(), limits.maxEntrySize(), limits.maxTotalSize(), (long) limits.maxRatio(),
            limits.ratioThreshold(), (long) limits.maxNameBytes(), (long) limits.maxSegmentBytes(),
            (long) limits.maxDepth()));
  }

  @Test
  void readsAndWritesZip64EndRecordsWhenEntriesOverflowSixteenBits() throws IOException {
    List<ZipEntrySpec> specs = new ArrayList<>();
    int count = 65_536;
    for (int i = 0; i < count; i++) {
      specs.add(ZipEntrySpec.storedPlain("e/" + i, ZipEntrySource.ofBytes(new byte[] {(byte) i})));
    }
    Path out = dir.resolve("many.zip");
    new RoomZipWriter(WriteOptions.defaults()).write(out, specs, WriteProgressListener.NONE);
    try (SafeZipReader reader = SafeZipReader.open(out, ArchiveLimits.defaults().toBuilder().maxEntries(count).build())) {
      assertEquals(count, reader.entries().size());
      try (InputStream in = reader.openStream("e/65535")) {
        assertEquals(0xFF, in.read());
        assertEquals(-1, in.read());
      }
    }
  }

  @Test
  void readsStreamedArchivesWithDataDescriptors() throws IOException {
    Path out = dir.resolve("streamed.zip");
    try (java.util.zip.ZipOutputStream zos = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(out))) {
      for (String name : List.of("one.txt", "dir/two.txt")) {
        zos.putNextEntry(new java.util.zip.ZipEntry(name));
        zos.write((name + " content").repeat(50).getBytes(UTF_8));
        zos.closeEntry();
      }
    }
    try (SafeZipReader reader = SafeZipReader.open(out)) {
      assertEquals("dir/two.txt content".repeat(50), new String(RoomZipFixtures.readAll(reader, "dir/two.txt"), UTF_8));
      assertEquals("one.txt content".repeat(50), new String(RoomZipFixtures.readAll(reader, "one.txt"), UTF_8));
    }
  }
}
