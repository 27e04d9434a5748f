package dev.appsim.session.benchmarks;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.SessionDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.smile.SmileFactory;
import tools.jackson.dataformat.smile.SmileWriteFeature;

/**
 * Encoding and decoding one 1M-vertex mesh block (DESIGN.md section 8), three ways each:
 *
 * <ul>
 *   <li>{@code raw*}: the limit, a little-endian {@link ByteBuffer} bulk copy of the four arrays
 *       into a fresh {@code byte[]} and back into fresh arrays;
 *   <li>{@code jackson*}: Jackson's own streaming of the same tokens, no model: JSON numbers
 *       ({@code writeNumber(float)}, {@code writeArray(int[])}, {@code getFloatValue()}), and Smile
 *       binary values of the little-endian bytes ({@code writeBinary(byte[])},
 *       {@code getBinaryValue()});
 *   <li>{@code session*}: {@link SessionCodec#toBytes} and {@link SessionCodec#read(byte[])} of a
 *       whole {@link SessionDocument} holding the block, validation and canonical layout included.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class MeshCodecBenchmark {
  private static final long SEED = 20261125L;

  private MeshData mesh;
  private SessionDocument document;
  private final SessionCodec codec = SessionCodec.defaults();
  private final JsonFactory json = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(1L << 30).build())
      .build();
  private final SmileFactory smile = SmileFactory.builder()
      .disable(SmileWriteFeature.ENCODE_BINARY_AS_7BIT)
      .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(1L << 30).build())
      .build();

  private byte[] raw;
  private byte[] sessionSmile;
  private byte[] sessionJson;
  private byte[] jacksonJson;
  private byte[] jacksonSmile;
  private Path sessionSmileFile;

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(sessionSmileFile);
  }

  @Setup
  public void setUp() {
    mesh = new MeshData(1000, SEED);
    document = mesh.document();
    raw = rawWrite();
    sessionSmile = sessionSmileWrite();
    sessionJson = sessionJsonWrite();
    jacksonJson = jacksonJsonWrite();
    jacksonSmile = jacksonSmileWrite();
    try {
      sessionSmileFile = Files.createTempFile("mesh-codec-", ".session");
      Files.write(sessionSmileFile, sessionSmile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!codec.read(sessionSmile).equals(document) || !codec.read(sessionJson).equals(document)) {
      throw new IllegalStateException("the session codec did not round-trip the benchmark mesh");
    }
    System.out.printf("%nencoded sizes (bytes): raw %,d; session Smile %,d; session JSON %,d;"
        + " Jackson Smile binary %,d; Jackson JSON %,d%n",
        raw.length, sessionSmile.length, sessionJson.length, jacksonSmile.length, jacksonJson.length);
  }

  // ---- the raw limit ----

  @Benchmark
  public byte[] rawWrite() {
    byte[] out = new byte[mesh.rawBytes()];
    ByteBuffer buffer = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    putFloats(buffer, mesh.vertices);
    putInts(buffer, mesh.indices);
    putFloats(buffer, mesh.normals);
    putFloats(buffer, mesh.confidence);
    return out;
  }

  @Benchmark
  public void rawRead(Blackhole bh) {
    ByteBuffer buffer = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    bh.consume(getFloats(buffer, mesh.vertices.length));
    bh.consume(getInts(buffer, mesh.indices.length));
    bh.consume(getFloats(buffer, mesh.normals.length));
    bh.consume(getFloats(buffer, mesh.confidence.length));
  }

  // ---- our codec ----

  @Benchmark
  public byte[] sessionSmileWrite() {
    return codec.toBytes(document, SessionFormat.SMILE);
  }

  @Benchmark
  public SessionDocument sessionSmileRead() {
    return codec.read(sessionSmile);
  }

  /** From a file, as the CLI reads a session: streamed, with each array's length known ahead. */
  @Benchmark
  public SessionDocument sessionSmileReadFile() throws IOException {
    return codec.read(sessionSmileFile);
  }

  @Benchmark
  public byte[] sessionJsonWrite() {
    return codec.toBytes(document, SessionFormat.JSON);
  }

  @Benchmark
  public SessionDocument sessionJsonRead() {
    return codec.read(sessionJson);
  }

  // ---- Jackson's own streaming of the same tokens ----

  @Benchmark
  public byte[] jacksonJsonWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      writeFloats(g, "vertices", mesh.vertices);
      g.writeName("indices");
      g.writeArray(mesh.indices, 0, mesh.indices.length);
      writeFloats(g, "normals", mesh.normals);
      writeFloats(g, "confidence", mesh.confidence);
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  @Benchmark
  public void jacksonJsonRead(Blackhole bh) {
    try (JsonParser p = json.createParser(ObjectReadContext.empty(), jacksonJson)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        bh.consume(name.equals("indices") ? readInts(p) : readFloats(p));
      }
    }
  }

  @Benchmark
  public byte[] jacksonSmileWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = smile.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeName("vertices");
      g.writeBinary(littleEndian(mesh.vertices));
      g.writeName("indices");
      g.writeBinary(littleEndian(mesh.indices));
      g.writeName("normals");
      g.writeBinary(littleEndian(mesh.normals));
      g.writeName("confidence");
      g.writeBinary(littleEndian(mesh.confidence));
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  @Benchmark
  public void jacksonSmileRead(Blackhole bh) {
    try (JsonParser p = smile.createParser(ObjectReadContext.empty(), jacksonSmile)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        ByteBuffer bytes = ByteBuffer.wrap(p.getBinaryValue()).order(ByteOrder.LITTLE_ENDIAN);
        bh.consume(name.equals("indices")
            ? getInts(bytes, bytes.remaining() / 4)
            : getFloats(bytes, bytes.remaining() / 4));
      }
    }
  }

  // ---- helpers ----

  private static void putFloats(ByteBuffer buffer, float[] values) {
    buffer.asFloatBuffer().put(values);
    buffer.position(buffer.position() + 4 * values.length);
  }

  private static void putInts(ByteBuffer buffer, int[] values) {
    buffer.asIntBuffer().put(values);
    buffer.position(buffer.position() + 4 * values.length);
  }

  private static float[] getFloats(ByteBuffer buffer, int count) {
    float[] values = new float[count];
    buffer.asFloatBuffer().get(values);
    buffer.position(buffer.position() + 4 * count);
    return values;
  }

  private static int[] getInts(ByteBuffer buffer, int count) {
    int[] values = new int[count];
    buffer.asIntBuffer().get(values);
    buffer.position(buffer.position() + 4 * count);
    return values;
  }

  private static byte[] littleEndian(float[] values) {
    byte[] out = new byte[4 * values.length];
    ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(values);
    return out;
  }

  private static byte[] littleEndian(int[] values) {
    byte[] out = new byte[4 * values.length];
    ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(values);
    return out;
  }

  private static void writeFloats(JsonGenerator g, String name, float[] values) {
    g.writeName(name);
    g.writeStartArray(values, values.length);
    for (float v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  // Sizes are not known in advance in JSON, so the arrays grow as the codec's builders do.
  private static float[] readFloats(JsonParser p) {
    float[] values = new float[16];
    int n = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (n == values.length) {
        values = Arrays.copyOf(values, n + (n >> 1));
      }
      values[n++] = p.getFloatValue();
    }
    return Arrays.copyOf(values, n);
  }

  private static int[] readInts(JsonParser p) {
    int[] values = new int[16];
    int n = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (n == values.length) {
        values = Arrays.copyOf(values, n + (n >> 1));
      }
      values[n++] = p.getIntValue();
    }
    return Arrays.copyOf(values, n);
  }
}
