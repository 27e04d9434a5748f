package dev.appsim.session.room.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A small room-like tree on disk and the entry list that packs it. */
final class RoomZipFixtures {
  static final String MIME = "application/vnd.appsim.room+zip";

  private RoomZipFixtures() {}

  /** Writes a few text and binary files under {@code root}. */
  static Map<String, Path> sourceTree(Path root) throws IOException {
    Random random = new Random(42);
    Map<String, Path> files = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      text.append(random.nextFloat()).append(i % 3 == 2 ? '\n' : ' ');
    }
    files.put("assets/mesh.obj", write(root.resolve("mesh.obj"), text.toString().getBytes(UTF_8)));
    byte[] media = new byte[300_000];
    random.nextBytes(media);
    files.put("assets/textures/wood.png", write(root.resolve("wood.png"), media));
    byte[] glb = new byte[70_001];
    random.nextBytes(glb);
    files.put("assets/models/chair.glb", write(root.resolve("chair.glb"), glb));
    files.put("assets/models/caf\u00e9 \u6905\u5b50.gltf", write(root.resolve("cafe.gltf"), "{\"asset\":{}}".getBytes(UTF_8)));
    files.put("assets/empty.bin", write(root.resolve("empty.bin"), new byte[0]));
    return files;
  }

  private static Path write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  /** mimetype, room.json, session.json from memory, then the tree: media stored, the rest deflated. */
  static List<ZipEntrySpec> specs(Map<String, Path> tree) {
    List<ZipEntrySpec> specs = new ArrayList<>();
    specs.add(ZipEntrySpec.storedPlain("mimetype", ZipEntrySource.ofBytes(MIME.getBytes(UTF_8))));
    specs.add(ZipEntrySpec.deflated("room.json", ZipEntrySource.ofBytes("{\"format\":\"appsim.room\"}".getBytes(UTF_8))));
    specs.add(ZipEntrySpec.deflated("session.json", ZipEntrySource.ofStream(
        () -> new java.io.ByteArrayInputStream("{\"formatVersion\":\"1.0\"}".getBytes(UTF_8)), 10)));
    tree.forEach((name, path) -> specs.add(name.endsWith(".png") || name.endsWith(".glb")
        ? ZipEntrySpec.stored(name, ZipEntrySource.ofPath(path))
        : ZipEntrySpec.deflated(name, ZipEntrySource.ofPath(path))));
    return specs;
  }

  static byte[] readAll(SafeZipReader reader, String name) throws IOException {
    try (InputStream in = reader.openStream(name)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  /** Whether an executable of that name is on the PATH. */
  static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    return path != null && java.util.stream.Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }
}
