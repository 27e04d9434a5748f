package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;


/** The asset formats whose references are followed; everything else is a leaf. */
public enum AssetFormat {
  /** glTF 2.0 JSON ({@code .gltf}): {@code buffers[*].uri}, {@code images[*].uri}. */
  GLTF,
  /** Binary glTF ({@code .glb}): the same URIs, in the JSON chunk. */
  GLB,
  /** Wavefront OBJ ({@code .obj}): {@code mtllib} statements. */
  OBJ,
  /** Wavefront material library ({@code .mtl}): texture map statements. */
  MTL,
  /** Any other file: no references. */
  OTHER;

  /** The format for a file name, by its extension, ignoring case. */
  public static AssetFormat of(String fileName) {
    requireNonNull(fileName, "fileName is null");
    switch (MediaTypes.extension(fileName)) {
      case "gltf":
        return GLTF;
      case "glb":
        return GLB;
      case "obj":
        return OBJ;
      case "mtl":
        return MTL;
      default:
        return OTHER;
    }
  }
}
