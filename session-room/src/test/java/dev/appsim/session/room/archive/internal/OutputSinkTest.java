package dev.appsim.session.room.archive.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OutputSink's write-behind flushing: bytes intact, flushes in the background, failures kept. */
class OutputSinkTest {
  @TempDir
  Path dir;

  private FileChannel open(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
  }

  private static byte[] pattern(int length, int seed) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 31 + seed);
    }
    return bytes;
  }

  @Test
  void flushesInTheBackgroundAsBytesPileUpAndKeepsEveryByte() throws IOException {
    Path file = dir.resolve("out.bin");
    AtomicInteger flushes = new AtomicInteger();
    byte[] small = pattern(1000, 1);
    byte[] large = pattern(300 << 10, 2);
    try (OutputSink out = new OutputSink(open(file), c -> {
      flushes.incrementAndGet();
      c.force(false);
    }, 64 << 10)) {
      for (int i = 0; i < 200; i++) {
        out.write(small);
      }
      out.write(large); // larger than the buffer: written straight through
      out.patch(10, new byte[] {42, 43});
      out.flush();
      assertEquals(200 * 1000L + large.length, out.position());
    }
    assertTrue(flushes.get() >= 1, "flushes: " + flushes.get());
    byte[] expected = new byte[200 * 1000 + large.length];
    for (int i = 0; i < 200; i++) {
      System.arraycopy(small, 0, expected, i * 1000, 1000);
    }
    System.arraycopy(large, 0, expected, 200 * 1000, large.length);
    expected[10] = 42;
    expected[11] = 43;
    assertArrayEquals(expected, Files.readAllBytes(file));
  }

  @Test
  void nothingIsFlushedInTheBackgroundUnderTheThreshold() throws IOException {
    AtomicInteger flushes = new AtomicInteger();
    try (OutputSink out = new OutputSink(open(dir.resolve("small.bin")), c -> flushes.incrementAndGet(), 1 << 20)) {
      out.write(pattern(500 << 10, 3));
      out.flush();
    }
    assertEquals(0, flushes.get());
  }

  @Test
  void aFailedBackgroundFlushIsThrownByCloseNotLost() throws IOException {
    CountDownLatch failed = new CountDownLatch(1);
    OutputSink out = new OutputSink(open(dir.resolve("failing.bin")), c -> {
      failed.countDown();
      throw new IOException("No space left on device");
    }, 1 << 10);
    out.write(pattern(300 << 10, 4)); // straight through: starts the failing flush
    IOException e = assertThrows(IOException.class, out::close);
    assertEquals("No space left on device", e.getMessage());
  }

  @Test
  void aFailedBackgroundFlushIsThrownByTheNextWriteThatWouldFlushAgain() throws Exception {
    CountDownLatch failed = new CountDownLatch(1);
    OutputSink out = new OutputSink(open(dir.resolve("failing2.bin")), c -> {
      failed.countDown();
      throw new IOException("Input/output error");
    }, 1 << 10);
    out.write(pattern(300 << 10, 5));
    assertTrue(failed.await(10, TimeUnit.SECONDS));
    // The flush's future completes just after the force throws; until then a write goes on.
    IOException e = assertThrows(IOException.class, () -> {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < deadline) {
        out.write(pattern(300 << 10, 6));
        Thread.sleep(1);
      }
    });
    assertEquals("Input/output error", e.getMessage());
    assertThrows(IOException.class, out::close);
  }
}
