package dev.appsim.session.room.asset;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * A {@code .gltf} file, glTF 1.0 or 2.0: read whole (bounded by {@link AssetLimits#maxGltfBytes()})
 * and located; the references are those {@link GltfJson} finds, and a copy replaces their string
 * tokens.
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
  public AssetLayout locate(String file, InputStream in) throws IOException {
    byte[] bytes = read(in, file);
    GltfJson.Found found = json.scan(bytes, bytes.length, file);
    return new AssetLayout(this, file, bytes.length, found.splices().stream().map(s -> s.at(0, bytes)).toList(),
        found.toScan(), null);
  }

  @Override
  public AssetEdits edits(AssetLayout layout, Function<AssetReference, String> replacement) {
    return new AssetEdits(layout.file(), layout.size(), GltfJson.edits(layout.splices(), layout.file(), replacement));
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
