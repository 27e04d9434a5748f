package dev.appsim.session.room.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomZipWriterTest {
  @TempDir Path dir;

  private Path write(String file, List<ZipEntrySpec> specs, WriteOptions options) throws IOException {
    Path out = dir.resolve(file);
    new RoomZipWriter(options).write(out, specs, WriteProgressListener.NONE);
    return out;
  }

  @Test
  void writesIdenticalBytesWhateverThreadsTimesTimeZoneAndLocale() throws IOException {
    Map<String, Path> tree = RoomZipFixtures.sourceTree(dir.resolve("src"));
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      byte[] one = Files.readAllBytes(write("one.room", RoomZipFixtures.specs(tree), WriteOptions.defaults().withThreads(1)));

      for (Path p : tree.values()) {
        Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2031-07-04T13:37:00Z")));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
      }
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(new Locale("tr", "TR"));
      byte[] four = Files.readAllBytes(write("four.room", RoomZipFixtures.specs(tree),
          WriteOptions.defaults().withThreads(4).withSpillThreshold(64 << 10)));

      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      byte[] two = Files.readAllBytes(write("two.room", RoomZipFixtures.specs(tree), WriteOptions.defaults().withThreads(2)));

      assertArrayEquals(one, four);
      assertArrayEquals(one, two);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void commonsCompressDosTimeDependsOnTheTimeZoneWhichIsWhyTheWriterFixesTheRawFields() {
    TimeZone zone = TimeZone.getDefault();
    try {
      long instant = Instant.parse("1980-01-02T12:00:00Z").toEpochMilli();
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      byte[] utc = ZipUtil.toDosTime(instant);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      byte[] kiritimati = ZipUtil.toDosTime(instant);
      assertFalse(java.util.Arrays.equals(utc, kiritimati));
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void writesFixedTimePermissionsVersionAndUtf8FlagInEveryHeader() throws IOException {
    Path out = write("a.room", RoomZipFixtures.specs(RoomZipFixtures.sourceTree(dir.resolve("src"))), WriteOptions.defaults());
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
    int centrals = 0;
    for (int i = 0; i + 46 < b.limit(); i++) {
      if (b.getInt(i) == 0x02014b50) {
        centrals++;
        assertEquals(0x032D, Short.toUnsignedInt(b.getShort(i + 4)), "version made by");
        assertEquals(0x0800, Short.toUnsignedInt(b.getShort(i + 8)), "flags");
        assertEquals(0, b.getShort(i + 12), "DOS time");
        assertEquals(0x21, b.getShort(i + 14), "DOS date 1980-01-01");
        assertEquals(0100644 << 16, b.getInt(i + 38), "external attributes");
        assertEquals(0, b.getShort(i + 30), "central extra length");
      }
    }
    assertEquals(8, centrals);
  }

  @Test
  void writesMimetypeFirstStoredWithoutExtraField() throws IOException {
    Path out = write("a.room", RoomZipFixtures.specs(RoomZipFixtures.sourceTree(dir.resolve("src"))), WriteOptions.defaults());
    byte[] bytes = Files.readAllBytes(out);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0x04034b50, b.getInt(0));
    assertEquals(0, b.getShort(6) & 8, "no data descriptor");
    assertEquals(0, b.getShort(8), "method stored");
    assertEquals(8, b.getShort(26), "name length");
    assertEquals(0, b.getShort(28), "extra length");
    assertEquals("mimetype" + RoomZipFixtures.MIME, new String(bytes, 30, 8 + RoomZipFixtures.MIME.length(), UTF_8));
  }

  @Test
  void alignsStoredEntriesOtherThanMimetypeAt64Bytes() throws IOException {
    Path out = write("a.room", RoomZipFixtures.specs(RoomZipFixtures.sourceTree(dir.resolve("src"))), WriteOptions.defaults());
    try (SafeZipReader reader = SafeZipReader.open(out)) {
      List<ZipEntryInfo> stored = reader.entries().stream()
          .filter(e -> e.method() == ZipMethod.STORED && !e.name().equals("mimetype")).toList();
      assertEquals(2, stored.size());
      for (ZipEntryInfo e : stored) {
        assertEquals(0, e.dataOffset() % 64, e.name() + " at " + e.dataOffset());
      }
      assertEquals(38, reader.entry("mimetype").orElseThrow().dataOffset());
    }
  }

  @Test
  void roundTripsEveryEntryInOrder() throws IOException {
    Map<String, Path> tree = RoomZipFixtures.sourceTree(dir.resolve("src"));
    Path out = write("a.room", RoomZipFixtures.specs(tree), WriteOptions.defaults().withThreads(3));
    try (SafeZipReader reader = SafeZipReader.open(out)) {
      List<String> names = reader.entries().stream().map(ZipEntryInfo::name).toList();
      List<String> expected = new ArrayList<>(List.of("mimetype", "room.json", "session.json"));
      expected.addAll(tree.keySet());
      assertEquals(expected, names);
      for (Map.Entry<String, Path> e : tree.entrySet()) {
        assertArrayEquals(Files.readAllBytes(e.getValue()), RoomZipFixtures.readAll(reader, e.getKey()), e.getKey());
      }
      assertEquals("{\"formatVersion\":\"1.0\"}", new String(RoomZipFixtures.readAll(reader, "session.json"), UTF_8));
      assertEquals(ZipMethod.DEFLATED, reader.entry("assets/mesh.obj").orElseThrow().method());
      assertTrue(reader.entry("assets/mesh.obj").orElseThrow().compressedSize()
          < reader.entry("assets/mesh.obj").orElseThrow().size());
    }
  }

  @Test
  void reportsProgressPerEntryEndingAtTheCorrectedTotals() throws IOException {
    List<long[]> calls = new ArrayList<>();
    Path out = dir.resolve("p.room");
    List<ZipEntrySpec> specs = List.of(
        ZipEntrySpec.storedPlain("mimetype", ZipEntrySource.ofBytes("abc".getBytes(UTF_8))),
        ZipEntrySpec.deflated("rewritten.txt", ZipEntrySource.ofStream(
            () -> new java.io.ByteArrayInputStream(new byte[1000]), 400)),
        ZipEntrySpec.stored("b.bin", ZipEntrySource.ofBytes(new byte[50])));
    new RoomZipWriter(WriteOptions.defaults().withThreads(2)).write(out, specs,
        (done, total, bytes, bytesTotal) -> calls.add(new long[] {done, total, bytes, bytesTotal}));
    assertEquals(3, calls.size());
    assertArrayEquals(new long[] {1, 3, 3, 453}, calls.get(0));
    assertArrayEquals(new long[] {2, 3, 1003, 1053}, calls.get(1));
    assertArrayEquals(new long[] {3, 3, 1053, 1053}, calls.get(2));
  }

  @Test
  void streamsALargeEntryThroughSpillFilesAndLeavesNoTemporaryFiles() throws IOException {
    long size = 24L << 20;
    List<ZipEntrySpec> specs = List.of(
        ZipEntrySpec.deflated("big.txt", ZipEntrySource.ofStream(() -> new CountingText(size), size)),
        ZipEntrySpec.stored("big.bin", ZipEntrySource.ofStream(() -> new CountingText(size / 4), 0)));
    Path out = write("big.room", specs, WriteOptions.defaults().withThreads(2).withSpillThreshold(1 << 20));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList());
    }
    try (SafeZipReader reader = SafeZipReader.open(out);
        InputStream actual = reader.openStream("big.txt");
        InputStream expected = new CountingText(size)) {
      assertEquals(size, reader.entry("big.txt").orElseThrow().size());
      byte[] a = new byte[1 << 16];
      byte[] e = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = actual.readNBytes(a, 0, a.length)) > 0) {
        assertEquals(n, expected.readNBytes(e, 0, n));
        assertTrue(java.util.Arrays.equals(a, 0, n, e, 0, n), "bytes differ near " + total);
        total += n;
      }
      assertEquals(size, total);
      assertEquals(0, reader.entry("big.bin").orElseThrow().dataOffset() % 64);
    }
  }

  /** Deterministic text generated on the fly, never held whole. */
  private static final class CountingText extends InputStream {
    private final long size;
    private long position;

    CountingText(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (position >= size) {
        return -1;
      }
      long p = position++;
      return p % 61 == 60 ? '\n' : '0' + (int) ((p * 2654435761L >>> 7) % 10);
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= size) {
        return -1;
      }
      // Odd-sized reads check that deflate output does not depend on how the stream splits.
      int n = (int) Math.min(Math.min(len, 7919), size - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n;
    }
  }

  @Test
  void rejectsUnsafeOrClashingNamesWithIllegalArgument() {
    assertEquals("entry \"../x\": name has a \"..\" segment", badNames("ok.txt", "../x"));
    assertEquals("entry \"A.txt\": name differs only by case, Unicode normalisation or invisible characters from \"a.txt\"",
        badNames("a.txt", "A.txt"));
    assertEquals("entry \"a.txt\": name is a duplicate", badNames("a.txt", "a.txt"));
    assertEquals("entry \"a\u200Cb.txt\": name differs only by case, Unicode normalisation or invisible characters"
        + " from \"ab.txt\"", badNames("ab.txt", "a\u200Cb.txt"));
    assertEquals("entry \"COM\u00B9.txt\": name has a Windows device segment \"COM\u00B9.txt\"", badNames("COM\u00B9.txt"));
    assertEquals("entry \"a/b\": name needs a folder \"a\" but that is a file", badNames("a", "a/b"));
    assertEquals("entry \"d/\": name ends with '/': folders are implied by file names, not written", badNames("d/"));
    assertEquals("entry \"C:x\": name contains forbidden character ':'", badNames("C:x"));
    assertEquals(List.of(), dirListing());
  }

  private String badNames(String... names) {
    List<ZipEntrySpec> specs = Stream.of(names).map(n -> ZipEntrySpec.deflated(n, ZipEntrySource.ofBytes(new byte[1]))).toList();
    return assertThrows(IllegalArgumentException.class, () -> write("bad.room", specs, WriteOptions.defaults())).getMessage();
  }

  private List<Path> dirListing() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void rejectsBadOptionsWithTheValueInTheMessage() {
    assertEquals("threads (0) must be in 1..256",
        assertThrows(IllegalArgumentException.class, () -> WriteOptions.defaults().withThreads(0)).getMessage());
    assertEquals("level (10) must be in 1..9",
        assertThrows(IllegalArgumentException.class, () -> WriteOptions.defaults().withLevel(10)).getMessage());
    assertEquals("spillThreshold (1) must be in 65536..1073741824",
        assertThrows(IllegalArgumentException.class, () -> WriteOptions.defaults().withSpillThreshold(1)).getMessage());
    assertEquals("entry \"x\": aligned is only meaningful for STORED entries, got DEFLATED",
        assertThrows(IllegalArgumentException.class,
            () -> new ZipEntrySpec("x", ZipMethod.DEFLATED, ZipEntrySource.ofBytes(new byte[0]), true)).getMessage());
  }

  @Test
  void failsWithTheEntryNameAndCleansUpWhenASourceIsMissing() {
    Path missing = dir.resolve("missing.bin");
    IOException e = assertThrows(IOException.class, () -> write("x.room",
        List.of(ZipEntrySpec.stored("m.bin", ZipEntrySource.ofPath(missing))), WriteOptions.defaults()));
    assertEquals("entry \"m.bin\": cannot read size of source: java.nio.file.NoSuchFileException: " + missing, e.getMessage());
    assertEquals(List.of(), dirListing());
  }

  @Test
  void failsWithTheEntryNameAndDeletesOutputAndSpillFilesWhenAStreamBreaks() {
    for (int threads : new int[] {1, 3}) {
      List<ZipEntrySpec> specs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        specs.add(ZipEntrySpec.deflated("ok" + i + ".bin",
            ZipEntrySource.ofStream(() -> new CountingText(3 << 20), 3 << 20)));
      }
      specs.add(ZipEntrySpec.deflated("broken.bin", ZipEntrySource.ofStream(() -> new InputStream() {
        private int left = 200_000;

        @Override
        public int read() throws IOException {
          if (left-- <= 0) {
            throw new IOException("disk on fire");
          }
          return 'x';
        }
      }, 1)));
      IOException e = assertThrows(IOException.class,
          () -> write("x.room", specs, WriteOptions.defaults().withThreads(threads).withSpillThreshold(64 << 10)));
      assertEquals("entry \"broken.bin\": disk on fire", e.getMessage());
      assertEquals(List.of(), dirListing());
    }
  }

  @Test
  void failsWhenAFileChangesSizeWhileBeingWritten() throws IOException {
    Path grows = Files.write(dir.resolve("grows.bin"), new byte[10]);
    ZipEntrySource source = ZipEntrySource.ofPath(grows);
    List<ZipEntrySpec> specs = List.of(
        ZipEntrySpec.deflated("first.txt", ZipEntrySource.ofStream(() -> {
          Files.write(grows, new byte[20]);
          return new java.io.ByteArrayInputStream(new byte[3]);
        }, 3)),
        ZipEntrySpec.stored("grows.bin", source));
    IOException e = assertThrows(IOException.class, () -> write("x.room", specs, WriteOptions.defaults().withThreads(1)));
    assertEquals("entry \"grows.bin\": source changed while writing: expected 10 bytes, found more", e.getMessage());
    assertFalse(Files.exists(dir.resolve("x.room")));
    assertNotEquals(0, Files.size(grows));
  }

  @Test
  void storedEntryOfKnownSizeIsStreamedOnceWithoutASpillFile() throws IOException {
    byte[] media = new byte[1 << 20];
    new java.util.Random(7).nextBytes(media);
    List<Path> seenDuringSizedRead = new ArrayList<>();
    List<Path> seenDuringEstimatedRead = new ArrayList<>();
    WriteOptions small = WriteOptions.defaults().withThreads(1).withSpillThreshold(64 << 10);
    Path sized = write("sized.room", List.of(ZipEntrySpec.stored("media.png",
        ZipEntrySource.ofSizedStream(() -> spying(media, seenDuringSizedRead), media.length))), small);
    // The same entry from a stream of estimated size goes through a prepared copy, which spills
    // past the threshold: proof that the probe sees spill files when there are any.
    Path estimated = write("estimated.room", List.of(ZipEntrySpec.stored("media.png",
        ZipEntrySource.ofStream(() -> spying(media, seenDuringEstimatedRead), media.length))), small);
    assertEquals(List.of(), seenDuringSizedRead);
    assertFalse(seenDuringEstimatedRead.isEmpty());
    assertArrayEquals(Files.readAllBytes(estimated), Files.readAllBytes(sized));
    try (SafeZipReader reader = SafeZipReader.open(sized); InputStream in = reader.openStream("media.png")) {
      assertArrayEquals(media, in.readAllBytes());
    }
  }

  @Test
  void sizedStreamThatDeliversFewerBytesFailsTheWrite() {
    List<ZipEntrySpec> specs = List.of(ZipEntrySpec.stored("short.bin",
        ZipEntrySource.ofSizedStream(() -> new java.io.ByteArrayInputStream(new byte[5]), 10)));
    IOException e = assertThrows(IOException.class, () -> write("x.room", specs, WriteOptions.defaults().withThreads(1)));
    assertEquals("entry \"short.bin\": source changed while writing: expected 10 bytes, found 5", e.getMessage());
    assertFalse(Files.exists(dir.resolve("x.room")));
  }

  /** A stream of {@code bytes} that, past the first 128 KiB, records every spill file in {@link #dir}. */
  private InputStream spying(byte[] bytes, List<Path> seen) {
    return new java.io.FilterInputStream(new java.io.ByteArrayInputStream(bytes)) {
      private long read;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        read += Math.max(0, n);
        if (read > (128 << 10)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".spill")).filter(f -> !seen.contains(f)).forEach(seen::add);
          }
        }
        return n;
      }
    };
  }
}
