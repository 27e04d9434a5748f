package dev.appsim.session.benchmarks;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.view.ExportOptions;
import dev.appsim.session.view.GltfExport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * {@code ExportPeakMemory}: peak heap above the live baseline while reading the 1M-vertex cache
 * from Smile, and while exporting it as GLB. Run it with a small young generation so that peaks
 * track what is live rather than how lazily the collector runs:
 * {@code java -Xmx1g -Xmn16m -XX:+UseSerialGC -cp benchmarks.jar dev.appsim.session.benchmarks.ExportPeakMemory}.
 */
public final class ExportPeakMemory {
  private ExportPeakMemory() {}

  public static void main(String[] args) throws IOException {
    SessionCodec codec = SessionCodec.defaults();
    SessionDocument doc = new MeshData(1000, 20261125L).document();
    GeometryCache cache = (GeometryCache) doc.geometryCache();
    doc = doc.withGeometryCache(null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.writeGeometryCache(cache, out, SessionFormat.SMILE);
    byte[] smile = out.toByteArray();
    out = null;
    for (int round = 0; round < 3; round++) {
      long base = settle();
      GeometryCache read = codec.readGeometryCache(smile);
      long readPeak = peak() - base;
      read = null;
      base = settle();
      ExportBenchmark.Counting glb = new ExportBenchmark.Counting();
      GltfExport.writeGlb(doc, cache, ExportOptions.defaults(), glb);
      long exportPeak = peak() - base;
      System.out.printf("round %d: smile read peak +%.1f MiB (the cache it builds is %.1f MiB of arrays);"
          + " GLB export peak +%.1f MiB for %d bytes written%n", round, readPeak / 1048576.0,
          (smile.length - 200) / 1048576.0, exportPeak / 1048576.0, glb.count);
    }
  }

  /** Collects, then resets every heap pool's peak; returns the heap in use. */
  private static long settle() {
    System.gc();
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static long peak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
