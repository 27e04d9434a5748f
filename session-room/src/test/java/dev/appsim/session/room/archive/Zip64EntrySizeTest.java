package dev.appsim.session.room.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 4 GiB + 1 entry needs ZIP64 sizes in its headers. About 10 s of deflating zeros at level 1;
 * skip it with {@code -Droom.zip.skipHuge=true}.
 */
class Zip64EntrySizeTest {
  @TempDir Path dir;

  @Test
  void writesAndReadsAnEntryLargerThanFourGibibytes() throws IOException, InterruptedException {
    assumeTrue(!Boolean.getBoolean("room.zip.skipHuge"), "skipped with -Droom.zip.skipHuge=true");
    long size = (4L << 30) + 1;
    Path out = dir.resolve("huge.zip");
    new RoomZipWriter(WriteOptions.defaults().withLevel(1)).write(out, List.of(
        ZipEntrySpec.deflated("zeros.bin", ZipEntrySource.ofStream(() -> new Zeros(size), size)),
        ZipEntrySpec.deflated("after.txt", ZipEntrySource.ofBytes("after".getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
        WriteProgressListener.NONE);
    ArchiveLimits limits = ArchiveLimits.defaults().toBuilder()
        .maxEntrySize(size).maxTotalSize(2 * size).maxRatio(Integer.MAX_VALUE).build();
    try (SafeZipReader reader = SafeZipReader.open(out, limits); InputStream in = reader.openStream("zeros.bin")) {
      assertEquals(size, reader.entry("zeros.bin").orElseThrow().size());
      assertEquals(size, in.transferTo(OutputStream.nullOutputStream()));
      assertEquals("after", new String(RoomZipFixtures.readAll(reader, "after.txt"), java.nio.charset.StandardCharsets.UTF_8));
    }
    assumeTrue(RoomZipFixtures.onPath("python3"), "python3 is not installed");
    Process p = new ProcessBuilder("python3", "-c",
        "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n"
            + "print(z.getinfo('zeros.bin').file_size)", out.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    assertEquals(String.valueOf(size), output.strip());
  }

  private static final class Zeros extends InputStream {
    private long left;

    Zeros(long size) {
      left = size;
    }

    @Override
    public int read() {
      return left-- > 0 ? 0 : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      left -= n;
      return n;
    }
  }
}
