package dev.appsim.session.room.archive;

import static dev.appsim.session.room.archive.ZipAssertions.assertRejected;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extra fields: only the few a room may carry, each once and bounded; none that renames an entry. */
class SafeZipReaderExtraFieldTest {
  private static final byte[] DATA = "hello".getBytes(UTF_8);
  private static final String ALLOWED = "(allowed: 0x0001 ZIP64, 0x000A NTFS times, 0x5455 timestamps, 0x7875 Unix"
      + " owner, 0xA11E alignment)";

  @TempDir Path dir;

  /** Info-ZIP's Unicode Path field: version 1, CRC-32 of the raw name, then the name other tools use. */
  static byte[] unicodePath(String rawName, String otherName) {
    byte[] other = otherName.getBytes(UTF_8);
    byte[] data = RawZipBuilder.le(5 + other.length).put((byte) 1)
        .putInt((int) RawZipBuilder.crc(rawName.getBytes(UTF_8))).put(other).array();
    return RawZipBuilder.extraField(0x7075, data);
  }

  @Test
  void refusesAUnicodePathFieldInTheDirectory() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("harmless.txt", DATA).centralExtra = unicodePath("harmless.txt", "../../x");
    assertRejected(dir, zip, "harmless.txt", "bad.zip: entry \"harmless.txt\" carries an Info-ZIP Unicode Path extra field"
        + " (0x7075) in its central directory record: unzip and 7-Zip would name it \"../../x\" instead");
  }

  @Test
  void refusesAUnicodePathFieldInALocalHeader() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("harmless.txt", DATA).localExtra = unicodePath("harmless.txt", "/etc/cron.d/x");
    assertRejected(dir, zip, "harmless.txt", "bad.zip: entry \"harmless.txt\" carries an Info-ZIP Unicode Path extra field"
        + " (0x7075) in its local header: unzip and 7-Zip would name it \"/etc/cron.d/x\" instead");
  }

  @Test
  void refusesAUnicodeCommentField() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).centralExtra = RawZipBuilder.extraField(0x6375, new byte[] {1, 0, 0, 0, 0, 'x'});
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" carries an Info-ZIP Unicode Comment extra field (0x6375) in its"
        + " central directory record; a room's entries have no comments");
  }

  @Test
  void refusesFieldsARoomDoesNotUse() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).centralExtra = RawZipBuilder.extraField(0xCAFE, new byte[0]);
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" carries extra field 0xCAFE in its central directory record, which a"
        + " room does not use " + ALLOWED);
  }

  @Test
  void refusesADirectoryFullOfEmptyExtraFieldsAtTheFirstOne() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    for (int i = 0; i < 20; i++) {
      zip.stored("f" + i, DATA).centralExtra = new byte[0xFFFC];
    }
    assertRejected(dir, zip, "f0", "bad.zip: entry \"f0\" carries extra field 0x0000 in its central directory record, which"
        + " a room does not use " + ALLOWED);
  }

  @Test
  void refusesAFieldTwice() throws IOException {
    byte[] time = RawZipBuilder.extraField(0x5455, new byte[] {1, 0, 0, 0, 0});
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).centralExtra = RawZipBuilder.concat(time, time);
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" carries extra field 0x5455 twice in its central directory record");
  }

  @Test
  void refusesAFieldLongerThanItNeeds() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).localExtra = RawZipBuilder.extraField(0x5455, new byte[20]);
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" carries a 20-byte extra field 0x5455 in its local header, more than"
        + " the 13 bytes that field needs");

    zip = new RawZipBuilder();
    zip.stored("a", DATA).localExtra = RawZipBuilder.extraField(0xA11E, new byte[5000]);
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" carries a 5000-byte extra field 0xA11E in its local header, more"
        + " than the 4098 bytes that field needs");
  }

  @Test
  void refusesAnAreaThatEndsInsideAField() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).centralExtra = new byte[] {0x55, 0x54};
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" has an extra-field area in its central directory record that ends"
        + " inside a field header (2 bytes left over)");

    zip = new RawZipBuilder();
    zip.stored("a", DATA).centralExtra = new byte[] {0x55, 0x54, 9, 0, 1, 0, 0, 0, 0};
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" has an extra field 0x5455 in its central directory record that"
        + " claims 9 bytes, but only 5 follow");
  }

  @Test
  void readsTheFieldsInfoZipAndWindowsToolsWrite() throws IOException {
    byte[] centralTime = RawZipBuilder.extraField(0x5455, new byte[] {3, 1, 2, 3, 4});
    byte[] localTime = RawZipBuilder.extraField(0x5455, new byte[] {3, 1, 2, 3, 4, 5, 6, 7, 8});
    byte[] owner = RawZipBuilder.extraField(0x7875, new byte[] {1, 4, (byte) 0xE8, 3, 0, 0, 4, (byte) 0xE8, 3, 0, 0});
    byte[] ntfs = RawZipBuilder.extraField(0x000A, new byte[32]);
    RawZipBuilder zip = new RawZipBuilder();
    RawZipBuilder.Entry e = zip.stored("a.txt", DATA);
    e.centralExtra = RawZipBuilder.concat(centralTime, owner, ntfs);
    e.localExtra = RawZipBuilder.concat(localTime, owner);
    Path file = zip.write(dir.resolve("good.zip"));
    try (SafeZipReader reader = SafeZipReader.open(file)) {
      assertEquals("hello", new String(RoomZipFixtures.readAll(reader, "a.txt"), UTF_8));
    }
  }
}
