package dev.appsim.session.room.asset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A {@code .gltf} file, glTF 1.0 or 2.0: read whole (bounded by {@link AssetLimits#maxGltfBytes()})
 * and spliced; the references are those {@link GltfJson} finds.
 */
final class Gltf implements FormatHandler {
  private final AssetLimits limits;
  private final GltfJson json;

  Gltf(AssetLimits limits) {
    this.limits = limits;
    this.json = new GltfJson(limits);
  }

  @Override
  public String name() {
    return "glTF";
  }

  @Override
  public List<String> extensions() {
    return List.of("gltf");
  }

  @Override
  public String mediaType() {
    return "model/gltf+json";
  }

  @Override
  public boolean embedsDataUris() {
    return true;
  }

  @Override
  public boolean isAlreadyCompressed() {
    return false;
  }

  @Override
  public AssetScan scan(String file, InputStream in) throws IOException {
    byte[] bytes = read(in, file);
    return json.scan(bytes, bytes.length, file).toScan();
  }

  @Override
  public void rewrite(Path path, Function<AssetReference, String> replacement, OutputStream out)
      throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = read(in, path.toString());
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream(bytes.length + 64);
    if (json.rewrite(bytes, bytes.length, path.toString(), replacement, copy)) {
      copy.writeTo(out);
    } else {
      out.write(bytes);
    }
  }

  private byte[] read(InputStream in, String file) throws IOException {
    long max = limits.maxGltfBytes();
    // Read one byte more than allowed: a file that grows while read is still caught.
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
    if (bytes.length > max) {
      throw new AssetFormatException(file + ":byte " + max,
          "glTF file is larger than the limit of " + max + " bytes (AssetLimits.maxGltfBytes)");
    }
    return bytes;
  }
}
