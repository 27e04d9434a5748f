package dev.appsim.session.room.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.room.error.IntegrityException;
import dev.appsim.session.room.error.UnsafeArchiveException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeZipReaderHostileTest {
  private static final byte[] DATA = "hello".getBytes(UTF_8);

  @TempDir Path dir;

  private UnsafeArchiveException rejected(RawZipBuilder zip) throws IOException {
    return rejected(zip, ArchiveLimits.defaults());
  }

  private UnsafeArchiveException rejected(RawZipBuilder zip, ArchiveLimits limits) throws IOException {
    Path file = zip.write(dir.resolve("bad.zip"));
    return assertThrows(UnsafeArchiveException.class, () -> SafeZipReader.open(file, limits).close());
  }

  private void assertRejected(RawZipBuilder zip, String entry, String message) throws IOException {
    UnsafeArchiveException e = rejected(zip);
    assertEquals(message, e.getMessage());
    assertEquals(entry, e.location());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "../x | name has a \"..\" segment",
      "a/../../x | name has a \"..\" segment",
      "./a | name has a \".\" segment",
      "/x | name is absolute",
      "C:\\x | name contains forbidden character ':'",
      "C:x | name contains forbidden character ':'",
      "\\\\host\\share\\x | name contains forbidden character '\\'",
      "\\\\?\\C:\\x | name contains forbidden character '\\'",
      "a\\b | name contains forbidden character '\\'",
      "a//b | name has an empty segment",
      "CON | name has a Windows device segment \"CON\"",
      "dir/aux.json | name has a Windows device segment \"aux.json\"",
      "lpt1 | name has a Windows device segment \"lpt1\"",
      "COM\u00B9 | name has a Windows device segment \"COM\u00B9\"",
      "lpt\u00B2 | name has a Windows device segment \"lpt\u00B2\"",
      "dir/COM\u00B3.txt | name has a Windows device segment \"COM\u00B3.txt\"",
      "'com\u00B9 .txt' | name has a Windows device segment \"com\u00B9 .txt\"",
      "COM0 | name has a Windows device segment \"COM0\"",
      "LPT0.png | name has a Windows device segment \"LPT0.png\"",
      "trailing. | name has a segment ending in '.': \"trailing.\"",
      "'space /x' | name has a segment ending in ' ': \"space \"",
      "a*b | name contains forbidden character '*'",
      "a?b | name contains forbidden character '?'",
  })
  void rejectsUnsafeNames(String name, String problem) throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored(name, DATA);
    assertRejected(zip, name, "bad.zip: entry \"" + name + "\" " + problem);
  }

  @Test
  void rejectsAnEmptyName() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("", DATA);
    assertRejected(zip, "", "bad.zip: entry \"\" name is empty");
  }

  @Test
  void rejectsNulAndControlCharactersShowingThemEscaped() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a\0b", DATA);
    assertRejected(zip, "a\0b", "bad.zip: entry \"a\\u0000b\" name contains control character U+0000");
  }

  @Test
  void rejectsNamesThatAreNotUtf8() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.add(new byte[] {'a', (byte) 0xC3, '(', 'b'}, DATA, DATA, 0);
    UnsafeArchiveException e = rejected(zip);
    assertEquals("bad.zip: entry \"a\uFFFD(b\" name is not valid UTF-8: byte 0xC3 at offset 1 starts an invalid,"
        + " overlong or truncated sequence", e.getMessage());
  }

  @Test
  void rejectsOverLongNamesSegmentsAndDepth() throws IOException {
    String longName = "a/".repeat(300) + "b".repeat(425);
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored(longName, DATA);
    assertEquals("bad.zip: entry \"" + longName.substring(0, 200) + "... (1025 characters)\" name is 1025 bytes long, more than the"
        + " limit of 1024", rejected(zip).getMessage());

    String longSegment = "s".repeat(256);
    zip = new RawZipBuilder();
    zip.stored(longSegment, DATA);
    assertEquals("bad.zip: entry \"" + longSegment.substring(0, 200) + "... (256 characters)\" name has a segment of 256 bytes, more than the limit of 255",
        rejected(zip).getMessage());

    String deep = "d/".repeat(32) + "f";
    zip = new RawZipBuilder();
    zip.stored(deep, DATA);
    assertEquals("bad.zip: entry \"" + deep + "\" name has 33 segments, more than the limit of 32",
        rejected(zip).getMessage());
  }

  @Test
  void rejectsExactDuplicates() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a.txt", DATA);
    zip.stored("a.txt", DATA);
    assertRejected(zip, "a.txt", "bad.zip: entry \"a.txt\" name is a duplicate");
  }

  @Test
  void rejectsNamesEqualButForCase() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("Dir/A.txt", DATA);
    zip.stored("Dir/a.txt", DATA);
    assertRejected(zip, "Dir/a.txt",
        "bad.zip: entry \"Dir/a.txt\" name differs only by case, Unicode normalisation or invisible characters from \"Dir/A.txt\"");
  }

  @Test
  void rejectsFoldersEqualButForCase() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("Dir/a.txt", DATA);
    zip.stored("dir/b.txt", DATA);
    assertRejected(zip, "dir/b.txt",
        "bad.zip: entry \"dir/b.txt\" folder \"dir\" differs only by case, Unicode normalisation or invisible characters from \"Dir\"");
  }

  @Test
  void rejectsNamesEqualButForUnicodeNormalisation() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("caf\u00e9.txt", DATA);
    zip.stored("cafe\u0301.txt", DATA);
    assertRejected(zip, "cafe\u0301.txt",
        "bad.zip: entry \"cafe\u0301.txt\" name differs only by case, Unicode normalisation or invisible characters from \"caf\u00e9.txt\"");
  }

  @ParameterizedTest
  @CsvSource({"a\u200Cb.txt", "\uFEFFab.txt", "a\u00ADb.txt", "ab\uFE0F.txt", "a\u2060b.txt", "a\u200Bb.txt",
      "a\u200Db.txt", "a\uDB40\uDC01b.txt", "A\u200Bb.TXT"})
  void rejectsNamesEqualButForInvisibleCharacters(String twin) throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("ab.txt", DATA);
    zip.stored(twin, DATA);
    assertRejected(zip, twin, "bad.zip: entry \"" + twin + "\" name differs only by case, Unicode normalisation or"
        + " invisible characters from \"ab.txt\"");
  }

  @Test
  void rejectsFoldersEqualButForInvisibleCharacters() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("d/x", DATA);
    zip.stored("d\u200D/y", DATA);
    assertRejected(zip, "d\u200D/y", "bad.zip: entry \"d\u200D/y\" folder \"d\u200D\" differs only by case, Unicode"
        + " normalisation or invisible characters from \"d\"");
  }

  @Test
  void readsNamesWithInvisibleCharactersThatClashWithNothing() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645.txt", DATA);
    Path file = zip.write(dir.resolve("good.zip"));
    try (SafeZipReader reader = SafeZipReader.open(file)) {
      assertEquals(1, reader.entries().size());
    }
  }

  @Test
  void rejectsAFileThatIsAlsoAFolder() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA);
    zip.stored("a/b", DATA);
    assertRejected(zip, "a/b", "bad.zip: entry \"a/b\" name needs a folder \"a\" but that is a file");

    zip = new RawZipBuilder();
    zip.stored("a/b", DATA);
    zip.stored("a", DATA);
    assertRejected(zip, "a", "bad.zip: entry \"a\" name is a file but also the folder of \"a/b\"");
  }

  @Test
  void rejectsADirectoryEntryCarryingData() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("d/", DATA);
    assertRejected(zip, "d/", "bad.zip: entry \"d/\" is a directory but carries 5 bytes of data");
  }

  @Test
  void rejectsSymlinkEntries() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("link", "/etc/passwd".getBytes(UTF_8)).externalAttributes = 0120777L << 16;
    assertRejected(zip, "link", "bad.zip: entry \"link\" is a symbolic link");
  }

  @Test
  void rejectsDeviceFileEntries() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("fifo", new byte[0]).externalAttributes = 010644L << 16;
    assertRejected(zip, "fifo", "bad.zip: entry \"fifo\" is a special file (mode 010644)");
  }

  @ParameterizedTest
  @CsvSource({"93", "12", "9", "14", "95", "6"})
  void rejectsMethodsOtherThanStoredAndDeflatedBeforeAnyStreamIsOpened(int method) throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("m.bin", DATA).method(method);
    assertRejected(zip, "m.bin",
        "bad.zip: entry \"m.bin\" uses compression method " + method + "; only 0 (stored) and 8 (deflated) are allowed");
  }

  @Test
  void rejectsEncryptedEntries() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("secret", DATA).flags(0x0801);
    assertRejected(zip, "secret", "bad.zip: entry \"secret\" is encrypted");

    zip = new RawZipBuilder();
    zip.stored("secret", DATA).localFlags = 0x0801;
    assertRejected(zip, "secret", "bad.zip: entry \"secret\" is encrypted");
  }

  @Test
  void rejectsAHighRatioEntryBeforeInflatingIt() throws IOException {
    long size = 200L << 20;
    byte[] bomb = deflatedZeros(size);
    RawZipBuilder zip = new RawZipBuilder();
    RawZipBuilder.Entry e = zip.add("zeros.bin".getBytes(UTF_8), new byte[0], bomb, 8);
    e.sizes(size);
    assertRejected(zip, "zeros.bin", "bad.zip: entry \"zeros.bin\" expands 209715200 bytes from " + bomb.length
        + ", more than the limit ratio of 100:1");
  }

  /** 200 MB of zeros deflate to about 200 kB; streamed, never held uncompressed. */
  private static byte[] deflatedZeros(long size) {
    Deflater d = new Deflater(9, true);
    byte[] zeros = new byte[1 << 20];
    byte[] buf = new byte[1 << 16];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long fed = 0; fed < size; fed += zeros.length) {
      d.setInput(zeros);
      while (!d.needsInput()) {
        out.write(buf, 0, d.deflate(buf));
      }
    }
    d.finish();
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  @Test
  void rejectsEntriesAndTotalsOverTheLimits() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    for (int i = 0; i < 5; i++) {
      zip.stored("f" + i, DATA);
    }
    UnsafeArchiveException e = rejected(zip, ArchiveLimits.defaults().toBuilder().maxEntries(3).build());
    assertEquals("bad.zip: archive has 5 entries, more than the limit of 3", e.getMessage());
    assertEquals("", e.location());

    e = rejected(zip, ArchiveLimits.defaults().toBuilder().maxEntrySize(4).build());
    assertEquals("bad.zip: entry \"f0\" is 5 bytes uncompressed, more than the limit of 4", e.getMessage());

    e = rejected(zip, ArchiveLimits.defaults().toBuilder().maxTotalSize(12).build());
    assertEquals("bad.zip: entry \"f2\" brings the total uncompressed size to 15 bytes, more than the limit of 12",
        e.getMessage());
  }

  @Test
  void rejectsAnEndRecordClaimingMoreEntriesThanTheDirectoryHolds() throws IOException {
    RawZipBuilder zip = new RawZipBuilder().countOverride(9000);
    zip.stored("a", DATA);
    assertRejected(zip, "", "bad.zip: end record claims 9000 entries, more than a 47-byte central directory can hold");
  }

  @Test
  void rejectsLocalHeadersThatDisagreeWithTheDirectory() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("good.txt", DATA).localName = "evil.txt".getBytes(UTF_8);
    assertRejected(zip, "good.txt",
        "bad.zip: entry \"good.txt\" local header names it \"evil.txt\", the central directory does not");

    zip = new RawZipBuilder();
    zip.stored("m.txt", DATA).localMethod = 8;
    assertRejected(zip, "m.txt", "bad.zip: entry \"m.txt\" local header says method 8, the central directory 0");

    zip = new RawZipBuilder();
    zip.stored("s.txt", DATA).localSize = 50;
    assertRejected(zip, "s.txt",
        "bad.zip: entry \"s.txt\" local header says 50 bytes (compressed 5, CRC 3610a686), the central directory 5"
            + " (compressed 5, CRC 3610a686)");
  }

  @Test
  void rejectsStoredEntriesWhoseSizesDiffer() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    RawZipBuilder.Entry e = zip.stored("s.txt", DATA);
    e.size = 4;
    assertRejected(zip, "s.txt", "bad.zip: entry \"s.txt\" is stored but its size 4 differs from its compressed size 5");
  }

  @Test
  void rejectsOverlappingEntries() throws IOException {
    RawZipBuilder scratch = new RawZipBuilder();
    RawZipBuilder.Entry inner = scratch.deflated("inner.bin", new byte[1000]);
    byte[] embedded = RawZipBuilder.localRecord(inner);
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("outer.bin", embedded);
    RawZipBuilder.Entry shared = zip.deflated("inner.bin", new byte[1000]);
    shared.emitLocal = false;
    shared.centralOffset = 30 + "outer.bin".length();
    assertRejected(zip, "inner.bin", "bad.zip: entry \"inner.bin\" overlaps the data of entry \"outer.bin\"");
  }

  @Test
  void rejectsTwoEntriesSharingOneLocalHeader() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a.txt", DATA);
    RawZipBuilder.Entry twin = zip.stored("b.txt", DATA);
    twin.emitLocal = false;
    twin.centralOffset = 0;
    assertRejected(zip, "b.txt",
        "bad.zip: entry \"b.txt\" local header names it \"a.txt\", the central directory does not");
  }

  @Test
  void rejectsBytesBeforeAndAfterTheArchive() throws IOException {
    RawZipBuilder zip = new RawZipBuilder().prefix("MZ junk".getBytes(UTF_8));
    zip.stored("a", DATA);
    assertRejected(zip, "", "bad.zip: central directory (offset 36, 47 bytes) does not end at the end records"
        + " (offset 90): bytes before the archive or a corrupt end record");

    zip = new RawZipBuilder().suffix("trailer".getBytes(UTF_8));
    zip.stored("a", DATA);
    assertRejected(zip, "", "bad.zip: bytes follow the end of the archive (end record at offset 83 with a 0-byte"
        + " comment, file is 112 bytes)");
  }

  @Test
  void rejectsAFileThatIsNotAZip() throws IOException {
    Path file = dir.resolve("bad.zip");
    java.nio.file.Files.writeString(file, "just some text, long enough to be looked at");
    UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class, () -> SafeZipReader.open(file));
    assertEquals("bad.zip: no end of central directory record in the last 43 bytes", e.getMessage());
  }

  @Test
  void failsAStreamThatInflatesToMoreThanDeclared() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.deflated("more.txt", new byte[200]).sizes(100);
    IntegrityException e = readFails(zip, "more.txt");
    assertEquals("bad.zip: entry \"more.txt\": inflates to more than the declared 100 bytes", e.getMessage());
    assertEquals("more.txt", e.location());
  }

  @Test
  void failsAStreamThatInflatesToFewerBytesThanDeclared() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.deflated("less.txt", new byte[200]).sizes(300);
    assertEquals("bad.zip: entry \"less.txt\": inflates to 200 bytes, not the declared 300",
        readFails(zip, "less.txt").getMessage());
  }

  @Test
  void failsAStreamWhoseCrcDiffers() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.deflated("crc.txt", DATA).crc(0x12345678L);
    assertEquals("bad.zip: entry \"crc.txt\": CRC-32 is 3610a686, the directory says 12345678",
        readFails(zip, "crc.txt").getMessage());

    zip = new RawZipBuilder();
    zip.stored("crc.txt", DATA).crc(0x12345678L);
    assertEquals("bad.zip: entry \"crc.txt\": CRC-32 is 3610a686, the directory says 12345678",
        readFails(zip, "crc.txt").getMessage());
  }

  @Test
  void failsAStreamWithCorruptDeflateData() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.add("junk.bin".getBytes(UTF_8), DATA, new byte[] {(byte) 0xFF, (byte) 0xFF, 0, 1, 2}, 8);
    assertEquals("bad.zip: entry \"junk.bin\": corrupt deflate data (invalid block type)",
        readFails(zip, "junk.bin").getMessage());
  }

  @Test
  void failsAStreamWhoseCompressedSizeHidesTrailingBytes() throws IOException {
    byte[] deflated = RawZipBuilder.deflate(DATA);
    byte[] padded = java.util.Arrays.copyOf(deflated, deflated.length + 3);
    RawZipBuilder zip = new RawZipBuilder();
    zip.add("pad.txt".getBytes(UTF_8), DATA, padded, 8);
    assertEquals("bad.zip: entry \"pad.txt\": deflate data ends after " + deflated.length + " of the declared "
        + padded.length + " compressed bytes", readFails(zip, "pad.txt").getMessage());
  }

  @Test
  void failsAStreamWhoseCompressedSizeIsTooShort() throws IOException {
    byte[] content = new byte[5000];
    new java.util.Random(7).nextBytes(content);
    byte[] deflated = RawZipBuilder.deflate(content);
    byte[] cut = java.util.Arrays.copyOf(deflated, deflated.length - 10);
    RawZipBuilder zip = new RawZipBuilder();
    zip.add("cut.bin".getBytes(UTF_8), content, cut, 8);
    assertEquals("bad.zip: entry \"cut.bin\": deflate data is truncated: the declared " + cut.length
        + " compressed bytes end before the deflate stream does", readFails(zip, "cut.bin").getMessage());
  }

  private IntegrityException readFails(RawZipBuilder zip, String name) throws IOException {
    Path file = zip.write(dir.resolve("bad.zip"));
    try (SafeZipReader reader = SafeZipReader.open(file)) {
      return assertThrows(IntegrityException.class, () -> {
        try (InputStream in = reader.openStream(name)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      });
    }
  }
}
