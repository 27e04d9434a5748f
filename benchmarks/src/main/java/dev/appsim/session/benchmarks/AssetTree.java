package dev.appsim.session.benchmarks;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a deterministic mixed asset tree and a session that references all of it, the input of
 * the packaging comparison and of the room-open benchmark (DESIGN.md section 8):
 *
 * <pre>
 * living-room.session          JSON session, one model node per .glb, .gltf and .obj
 * textures/tex_NN.png          random bytes after a PNG signature (already-compressed media)
 * models/chair_NN.glb          valid GLB: a small JSON chunk and a random BIN chunk
 * models/prop_NN.gltf          glTF JSON referencing two textures (rewritten when packaged)
 * models/scan_NN.obj + .mtl    numeric OBJ text (v / vn / f lines); the MTL maps a texture
 * </pre>
 *
 * <p>The file counts are fixed and only the sizes scale, so trees of different total size have
 * the same session and the same number of entries. Equal arguments give byte-identical trees.
 */
public final class AssetTree {
  /** Textures: random media stored by the packager. */
  static final int PNG_COUNT = 24;
  /** Binary glTF models: random media stored by the packager. */
  static final int GLB_COUNT = 12;
  /** Wavefront OBJ scans: numeric text deflated by the packager. */
  static final int OBJ_COUNT = 12;
  /** The session file's name inside the tree. */
  public static final String SESSION = "living-room.session";

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private AssetTree() {}

  /**
   * Writes the tree into {@code folder} (created if needed): {@code mediaBytes} of random media,
   * split two thirds textures and one third GLB, and {@code textBytes} of OBJ text.
   *
   * @return the session file
   */
  public static Path generate(Path folder, long mediaBytes, long textBytes, long seed) throws IOException {
    requireNonNull(folder, "folder is null");
    Path textures = Files.createDirectories(folder.resolve("textures"));
    Path models = Files.createDirectories(folder.resolve("models"));
    SplittableRandom random = new SplittableRandom(seed);
    List<SceneNode> nodes = new ArrayList<>();
    nodes.add(GroupNode.root("room"));

    long pngSize = mediaBytes * 2 / 3 / PNG_COUNT;
    for (int i = 0; i < PNG_COUNT; i++) {
      writeRandom(textures.resolve(name("tex_", i, ".png")), PNG_SIGNATURE, pngSize, random.split());
    }
    long glbSize = mediaBytes / 3 / GLB_COUNT;
    for (int i = 0; i < GLB_COUNT; i++) {
      String file = name("chair_", i, ".glb");
      writeGlb(models.resolve(file), glbSize, random.split());
      nodes.add(ModelNode.of(name("chair-", i, ""), "room", "models/" + file, Transform.translation(i, 0, -2)));
    }
    for (int i = 0; i < PNG_COUNT / 2; i++) {
      String file = name("prop_", i, ".gltf");
      Files.writeString(models.resolve(file), gltf(name("tex_", 2 * i, ".png"), name("tex_", 2 * i + 1, ".png")));
      nodes.add(ModelNode.of(name("prop-", i, ""), "room", "models/" + file, Transform.translation(i, 1, -3)));
    }
    long objSize = textBytes / OBJ_COUNT;
    for (int i = 0; i < OBJ_COUNT; i++) {
      String obj = name("scan_", i, ".obj");
      String mtl = name("scan_", i, ".mtl");
      Files.writeString(models.resolve(mtl), "newmtl scan\nKd 0.8 0.8 0.8\nmap_Kd ../textures/"
          + name("tex_", i, ".png") + "\n");
      writeObj(models.resolve(obj), mtl, objSize, random.split());
      nodes.add(ModelNode.of(name("scan-", i, ""), "room", "models/" + obj, Transform.translation(0, 0, i)));
    }
    SessionDocument doc = SessionDocument.builder()
        .metadata(Metadata.named("Benchmark living room"))
        .scene(new SceneGraph(nodes, dev.appsim.session.model.Extensions.EMPTY))
        .build();
    Path session = folder.resolve(SESSION);
    SessionCodec.defaults().write(doc, session, SessionFormat.JSON);
    return session;
  }

  private static String name(String prefix, int i, String suffix) {
    return prefix + (i < 10 ? "0" : "") + i + suffix;
  }

