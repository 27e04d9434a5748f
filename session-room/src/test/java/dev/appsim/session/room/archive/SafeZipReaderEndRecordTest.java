package dev.appsim.session.room.archive;

import static dev.appsim.session.room.archive.ZipAssertions.assertReads;
import static dev.appsim.session.room.archive.ZipAssertions.assertRejected;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End records and tiling: another tool must find the same directory and no bytes outside the
 * entries, the directory and the end records. {@link ZipDifferentialInteropTest} shows with the
 * real tools that these differences are real.
 */
class SafeZipReaderEndRecordTest {
  private static final byte[] DATA = "hello".getBytes(UTF_8);

  @TempDir Path dir;

  private static RawZipBuilder twoEntries() {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA);
    zip.stored("b", DATA);
    return zip;
  }

  @Test
  void refusesAnEndRecordComment() throws IOException {
    RawZipBuilder zip = new RawZipBuilder().endComment("hello".getBytes(UTF_8));
    zip.stored("a", DATA);
    int end = zip.build().length - 5 - 22;
    assertRejected(dir, zip, "", "bad.zip: end record at offset " + end + " has a 5-byte comment; a room has none"
        + " (a comment can hide a second directory)");
  }

  @Test
  void refusesAnEndRecordClaimingACommentItDoesNotHold() throws IOException {
    RawZipBuilder zip = new RawZipBuilder().declaredCommentLength(3);
    zip.stored("a", DATA);
    int end = zip.build().length - 22;
    assertRejected(dir, zip, "", "bad.zip: end record at offset " + end + " claims a 3-byte comment, but it ends the file");
  }

  @Test
  void refusesASecondDirectoryAndEndRecordHiddenInTheComment() throws IOException {
    RawZipBuilder plain = new RawZipBuilder();
    plain.stored("a", DATA);
    byte[] base = plain.build();
    byte[] hidden = hiddenTail(base);
    RawZipBuilder zip = new RawZipBuilder().endComment(hidden);
    zip.stored("a", DATA);
    assertEquals(base.length + hidden.length, zip.build().length);
    assertRejected(dir, zip, "", "bad.zip: a second end record at offset " + (base.length - 22) + " holds the last one"
        + " in its comment; other tools may read the directory it names");
  }

  @Test
  void refusesClassicPlaceholdersWithoutAZip64EndRecord() throws IOException {
    RawZipBuilder zip = new RawZipBuilder().countOverride(0xFFFF);
    zip.stored("a", DATA);
    assertRejected(dir, zip, "", "bad.zip: end record holds ZIP64 placeholders (0xFFFF or 0xFFFFFFFF) but no ZIP64 end"
        + " record precedes it");
  }

  @Test
  void readsZip64EndRecordsThatAgreeWithTheClassicOne() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA);
    zip.zip64().placeholders();
    assertReads(dir, zip, "a", DATA);

    zip = new RawZipBuilder();
    zip.stored("a", DATA);
    zip.zip64();
    assertReads(dir, zip, "a", DATA);
  }

  @Test
  void refusesAZip64EndRecordNamingAnotherDirectory() throws IOException {
    RawZipBuilder zip = twoEntries();
    RawZipBuilder.Zip64 z = zip.zip64();
    long secondRecord = 2 * (30 + 1 + 5) + 46 + 1;
    z.entries = 1;
    z.cdOffset = secondRecord;
    z.cdSize = 47;
    assertRejected(dir, zip, "", "bad.zip: ZIP64 end record says the entry count on this disk is 1 but the classic end"
        + " record says 2 (it must say the same, or 0xFFFF)");

    zip = twoEntries();
    zip.zip64().cdOffset = secondRecord;
    assertRejected(dir, zip, "", "bad.zip: ZIP64 end record says the directory offset is " + secondRecord + " but the"
        + " classic end record says 72 (it must say the same, or 0xFFFFFFFF)");
  }

  @Test
  void refusesAZip64EndRecordWithExtensibleData() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA);
    zip.zip64().recordSize = 100;
    assertRejected(dir, zip, "", "bad.zip: ZIP64 end record declares 100 bytes after its size field, not 44: a room's"
        + " has no extensible data");
  }

  @Test
  void refusesAZip64LocatorPointingElsewhere() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA);
    zip.zip64().locatorOffset = 0;
    assertRejected(dir, zip, "", "bad.zip: ZIP64 locator points at offset 0, but the ZIP64 end record must start at"
        + " offset 83, right before the locator");
  }

  /**
   * A second directory and end record to hide in the comment of {@code base}'s end record, for
   * a one-entry archive whose entry is named "a": the hidden directory names the same local
   * header "e", and tools that read the last end record list "e".
   */
  static byte[] hiddenTail(byte[] base) {
    int cdOffset = base.length - 22 - 47;
    byte[] directory = Arrays.copyOfRange(base, cdOffset, cdOffset + 47);
    directory[46] = 'e';
    byte[] end = RawZipBuilder.le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
        .putShort((short) 1).putShort((short) 1).putInt(47).putInt(base.length).putShort((short) 0).array();
    return RawZipBuilder.concat(directory, end);
  }

  @Test
  void refusesBytesBetweenEntries() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).after = "junk".getBytes(UTF_8);
    zip.stored("b", DATA);
    assertRejected(dir, zip, "", "bad.zip: 4 bytes at offset 36 between entry \"a\" and entry \"b\" belong to no entry");
  }

  @Test
  void refusesBytesBeforeTheDirectory() throws IOException {
    RawZipBuilder zip = twoEntries().beforeDirectory(new byte[9]);
    assertRejected(dir, zip, "", "bad.zip: 9 bytes at offset 72 between entry \"b\" and the central directory belong to"
        + " no entry");
  }

  @Test
  void refusesBytesBeforeTheFirstEntryEvenWithOffsetsThatAccountForThem() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).before = "MZ stub".getBytes(UTF_8);
    assertRejected(dir, zip, "", "bad.zip: 7 bytes precede the first entry \"a\"");
  }

  @Test
  void refusesBytesAfterTheLastDirectoryRecord() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA);
    zip.directoryTrailer(new byte[51]);
    assertRejected(dir, zip, "", "bad.zip: central directory holds 51 bytes after its 1 record, where a second directory"
        + " could hide");

    zip = twoEntries().countOverride(1);
    assertRejected(dir, zip, "", "bad.zip: central directory holds 47 bytes after its 1 record, where a second directory"
        + " could hide");
  }

  @Test
  void readsDirectoryRecordsThatStraddleTheParsersReadWindow() throws IOException {
    // Each record is about 4 KiB, so some cross the parser's 64 KiB window: a regression test
    // for fields read from a window that had already moved on.
    byte[] padding = RawZipBuilder.extraField(0xA11E, new byte[4000]);
    RawZipBuilder zip = new RawZipBuilder();
    for (int i = 0; i < 40; i++) {
      zip.stored("e" + i, ("entry " + i).getBytes(UTF_8)).centralExtra = padding;
    }
    Path file = zip.write(dir.resolve("good.zip"));
    try (SafeZipReader reader = SafeZipReader.open(file)) {
      for (int i = 0; i < 40; i++) {
        assertArrayEquals(("entry " + i).getBytes(UTF_8), RoomZipFixtures.readAll(reader, "e" + i));
      }
    }
  }

  @Test
  void readsAStoredEntryThatIsItselfAZip() throws IOException {
    RawZipBuilder inner = new RawZipBuilder();
    inner.stored("inner.txt", DATA);
    byte[] innerBytes = inner.build();
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("nested.zip", innerBytes);
    zip.stored("b", DATA);
    assertReads(dir, zip, "nested.zip", innerBytes);
  }}
