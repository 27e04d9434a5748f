package dev.appsim.session.room.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.ChildJvm;
import dev.appsim.session.room.archive.internal.ZipRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cost bounded by the input: inputs whose cost used to grow far beyond their size (a directory
 * of empty extra fields took 1.3 GB for 98 MB; a 16 MiB path of {@code %PATH%} expanded to
 * gigabytes) get a clear error in a child JVM whose heap is smaller than the input, and a valid
 * directory larger than that heap opens.
 */
class BoundedMemoryTest {
  private static final String HEAP = "-Xmx32m";
  private static final byte[] DATA = "hello".getBytes(UTF_8);

  @TempDir Path dir;

  private String probe(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-cp", ChildJvm.classPath(), BoundedMemoryProbe.class.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), UTF_8);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "child did not finish");
    assertEquals(0, child.exitValue(), output);
    return output.strip();
  }

  @Test
  void aDirectoryOfEmptyExtraFieldsLargerThanTheHeapIsRefusedClearly() throws Exception {
    RawZipBuilder zip = new RawZipBuilder();
    for (int i = 0; i < 1100; i++) {
      zip.stored("f" + i, DATA).centralExtra = new byte[0xFFFC];
    }
    Path file = zip.write(dir.resolve("empty-extras.zip"));
    assertTrue(Files.size(file) > 64L << 20);
    assertEquals("empty-extras.zip: entry \"f0\" carries extra field 0x0000 in its central directory record, which a"
        + " room does not use (allowed: 0x0001 ZIP64, 0x000A NTFS times, 0x5455 timestamps, 0x7875 Unix owner, 0xA11E"
        + " alignment)", probe("open", file.toString()));
  }

  @Test
  void aValidDirectoryLargerThanTheHeapOpens() throws Exception {
    RawZipBuilder zip = new RawZipBuilder();
    byte[] padding = RawZipBuilder.extraField(ZipRecords.ALIGNMENT_EXTRA_ID, new byte[4098]);
    for (int i = 0; i < 10_000; i++) {
      String name = String.format("assets/%05d-", i) + "n".repeat(186);
      zip.stored(name, DATA).centralExtra = padding;
    }
    Path file = zip.write(dir.resolve("wide.zip"));
    assertTrue(Files.size(file) > 40L << 20);
    assertEquals("opened 10000 entries", probe("open", file.toString()));
  }

  @Test
  void aPathOfVariablesLongerThanTheLimitIsRefusedBeforeExpanding() throws Exception {
    assertEquals("MISSING: path has 16777212 characters, more than the limit of 32767",
        probe("resolve", Integer.toString((16 << 20) / 6), "1000"));
    assertEquals("MISSING: path expands to more than 32767 characters, the limit, when %PATH% at character 18 adds"
        + " 10000 characters to 30000", probe("resolve", "5000", "10000"));
  }
}
