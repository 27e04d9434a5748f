package dev.appsim.session.room.archive;

import static dev.appsim.session.room.archive.ZipAssertions.assertReads;
import static dev.appsim.session.room.archive.ZipAssertions.assertRejected;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.room.error.UnsafeArchiveException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local headers, data descriptors, ZIP64 fields, attributes and name encodings: each must say
 * what the central directory says, so a streaming reader or another tool sees the same entry.
 */
class SafeZipReaderLocalHeaderTest {
  private static final byte[] DATA = "hello".getBytes(UTF_8);

  @TempDir Path dir;

  @Test
  void refusesFlagsThatDifferFromTheDirectory() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).localFlags = 0x0802;
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" local header has flags 0x0802, the central directory 0x0800");

    zip = new RawZipBuilder();
    zip.stored("a", DATA).localFlags = 0;
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" local header has flags 0x0000, the central directory 0x0800");
  }

  @Test
  void refusesAMissingLocalHeader() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    RawZipBuilder.Entry e = zip.stored("a", DATA);
    e.before = new byte[36];
    e.emitLocal = false;
    e.centralOffset = 0;
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" has no local header at offset 0");
  }

  @Test
  void readsDataDescriptorsWithAndWithoutSignature() throws IOException {
    for (boolean signature : new boolean[] {true, false}) {
      RawZipBuilder zip = new RawZipBuilder();
      RawZipBuilder.Entry e = zip.deflated("d.txt", DATA).flags(0x0808);
      e.localCrc = 0;
      e.localSize = 0;
      e.localCompressedSize = 0;
      e.after = RawZipBuilder.descriptor(e, signature);
      zip.stored("next", DATA);
      assertReads(dir, zip, "d.txt", DATA);
    }
  }

  @Test
  void readsADataDescriptorWhoseHeaderAlreadyHoldsTheValues() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    RawZipBuilder.Entry e = zip.stored("d.txt", DATA).flags(0x0808);
    e.after = RawZipBuilder.descriptor(e, true);
    assertReads(dir, zip, "d.txt", DATA);
  }

  @Test
  void refusesADataDescriptorThatDisagrees() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    RawZipBuilder.Entry e = zip.stored("d.txt", DATA).flags(0x0808);
    e.localCrc = 0;
    e.after = RawZipBuilder.descriptor(e, true);
    e.after[4] ^= 1;
    assertRejected(dir, zip, "d.txt", "bad.zip: entry \"d.txt\" has a data descriptor at offset 40 that does not say CRC"
        + " 3610a686, 5 bytes, compressed 5 as the central directory does");
  }

  @Test
  void refusesAMissingDataDescriptor() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("d.txt", DATA).flags(0x0808);
    assertRejected(dir, zip, "d.txt", "bad.zip: entry \"d.txt\" has bit 3 set, but the 12-byte data descriptor after its"
        + " data (offset 40) does not fit before the next record");

    zip = new RawZipBuilder();
    zip.stored("d.txt", DATA).flags(0x0808);
    zip.stored("next.txt", DATA);
    assertRejected(dir, zip, "d.txt", "bad.zip: entry \"d.txt\" has a data descriptor at offset 40 that does not say CRC"
        + " 3610a686, 5 bytes, compressed 5 as the central directory does");
  }

  @Test
  void refusesAnEntryComment() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).comment = "hi!".getBytes(UTF_8);
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" has a 3-byte comment; a room's entries have none");
  }

  @Test
  void refusesAnEntryOnAnotherDisk() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).diskStart = 1;
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" starts on disk 1; a room is one file");
  }

  @Test
  void refusesAFolderAttributeOnAFileName() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    RawZipBuilder.Entry e = zip.stored("a", DATA);
    e.versionMadeBy = 20;
    e.externalAttributes = 0x10;
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" is marked as a folder (attributes 0x00000010) but its name does"
        + " not end with '/'");

    zip = new RawZipBuilder();
    zip.stored("b", DATA).externalAttributes = 040755L << 16;
    assertRejected(dir, zip, "b", "bad.zip: entry \"b\" is marked as a folder (attributes 0x41ED0000) but its name does"
        + " not end with '/'");
  }

  @Test
  void refusesAUnixLinkModeWhateverHostMadeTheEntry() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    RawZipBuilder.Entry e = zip.stored("link", "/etc/passwd".getBytes(UTF_8));
    e.versionMadeBy = 20;
    e.externalAttributes = 0120777L << 16;
    assertRejected(dir, zip, "link", "bad.zip: entry \"link\" is a symbolic link");
  }

  private byte[] sizes(long size, long compressed) {
    return RawZipBuilder.le(16).putLong(size).putLong(compressed).array();
  }

  @Test
  void readsZip64SizesInBothHeaders() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    RawZipBuilder.Entry e = zip.stored("big", DATA);
    e.size = 0xFFFF_FFFFL;
    e.compressedSize = 0xFFFF_FFFFL;
    e.localSize = 0xFFFF_FFFFL;
    e.localCompressedSize = 0xFFFF_FFFFL;
    e.extra(RawZipBuilder.extraField(0x0001, sizes(5, 5)));
    assertReads(dir, zip, "big", DATA);
  }

  @Test
  void refusesPlaceholdersWithoutAZip64Field() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    RawZipBuilder.Entry e = zip.stored("big", DATA);
    e.size = 0xFFFF_FFFFL;
    e.compressedSize = 0xFFFF_FFFFL;
    assertRejected(dir, zip, "big", "bad.zip: entry \"big\" has ZIP64 placeholders (0xFFFFFFFF) in its central directory"
        + " record but no ZIP64 extra field");

    zip = new RawZipBuilder();
    e = zip.stored("big", DATA);
    e.localSize = 0xFFFF_FFFFL;
    e.localCompressedSize = 0xFFFF_FFFFL;
    assertRejected(dir, zip, "big", "bad.zip: entry \"big\" has 32-bit sizes of 0xFFFFFFFF in its local header but no"
        + " ZIP64 extra field");
  }

  @Test
  void refusesAZip64FieldHoldingValuesNoPlaceholderAsksFor() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).centralExtra = RawZipBuilder.extraField(0x0001, RawZipBuilder.le(8).putLong(99).array());
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" has a ZIP64 extra field of 8 bytes in its central directory"
        + " record, but its placeholders need 0");
  }

  @Test
  void refusesALocalZip64FieldOfTheWrongLengthOrValue() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).localExtra = RawZipBuilder.extraField(0x0001, RawZipBuilder.le(8).putLong(5).array());
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" has a ZIP64 extra field of 8 bytes in its local header, not the"
        + " 16 that hold both sizes");

    zip = new RawZipBuilder();
    zip.stored("a", DATA).localExtra = RawZipBuilder.extraField(0x0001, sizes(500, 5));
    assertRejected(dir, zip, "a", "bad.zip: entry \"a\" has a local header whose ZIP64 extra field says size 500 where the"
        + " header says 5");
  }

  @Test
  void refusesNonAsciiNamesWithoutTheUtf8Flag() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("caf\u00e9.txt", DATA).flags(0);
    assertRejected(dir, zip, "caf\u00e9.txt", "bad.zip: entry \"caf\u00e9.txt\" name is not ASCII (byte 0xC3 at offset 3)"
        + " and its UTF-8 flag (bit 11) is not set, so other tools would read it as CP437");
  }

  @Test
  void readsAsciiNamesWithoutTheUtf8Flag() throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("plain.txt", DATA).flags(0);
    assertReads(dir, zip, "plain.txt", DATA);
  }

  @Test
  void refusesOverlongAndOtherInvalidUtf8() throws IOException {
    List<byte[]> names = List.of(
        new byte[] {'a', (byte) 0xC0, (byte) 0xAF, 'b'},                          // overlong '/'
        new byte[] {'a', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, 'b'},             // overlong '/', 3 bytes
        new byte[] {'a', (byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF},     // overlong '/', 4 bytes
        new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80},                  // encoded surrogate
        new byte[] {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},     // past U+10FFFF
        new byte[] {'a', (byte) 0xE2, (byte) 0x82});                              // truncated
    for (byte[] name : names) {
      RawZipBuilder zip = new RawZipBuilder();
      zip.add(name, DATA, DATA, 0);
      UnsafeArchiveException e = ZipAssertions.rejected(dir, zip);
      String lenient = new String(name, UTF_8);
      assertEquals("bad.zip: entry \"" + lenient + "\" name is not valid UTF-8: byte 0x"
          + String.format("%02X", name[1] & 0xFF) + " at offset 1 starts an invalid, overlong or truncated sequence",
          e.getMessage());
      assertEquals(lenient, e.location());
    }
  }}
