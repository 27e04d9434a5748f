package dev.appsim.session.codec;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.SessionDocument;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Ad-hoc benchmark, run by hand (not by the test suite): encodes and decodes a session with one
 * mesh of {@code args[0]} vertices (default 1,000,000; two triangles per vertex, with normals and
 * confidence) and prints the median time of each encoding next to a little-endian bulk copy.
 *
 * <pre>{@code
 * java -cp <test classpath> dev.appsim.session.codec.MeshCodecBenchmark 1000000
 * }</pre>
 */
public final class MeshCodecBenchmark {
  private static final int RUNS = 7;

  private MeshCodecBenchmark() {}

  public static void main(String[] args) {
    int vertices = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    SessionDocument doc = document(vertices);
    MeshBlock block = ((GeometryCache) doc.geometryCache()).meshBlocks().get(0);
    long arrayBytes = 4L * (block.vertices().size() + block.normals().size() + block.confidence().size()
        + block.indices().size());
    System.out.printf("mesh: %,d vertices, %,d indices, %.1f MB of arrays%n",
        vertices, block.indices().size(), arrayBytes / 1e6);
    ByteBuffer raw = ByteBuffer.allocate((int) arrayBytes).order(ByteOrder.LITTLE_ENDIAN);
    report("LE ByteBuffer bulk copy", arrayBytes, () -> {
      raw.clear();
      block.vertices().writeLittleEndian(raw);
      block.normals().writeLittleEndian(raw);
      block.confidence().writeLittleEndian(raw);
      block.indices().writeLittleEndian(raw);
      return raw.array();
    }, bytes -> {
      ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      float[] v = new float[block.vertices().size()];
      float[] n = new float[block.normals().size()];
      float[] c = new float[block.confidence().size()];
      int[] t = new int[block.indices().size()];
      in.asFloatBuffer().get(v);
      in.position(in.position() + v.length * 4);
      in.asFloatBuffer().get(n);
      in.position(in.position() + n.length * 4);
      in.asFloatBuffer().get(c);
      in.position(in.position() + c.length * 4);
      in.asIntBuffer().get(t);
      return t;
    });
    SessionCodec binary = SessionCodec.builder().smileArrayEncoding(SmileArrayEncoding.BINARY).build();
    SessionCodec numbers = SessionCodec.builder().smileArrayEncoding(SmileArrayEncoding.NUMBERS).build();
    report("Smile, binary arrays", arrayBytes,
        () -> binary.toBytes(doc, SessionFormat.SMILE), binary::read);
    report("Smile, number arrays", arrayBytes,
        () -> numbers.toBytes(doc, SessionFormat.SMILE), numbers::read);
    report("JSON", arrayBytes, () -> binary.toBytes(doc, SessionFormat.JSON), binary::read);
    tools.jackson.core.json.JsonFactory plain = new tools.jackson.core.json.JsonFactoryBuilder()
        .enable(tools.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
    report("Jackson JSON tokens only", arrayBytes, () -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(150 << 20);
      try (tools.jackson.core.JsonGenerator g = plain.createGenerator(out)) {
        g.writeStartArray();
        for (dev.appsim.session.model.FloatArray a : List.of(block.vertices(), block.normals(), block.confidence())) {
          for (int i = 0; i < a.size(); i++) {
            g.writeNumber(a.get(i));
          }
        }
        for (int i = 0; i < block.indices().size(); i++) {
          g.writeNumber(block.indices().get(i));
        }
        g.writeEndArray();
      }
      return out.toByteArray();
    }, bytes -> {
      float[] sink = new float[block.vertices().size() + block.normals().size() + block.confidence().size()];
      int[] ints = new int[block.indices().size()];
      try (tools.jackson.core.JsonParser p = plain.createParser(bytes)) {
        p.nextToken();
        for (int i = 0; i < sink.length; i++) {
          p.nextToken();
          sink[i] = p.getFloatValue();
        }
        for (int i = 0; i < ints.length; i++) {
          p.nextToken();
          ints[i] = p.getIntValue();
        }
      }
      return ints;
    });
  }

  private static void report(String name, long arrayBytes, Supplier<byte[]> encode,
      java.util.function.Function<byte[], Object> decode) {
    byte[] encoded = encode.get();
    long[] enc = new long[RUNS];
    long[] dec = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      encoded = encode.get();
      long t1 = System.nanoTime();
      Object decoded = decode.apply(encoded);
      long t2 = System.nanoTime();
      if (decoded == null) {
        throw new IllegalStateException("nothing decoded");
      }
      enc[i] = t1 - t0;
      dec[i] = t2 - t1;
    }
    Arrays.sort(enc);
    Arrays.sort(dec);
    System.out.printf("%-26s %8.1f MB  encode %6.1f ms  decode %6.1f ms%n", name, encoded.length / 1e6,
        enc[RUNS / 2] / 1e6, dec[RUNS / 2] / 1e6);
  }

  static SessionDocument document(int vertexCount) {
    Random random = new Random(1);
    float[] v = new float[vertexCount * 3];
    float[] n = new float[vertexCount * 3];
    float[] c = new float[vertexCount];
    for (int i = 0; i < v.length; i++) {
      v[i] = (random.nextFloat() - 0.5f) * 10;
      n[i] = random.nextFloat();
    }
    for (int i = 0; i < c.length; i++) {
      c[i] = random.nextFloat();
    }
    int[] indices = new int[vertexCount * 6];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = random.nextInt(vertexCount);
    }
    MeshBlock block = new MeshBlock("scan", null, null, FloatArray.of(v), IntArray.of(indices),
        FloatArray.of(n), FloatArray.of(c), Extensions.EMPTY);
    return SessionDocument.builder()
        .geometryCache(new GeometryCache(null, null, List.of(block), List.of(), Extensions.EMPTY))
        .build();
  }
}