  private static void writeRandom(Path file, byte[] head, long size, SplittableRandom random) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head);
      randomBytes(out, size - head.length, random);
    }
  }

  private static void randomBytes(OutputStream out, long count, SplittableRandom random) throws IOException {
    byte[] chunk = new byte[1 << 16];
    for (long left = count; left > 0; ) {
      int n = (int) Math.min(chunk.length, left);
      random.nextBytes(chunk);
      out.write(chunk, 0, n);
      left -= n;
    }
  }

  /** A GLB 2.0 container: header, JSON chunk declaring one buffer, BIN chunk of random bytes. */
  private static void writeGlb(Path file, long size, SplittableRandom random) throws IOException {
    long binLength = Math.max(4, (size - 12 - 8 - 64 - 8) & ~3L);
    String json = "{\"asset\":{\"version\":\"2.0\"},\"buffers\":[{\"byteLength\":" + binLength + "}]}";
    byte[] jsonBytes = pad(json.getBytes(StandardCharsets.UTF_8));
    long total = 12 + 8 + jsonBytes.length + 8 + binLength;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      ByteBuffer header = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
      header.putInt(0x46546C67).putInt(2).putInt((int) total).putInt(jsonBytes.length).putInt(0x4E4F534A);
      out.write(header.array());
      out.write(jsonBytes);
      ByteBuffer bin = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      bin.putInt((int) binLength).putInt(0x004E4942);
      out.write(bin.array());
      randomBytes(out, binLength, random);
    }
  }

  private static byte[] pad(byte[] json) {
    int padded = (json.length + 3) & ~3;
    byte[] out = java.util.Arrays.copyOf(json, padded);
    java.util.Arrays.fill(out, json.length, padded, (byte) ' ');
    return out;
  }

  private static String gltf(String imageA, String imageB) {
    return "{\n  \"asset\": {\"version\": \"2.0\"},\n  \"images\": [\n"
        + "    {\"uri\": \"../textures/" + imageA + "\"},\n"
        + "    {\"uri\": \"../textures/" + imageB + "\"}\n  ]\n}\n";
  }

  /** Numeric OBJ text: vertex, normal and face lines in blocks until {@code size} bytes. */
  private static void writeObj(Path file, String mtl, long size, SplittableRandom random) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      StringBuilder line = new StringBuilder(64);
      long written = write(out, line.append("mtllib ").append(mtl).append("\nusemtl scan\n"));
      int vertex = 0;
      while (written < size) {
        for (int k = 0; k < 64 && written < size; k++) {
          line.append("v ");
          fixed(line, random.nextDouble(-5, 5)).append(' ');
          fixed(line, random.nextDouble(0, 3)).append(' ');
          fixed(line, random.nextDouble(-5, 5)).append('\n');
          line.append("vn ");
          fixed(line, random.nextDouble(-1, 1)).append(' ');
          fixed(line, random.nextDouble(-1, 1)).append(' ');
          fixed(line, random.nextDouble(-1, 1)).append('\n');
          written += write(out, line);
          vertex++;
        }
        for (int k = 0; k < 42 && written < size && vertex >= 3; k++) {
          int a = 1 + random.nextInt(vertex);
          int b = 1 + random.nextInt(vertex);
          int c = 1 + random.nextInt(vertex);
          line.append("f ").append(a).append("//").append(a).append(' ').append(b).append("//").append(b)
              .append(' ').append(c).append("//").append(c).append('\n');
          written += write(out, line);
        }
      }
    }
  }

  private static long write(OutputStream out, StringBuilder line) throws IOException {
    byte[] bytes = line.toString().getBytes(StandardCharsets.US_ASCII);
    out.write(bytes);
    line.setLength(0);
    return bytes.length;
  }

  /** {@code value} with six decimals, as OBJ exporters write it; faster than String.format. */
  private static StringBuilder fixed(StringBuilder sb, double value) {
    long micros = Math.round(value * 1_000_000);
    if (micros < 0) {
      sb.append('-');
      micros = -micros;
    }
    sb.append(micros / 1_000_000).append('.');
    String frac = Long.toString(micros % 1_000_000);
    for (int i = frac.length(); i < 6; i++) {
      sb.append('0');
    }
    return sb.append(frac);
  }

  /** Writes a tree: {@code AssetTree <folder> <mediaMiB> <textMiB> [seed]}; prints the session path. */
  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: AssetTree <folder> <mediaMiB> <textMiB> [seed]");
      System.exit(2);
    }
    long seed = args.length == 4 ? Long.parseLong(args[3]) : 20261125L;
    Path session = generate(Path.of(args[0]), Long.parseLong(args[1]) << 20, Long.parseLong(args[2]) << 20, seed);
    System.out.println(session);
  }
}
