package dev.appsim.session.testkit.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Small but valid model files: a one-triangle glTF 2.0 with an external {@code .bin} buffer and a
 * PNG base-colour texture, and an OBJ with an MTL whose {@code map_Kd} names a PNG.
 */
public final class ModelFiles {
  /** Bytes in the glTF buffer: 3 positions, 3 UVs, 3 uint16 indices. */
  public static final int BUFFER_LENGTH = 36 + 24 + 6;

  private ModelFiles() {}

  /** The glTF JSON referencing {@code bin} and {@code png} (paths relative to the glTF). */
  public static String gltf(String bin, String png) {
    return """
        {
          "asset": {"version": "2.0", "generator": "session-testkit"},
          "scene": 0,
          "scenes": [{"nodes": [0]}],
          "nodes": [{"mesh": 0}],
          "meshes": [{"primitives": [{"attributes": {"POSITION": 0, "TEXCOORD_0": 1}, "indices": 2, "material": 0}]}],
          "materials": [{"pbrMetallicRoughness": {"baseColorTexture": {"index": 0}}}],
          "textures": [{"source": 0}],
          "images": [{"uri": "%s"}],
          "buffers": [{"uri": "%s", "byteLength": %d}],
          "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": 36, "target": 34962},
            {"buffer": 0, "byteOffset": 36, "byteLength": 24, "target": 34962},
            {"buffer": 0, "byteOffset": 60, "byteLength": 6, "target": 34963}
          ],
          "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": 3, "type": "VEC3", "min": [0, 0, 0], "max": [1, 1, 0]},
            {"bufferView": 1, "componentType": 5126, "count": 3, "type": "VEC2"},
            {"bufferView": 2, "componentType": 5123, "count": 3, "type": "SCALAR"}
          ]
        }
        """.formatted(png, bin, BUFFER_LENGTH);
  }

  /** The glTF buffer: one triangle in the XY plane with UVs, little-endian. */
  public static byte[] buffer() {
    ByteBuffer b = ByteBuffer.allocate(BUFFER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
    float[] positions = {0, 0, 0, 1, 0, 0, 0, 1, 0};
    float[] uvs = {0, 0, 1, 0, 0, 1};
    for (float f : positions) {
      b.putFloat(f);
    }
    for (float f : uvs) {
      b.putFloat(f);
    }
    b.putShort((short) 0).putShort((short) 1).putShort((short) 2);
    return b.array();
  }

  public static String obj(String mtl) {
    return """
        # session-testkit: one textured triangle
        mtllib %s
        v 0 0 0
        v 1 0 0
        v 0 1 0
        vt 0 0
        vt 1 0
        vt 0 1
        usemtl fabric
        f 1/1 2/2 3/3
        """.formatted(mtl);
  }

  public static String mtl(String png) {
    return """
        newmtl fabric
        Kd 0.8 0.8 0.8
        map_Kd %s
        """.formatted(png);
  }

  /** A 2x2 RGB PNG whose colours depend on {@code seed}, so that different models get different bytes. */
  public static byte[] png(int seed) {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xff0000 ^ seed);
    image.setRGB(1, 0, 0x00ff00 ^ seed);
    image.setRGB(0, 1, 0x0000ff ^ seed);
    image.setRGB(1, 1, 0xffffff ^ seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer in this Java runtime");
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing a PNG to memory failed", e);
    }
    return out.toByteArray();
  }

  /** Writes UTF-8 text, creating parent folders. */
  public static void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
