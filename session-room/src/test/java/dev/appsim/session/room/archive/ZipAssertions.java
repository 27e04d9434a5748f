package dev.appsim.session.room.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.room.error.UnsafeArchiveException;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a crafted archive as {@code bad.zip} or {@code good.zip} in a folder and opens it. */
final class ZipAssertions {
  private ZipAssertions() {}

  /** Opening {@code dir/bad.zip} fails; returns the exception. */
  static UnsafeArchiveException rejected(Path dir, RawZipBuilder zip) throws IOException {
    Path file = zip.write(dir.resolve("bad.zip"));
    return assertThrows(UnsafeArchiveException.class, () -> SafeZipReader.open(file).close());
  }

  /** Opening fails with exactly this location and message. */
  static void assertRejected(Path dir, RawZipBuilder zip, String location, String message) throws IOException {
    UnsafeArchiveException e = rejected(dir, zip);
    assertEquals(message, e.getMessage());
    assertEquals(location, e.location());
  }

  /** Opening succeeds and the entry reads back as {@code content}. */
  static void assertReads(Path dir, RawZipBuilder zip, String name, byte[] content) throws IOException {
    Path file = zip.write(dir.resolve("good.zip"));
    try (SafeZipReader reader = SafeZipReader.open(file)) {
      assertArrayEquals(content, RoomZipFixtures.readAll(reader, name));
    }
  }
}
