package dev.appsim.session.benchmarks;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.view.ExportOptions;
import dev.appsim.session.view.FloorPlan;
import dev.appsim.session.view.GltfExport;
import dev.appsim.session.view.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exporting a 1M-vertex geometry cache (the {@link MeshData} block: normals, confidence, 1,996,002
 * triangles) as GLB, against reading the same cache from its Smile sidecar bytes, the step that
 * must happen before any export. The GLB goes to a counting stream that keeps nothing, so the
 * numbers are the exporter's own work; with {@code -prof gc}, {@code gc.alloc.rate.norm} shows
 * what each operation allocates. {@link #renderSvg} draws the same cache as a floor plan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ExportBenchmark {
  private static final long SEED = 20261125L;

  private SessionDocument document;
  private GeometryCache cache;
  private byte[] smile;
  private final SessionCodec codec = SessionCodec.defaults();

  @Setup
  public void setUp() throws IOException {
    document = new MeshData(1000, SEED).document();
    cache = (GeometryCache) document.geometryCache();
    document = document.withGeometryCache(null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.writeGeometryCache(cache, out, SessionFormat.SMILE);
    smile = out.toByteArray();
    Counting glb = new Counting();
    GltfExport.writeGlb(document, cache, ExportOptions.defaults(), glb);
    System.out.println("\nsmile sidecar " + smile.length + " bytes, GLB " + glb.count + " bytes");
  }

  @Benchmark
  public GeometryCache smileReadCache() {
    return codec.readGeometryCache(smile);
  }

  @Benchmark
  public long exportGlb() throws IOException {
    Counting out = new Counting();
    GltfExport.writeGlb(document, cache, ExportOptions.defaults(), out);
    return out.count;
  }

  @Benchmark
  public int renderSvg() {
    return FloorPlan.toSvg(document, cache, RenderOptions.defaults()).length();
  }

  /** Counts bytes and drops them, as a socket or a fast disk would take them. */
  static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
