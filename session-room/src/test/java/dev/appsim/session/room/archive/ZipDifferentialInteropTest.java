package dev.appsim.session.room.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.appsim.session.room.error.UnsafeArchiveException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser differentials we refuse are real: for each crafted archive, a standard tool (where
 * installed; CI installs them) sees other names or other entries than the archive's plain
 * directory says, and {@link SafeZipReader} refuses the archive.
 */
class ZipDifferentialInteropTest {
  private static final byte[] DATA = "hello".getBytes(UTF_8);
  private static final String PYTHON_NAMES = "import sys, zipfile\nprint(zipfile.ZipFile(sys.argv[1]).namelist())\n";

  @TempDir Path dir;

  private String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
    return new String(out, UTF_8);
  }

  private Path refused(RawZipBuilder zip, String name) throws IOException {
    Path file = zip.write(dir.resolve(name));
    assertThrows(UnsafeArchiveException.class, () -> SafeZipReader.open(file).close());
    return file;
  }

  /**
   * Written as Info-ZIP writes a name in a non-UTF-8 locale: raw name, no UTF-8 flag, and the
   * Unicode Path field, which unzip, 7-Zip and libarchive prefer (libarchive even with the flag).
   */
  private Path unicodePathArchive(int flags) throws IOException {
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("harmless.txt", DATA).flags(flags)
        .extra(SafeZipReaderExtraFieldTest.unicodePath("harmless.txt", "../../x"));
    return refused(zip, "up.zip");
  }

  @Test
  void unzipNamesAUnicodePathEntryByItsExtraField() throws Exception {
    assumeTrue(RoomZipFixtures.onPath("unzip"), "unzip (Info-ZIP) is not installed; CI installs it");
    String listing = run("unzip", "-l", unicodePathArchive(0).toString());
    assertTrue(listing.contains("../../x"), listing);
    assertTrue(!listing.contains("harmless.txt"), listing);
  }

  @Test
  void sevenZipNamesAUnicodePathEntryByItsExtraField() throws Exception {
    assumeTrue(RoomZipFixtures.onPath("7zz"), "7zz (7-Zip) is not installed; CI installs it");
    String listing = run("7zz", "l", unicodePathArchive(0).toString());
    assertTrue(listing.contains("../../x"), listing);
    assertTrue(!listing.contains("harmless.txt"), listing);
  }

  @Test
  void bsdtarNamesAUnicodePathEntryByItsExtraFieldEvenWithTheUtf8Flag() throws Exception {
    assumeTrue(RoomZipFixtures.onPath("bsdtar"), "bsdtar (libarchive-tools) is not installed; CI installs it");
    assertEquals("../../x", run("bsdtar", "-tf", unicodePathArchive(0x0800).toString()).strip());
  }

  @Test
  void pythonNamesAUnicodePathEntryByItsRawName() throws Exception {
    assumeTrue(RoomZipFixtures.onPath("python3"), "python3 is not installed");
    assertEquals("['harmless.txt']", run("python3", "-c", PYTHON_NAMES, unicodePathArchive(0).toString()).strip());
  }

  @Test
  void pythonListsTheDirectoryTheZip64EndRecordNames() throws Exception {
    assumeTrue(RoomZipFixtures.onPath("python3"), "python3 is not installed");
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA);
    zip.stored("b", DATA);
    RawZipBuilder.Zip64 z = zip.zip64();
    z.entries = 1;
    z.cdOffset = 2 * (30 + 1 + 5) + 46 + 1;
    z.cdSize = 47;
    Path file = refused(zip, "zip64.zip");
    // The classic end record names a directory of "a" and "b".
    assertEquals("['b']", run("python3", "-c", PYTHON_NAMES, file.toString()).strip());
  }

  @Test
  void pythonListsTheDirectoryHiddenInTheEndRecordComment() throws Exception {
    assumeTrue(RoomZipFixtures.onPath("python3"), "python3 is not installed");
    RawZipBuilder plain = new RawZipBuilder();
    plain.stored("a", DATA);
    RawZipBuilder zip = new RawZipBuilder().endComment(SafeZipReaderEndRecordTest.hiddenTail(plain.build()));
    zip.stored("a", DATA);
    Path file = refused(zip, "comment.zip");
    assertEquals("['e']", run("python3", "-c", PYTHON_NAMES, file.toString()).strip());
  }

  @Test
  void pythonReadsANameWithoutTheUtf8FlagAsCp437() throws Exception {
    assumeTrue(RoomZipFixtures.onPath("python3"), "python3 is not installed");
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("caf\u00e9.txt", DATA).flags(0);
    Path file = refused(zip, "cp437.zip");
    String names = run("python3", "-c", "import sys, zipfile\n"
        + "print([n.encode('unicode_escape').decode() for n in zipfile.ZipFile(sys.argv[1]).namelist()])\n",
        file.toString()).strip();
    assertEquals(List.of("['caf\\\\u251c\\\\u2310.txt']"), List.of(names));
  }

  @Test
  void bsdtarListsEntriesPastAGapThatTheDirectoryDoesNotName() throws Exception {
    assumeTrue(RoomZipFixtures.onPath("bsdtar"), "bsdtar (libarchive-tools) is not installed; CI installs it");
    RawZipBuilder hidden = new RawZipBuilder();
    RawZipBuilder.Entry smuggled = hidden.stored("smuggled.txt", DATA);
    RawZipBuilder zip = new RawZipBuilder();
    zip.stored("a", DATA).after = RawZipBuilder.localRecord(smuggled);
    zip.stored("b", DATA);
    Path file = refused(zip, "gap.zip");
    // Streaming readers walk local headers; "smuggled.txt" is in no directory record.
    String listing = run("sh", "-c", "cat '" + file + "' | bsdtar -tf -");
    assertTrue(listing.contains("smuggled.txt"), listing);
  }
}
