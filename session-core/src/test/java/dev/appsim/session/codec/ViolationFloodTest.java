package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.io.ChildJvm;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.model.SessionValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A report lists at most {@link ReadLimits#maxViolations()} violations and counts the rest, so a
 * flood of one violation per byte or three costs bounded memory (issue 10, item 2): before, a
 * 10 MB session took 5-6 GB and a 40 MB one ended in OutOfMemoryError.
 */
class ViolationFloodTest {
  private static final long FLOOD_BYTES = 40L << 20;

  @TempDir
  Path dir;

  @Test
  void listsTheFirstViolationsOfAJsonFloodAndCountsTheRest() throws IOException {
    Path file = Floods.json(dir.resolve("flood.session"), Floods.Kind.SESSION, 5_000);
    SessionCodec codec = SessionCodec.builder().limits(ReadLimits.builder().maxViolations(3).build()).build();
    SessionValidationException e = assertThrows(SessionValidationException.class, () -> codec.read(file));
    assertEquals(List.of(3L, 4_997L), List.of((long) e.violations().size(), e.omitted()));
    assertEquals("5,000 violations, the first 3 listed:\n"
        + "  /geometryCache/meshBlocks/0/vertices/0: expected a number, found an array (line 1, column 161)\n"
        + "  /geometryCache/meshBlocks/0/vertices/1: expected a number, found an array (line 1, column 164)\n"
        + "  /geometryCache/meshBlocks/0/vertices/2: expected a number, found an array (line 1, column 167)\n"
        + "  ... and 4,997 more", e.getMessage());
  }

  @Test
  void listsTheFirstViolationsOfASmileSidecarFlood() throws IOException {
    byte[] bytes = Files.readAllBytes(Floods.smile(dir.resolve("flood.geocache"), Floods.Kind.SIDECAR, 2_000));
    SessionValidationException e = assertThrows(SessionValidationException.class,
        () -> SessionCodec.defaults().readGeometryCache(bytes));
    assertEquals(1_000, e.violations().size());
    assertEquals(2_000, e.total());
    // Jackson 3.1.7's Smile parser does not count array elements, so the pointer lacks the index.
    assertEquals("/meshBlocks/0/vertices: expected a number, found null (byte 1089)", e.violations().get(999).toString());
    assertTrue(e.getMessage().endsWith("\n  ... and 1,000 more"), e.getMessage());
  }

  @Test
  void aDocumentWithFewerViolationsThanTheLimitListsThemAll() throws IOException {
    byte[] bytes = Files.readAllBytes(Floods.json(dir.resolve("small.session"), Floods.Kind.SESSION, 2));
    SessionValidationException e = assertThrows(SessionValidationException.class,
        () -> SessionCodec.defaults().read(bytes));
    assertEquals(0, e.omitted());
    assertEquals("2 violations:\n"
        + "  /geometryCache/meshBlocks/0/vertices/0: expected a number, found an array (line 1, column 161)\n"
        + "  /geometryCache/meshBlocks/0/vertices/1: expected a number, found an array (line 1, column 164)",
        e.getMessage());
  }

  @Test
  void refusesANonPositiveViolationLimit() {
    assertEquals("maxViolations (0) must be positive", assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.builder().maxViolations(0)).getMessage());
  }

  /** How a flood is handed to the reader in the child JVM. */
  enum Source { JSON_SESSION_FILE, SMILE_SESSION_FILE, JSON_SIDECAR_FILE, SMILE_SIDECAR_BYTES }

  /**
   * A 40 MB flood read in a JVM with a heap of a small multiple of the input ends in the report,
   * not in OutOfMemoryError; files are streamed (48 MB heap), bytes are held (128 MB heap).
   */
  @ParameterizedTest
  @EnumSource(Source.class)
  void aFortyMegabyteFloodIsReportedInASmallHeap(Source source) throws Exception {
    boolean json = source.name().startsWith("JSON");
    Floods.Kind kind = source.name().contains("SIDECAR") ? Floods.Kind.SIDECAR : Floods.Kind.SESSION;
    long elements = json ? FLOOD_BYTES / 3 : FLOOD_BYTES;
    Path file = dir.resolve("flood");
    if (json) {
      Floods.json(file, kind, elements);
    } else {
      Floods.smile(file, kind, elements);
    }
    boolean bytes = source.name().endsWith("BYTES");
    String heap = bytes ? "-Xmx128m" : "-Xmx48m";
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(javaBin, heap, "-XX:+ExitOnOutOfMemoryError",
        "-cp", ChildJvm.classPath(), FloodReader.class.getName(),
        kind.name(), bytes ? "bytes" : "file", file.toString())
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child JVM did not finish");
    assertEquals(0, child.exitValue(), output);
    assertEquals(String.format(java.util.Locale.ROOT, "SessionValidationException listed=1000 total=%d"
        + " last=... and %,d more", elements, elements - 1000), output);
  }

  /** Reads one flood and prints what it ended with; run in a child JVM by the test above. */
  public static final class FloodReader {
    public static void main(String[] args) throws IOException {
      Floods.Kind kind = Floods.Kind.valueOf(args[0]);
      Path file = Path.of(args[2]);
      SessionCodec codec = SessionCodec.defaults();
      try {
        if (args[1].equals("bytes")) {
          byte[] bytes = Files.readAllBytes(file);
          if (kind == Floods.Kind.SESSION) {
            codec.read(bytes);
          } else {
            codec.readGeometryCache(bytes);
          }
        } else if (kind == Floods.Kind.SESSION) {
          codec.read(file);
        } else {
          codec.readGeometryCache(file);
        }
        System.out.println("read without error");
      } catch (SessionValidationException e) {
        String message = e.getMessage();
        System.out.println("SessionValidationException listed=" + e.violations().size() + " total=" + e.total()
            + " last=" + message.substring(message.lastIndexOf('\n') + 1).strip());
      } catch (SessionException e) {
        System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }
}
