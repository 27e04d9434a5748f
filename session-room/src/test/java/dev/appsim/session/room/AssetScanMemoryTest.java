package dev.appsim.session.room;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.room.archive.ArchiveLimits;
import dev.appsim.session.room.asset.AssetLimits;
import dev.appsim.session.room.error.UnsafeArchiveException;
import dev.appsim.session.room.internal.Digests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanning a room's packaged assets costs memory bounded by {@link AssetLimits}, not by what the
 * asset claims: a 24 MB MTL of a million distinct texture maps (well within the archive limits)
 * is refused by verify and unpack in a child JVM whose heap is far smaller than its references
 * would take, with the limit named.
 */
class AssetScanMemoryTest {
  private static final int MAPS = 1_000_000;

  @TempDir Path dir;

  @Test
  void aMillionReferencesInOneAssetAreRefusedInASmallHeap() throws Exception {
    StringBuilder mtl = new StringBuilder("newmtl m\n");
    for (int i = 0; i < MAPS; i++) {
      mtl.append(String.format(Locale.ROOT, "map_Kd %08x.png\n", i * 2654435761L & 0xFFFFFFFFL));
    }
    String session = "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"x\"},"
        + "\"scene\":{\"nodes\":[{\"id\":\"m\",\"kind\":\"model\",\"asset\":\"assets/m.mtl\"}]}}";
    Digests.Sized d = Digests.ofBytes(mtl.toString().getBytes(UTF_8));
    String listed = "{\"path\":\"assets/m.mtl\",\"size\":" + d.size() + ",\"sha256\":\"" + d.sha256()
        + "\",\"mediaType\":\"model/mtl\"}";
    Path room = TestRooms.withMimetype()
        .put("room.json", TestRooms.manifest("session.json", listed, TestRooms.entryJson("session.json", session)))
        .put("session.json", session).put("assets/m.mtl", mtl.toString()).write(dir.resolve("big.room"));
    mtl.setLength(0);

    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(javaBin, "-Xmx48m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", ChildJvm.classPath(), Probe.class.getName(), room.toString(),
        dir.resolve("out").toString()).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), UTF_8).strip();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child JVM did not finish");
    assertEquals(0, child.exitValue(), output);
    String why = "line 100002: the asset holds more than 100000 references (AssetLimits.maxReferences), so its"
        + " references cannot be checked";
    assertEquals(List.of("verify INVALID assets/m.mtl: " + why, "unpack assets/m.mtl " + why),
        output.lines().toList());
    try (var left = Files.list(dir)) {
      assertEquals(List.of("big.room"), left.map(p -> p.getFileName().toString()).toList());
    }
  }

  /** Verifies and unpacks a room in the child JVM and prints how each ended. */
  public static final class Probe {
    public static void main(String[] args) throws Exception {
      try (Room room = Room.open(Path.of(args[0]), ArchiveLimits.defaults(), SessionCodec.defaults(),
          AssetLimits.defaults())) {
        VerificationReport report = room.verify();
        VerificationReport.Problem p = report.problems().get(0);
        System.out.println("verify " + p.kind() + " " + p);
        try {
          room.unpack(Path.of(args[1]), PathStyle.ABSOLUTE);
          System.out.println("unpack succeeded");
        } catch (UnsafeArchiveException e) {
          System.out.println("unpack " + e.getMessage());
        }
      }
    }
  }
}
