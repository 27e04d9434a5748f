package dev.appsim.session.room;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.archive.SafeZipReader;
import dev.appsim.session.room.archive.WriteOptions;
import dev.appsim.session.room.archive.ZipEntryInfo;
import dev.appsim.session.room.archive.ZipMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write path's heap is bounded by the options, not by the entries (README "Memory"): with the
 * default options at 2 threads it packages a tree of many multi-MiB deflated entries in a child
 * JVM whose whole heap is 32 MiB. The entries are made the worst case for memory: random bytes
 * (incompressible, so each compressed entry is as large as its content) just under and just over
 * the spill threshold, and large ones deflated in blocks.
 */
class PackagingHeapBoundTest {
  private static final int MIB = 1 << 20;
  private static final int THRESHOLD = WriteOptions.DEFAULT_SPILL_THRESHOLD;

  @TempDir Path dir;

  @Test
  void manyMultiMebibyteEntriesArePackagedInA32MebibyteHeapAtTwoThreads() throws Exception {
    Path assets = Files.createDirectories(dir.resolve("assets"));
    Random random = new Random(32);
    List<String> nodes = new ArrayList<>();
    // Six just under the 4 MiB threshold of old, which held them all in memory and ran out of
    // heap here; four just under today's threshold, held in memory; two deflated in blocks.
    int[] sizes = {4 * MIB - 4096, 4 * MIB - 4096, 4 * MIB - 4096, 4 * MIB - 4096, 4 * MIB - 4096, 4 * MIB - 4096,
        THRESHOLD - 4096, THRESHOLD - 4096, THRESHOLD - 4096, THRESHOLD - 4096, 9 * MIB, 9 * MIB};
    for (int i = 0; i < sizes.length; i++) {
      byte[] data = new byte[sizes[i]];
      random.nextBytes(data);
      Files.write(assets.resolve("scan" + i + ".dat"), data);
      nodes.add("{\"id\":\"n" + i + "\",\"kind\":\"model\",\"asset\":\"assets/scan" + i + ".dat\"}");
    }
    Path session = Files.writeString(dir.resolve("room.session"), "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
        + "\"metadata\":{\"name\":\"heap\"},\"scene\":{\"nodes\":[" + String.join(",", nodes) + "]}}");
    Path room = dir.resolve("out/heap.room");

    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(javaBin, "-Xmx32m", "-Xms16m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", ChildJvm.classPath(), Probe.class.getName(), session.toString(), room.toString())
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), UTF_8).strip();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child JVM did not finish");
    assertEquals(0, child.exitValue(), output);
    assertEquals("packaged 12 assets", output);

    try (SafeZipReader zip = SafeZipReader.open(room)) {
      for (int i = 0; i < sizes.length; i++) {
        ZipEntryInfo entry = zip.entry("assets/scan" + i + ".dat").orElseThrow();
        assertEquals(ZipMethod.DEFLATED, entry.method());
        assertEquals(sizes[i], entry.size());
      }
    }
    try (Room packaged = Room.open(room)) {
      packaged.verify().requireIntact();
    }
  }

  /** The child: packages {@code args[0]} into {@code args[1]} with the default options at 2 threads. */
  public static final class Probe {
    private Probe() {}

    public static void main(String[] args) throws IOException {
      PackageOptions options = PackageOptions.builder().threads(2).build();
      PackingPlan plan = new RoomPackager(options).pack(Path.of(args[0]), Path.of(args[1]));
      System.out.println("packaged " + plan.entries().size() + " assets");
    }
  }
}
