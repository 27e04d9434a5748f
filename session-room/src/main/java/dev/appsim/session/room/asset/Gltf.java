package dev.appsim.session.room.asset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** A {@code .gltf} file: read whole (bounded by {@link AssetLimits#maxGltfBytes()}), spliced. */
final class Gltf {
  private final AssetLimits limits;
  private final GltfJson json;

  Gltf(AssetLimits limits) {
    this.limits = limits;
    this.json = new GltfJson(limits);
  }

  List<AssetReference> scan(Path path) throws IOException {
    byte[] bytes = read(path);
    return json.scan(bytes, bytes.length, path.toString()).stream().map(Splice::reference).toList();
  }

  void rewrite(Path path, Function<AssetReference, String> replacement, OutputStream out)
      throws IOException {
    byte[] bytes = read(path);
    ByteArrayOutputStream copy = new ByteArrayOutputStream(bytes.length + 64);
    if (json.rewrite(bytes, bytes.length, path.toString(), replacement, copy)) {
      copy.writeTo(out);
    } else {
      out.write(bytes);
    }
  }

  private byte[] read(Path path) throws IOException {
    long max = limits.maxGltfBytes();
    try (InputStream in = Files.newInputStream(path)) {
      // Read one byte more than allowed: a file that grows while read is still caught.
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
      if (bytes.length > max) {
        throw new AssetFormatException(path + ":byte " + max,
            "glTF file is larger than the limit of " + max + " bytes (AssetLimits.maxGltfBytes)");
      }
      return bytes;
    }
  }
}
