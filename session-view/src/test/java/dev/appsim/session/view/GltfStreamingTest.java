package dev.appsim.session.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.SessionDocument;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Export streams: writing a million-vertex block allocates a small constant, not a copy of the
 * mesh. Measured with the JVM's per-thread allocation counter, so the test does not depend on
 * timing or on the garbage collector.
 */
class GltfStreamingTest {
  @Test
  void aMillionVertexExportAllocatesFarLessThanItWrites() throws Exception {
    MeshBlock block = Fixtures.grid("scan", 1000, true, true);
    GeometryCache cache = new GeometryCache(null, null, List.of(block), List.of());
    SessionDocument doc = SessionDocument.builder().build();
    CountingStream out = new CountingStream();
    GltfExport.writeGlb(doc, cache, ExportOptions.defaults(), out); // warm up class loading
    out.count = 0;
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    GltfExport.writeGlb(doc, cache, ExportOptions.defaults(), out);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // positions, normals, colours (12 bytes each), confidence (4) and 5,988,006 uint32 indices.
    long data = 1_000_000L * 40 + 5_988_006L * 4;
    assertTrue(out.count > data, "wrote " + out.count);
    assertTrue(allocated < 4L << 20, "allocated " + allocated + " bytes to write " + out.count);
  }

  @Test
  void theGlbLengthIsKnownBeforeTheFirstByte() throws Exception {
    MeshBlock block = Fixtures.grid("scan", 300, true, true);
    CountingStream out = new CountingStream();
    GltfExport.writeGlb(SessionDocument.builder().build(), new GeometryCache(null, null, List.of(block), List.of()),
        ExportOptions.defaults(), out);
    assertEquals(out.declared, out.count, "the header's length is the number of bytes written");
  }

  /** Counts bytes and remembers the GLB header's declared length. */
  private static final class CountingStream extends OutputStream {
    long count;
    long declared;
    private final byte[] head = new byte[12];

    @Override
    public void write(int b) {
      if (count < 12) {
        head[(int) count] = (byte) b;
        declared = java.nio.ByteBuffer.wrap(head).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(8) & 0xFFFFFFFFL;
      }
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = 0; i < len && count < 12; i++) {
        write(b[off + i]);
        len--;
        off++;
        i--;
      }
      count += len;
    }
  }
}
