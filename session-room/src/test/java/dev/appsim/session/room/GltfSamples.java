package dev.appsim.session.room;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * glTF files laid out like the Khronos sample models, written the way their exporters write
 * them: Box and BoxTextured (glTF 2.0, external .bin and .png, as COLLADA2GLTF writes them), the
 * same as GLB with an external image, a glTF 1.0 Duck (dictionaries keyed by id, GLSL shaders
 * beside it) and a KHR_techniques_webgl material (glTF 2.0 with shader files). Each buffer holds a
 * real unit cube, so a validator finds accessors, bounds and alignment in order.
 */
final class GltfSamples {
  private static final int VERTICES = 24;
  private static final int INDICES = 36;

  private GltfSamples() {}

  /** Indices (ushort), positions, normals, texture coordinates of a unit cube, in that order, each 4-aligned. */
  static byte[] cube() {
    ByteBuffer b = ByteBuffer.allocate(INDICES * 2 + VERTICES * 12 * 2 + VERTICES * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int face = 0; face < 6; face++) {
      int v = face * 4;
      for (int i : new int[] {0, 1, 2, 0, 2, 3}) {
        b.putShort((short) (v + i));
      }
    }
    float[][] normals = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
    float[][] corners = new float[VERTICES][];
    for (int face = 0; face < 6; face++) {
      float[] n = normals[face];
      int axis = n[0] != 0 ? 0 : n[1] != 0 ? 1 : 2;
      int u = (axis + 1) % 3;
      int w = (axis + 2) % 3;
      float[][] square = {{-0.5f, -0.5f}, {0.5f, -0.5f}, {0.5f, 0.5f}, {-0.5f, 0.5f}};
      for (int k = 0; k < 4; k++) {
        float[] p = new float[3];
        p[axis] = n[axis] * 0.5f;
        // Counter-clockwise seen from outside: swap the square's order on negative faces.
        float[] s = n[axis] > 0 ? square[k] : square[(4 - k) % 4];
        p[u] = s[0];
        p[w] = s[1];
        corners[face * 4 + k] = p;
      }
    }
    for (float[] p : corners) {
      b.putFloat(p[0]).putFloat(p[1]).putFloat(p[2]);
    }
    for (int face = 0; face < 6; face++) {
      for (int k = 0; k < 4; k++) {
        b.putFloat(normals[face][0]).putFloat(normals[face][1]).putFloat(normals[face][2]);
      }
    }
    float[][] uv = {{0, 1}, {1, 1}, {1, 0}, {0, 0}};
    for (int face = 0; face < 6; face++) {
      for (int k = 0; k < 4; k++) {
        b.putFloat(uv[k][0]).putFloat(uv[k][1]);
      }
    }
    return b.array();
  }

  private static final int IDX = INDICES * 2;
  private static final int POS = VERTICES * 12;
  private static final int UV = VERTICES * 8;

  private static String geometry(String bufferUri, boolean textured) {
    int length = IDX + 2 * POS + (textured ? UV : 0);
    return "  \"buffers\": [{\"byteLength\": " + length + (bufferUri == null ? "" : ", \"uri\": \"" + bufferUri + "\"") + "}],\n"
        + "  \"bufferViews\": [\n"
        + "    {\"buffer\": 0, \"byteOffset\": 0, \"byteLength\": " + IDX + ", \"target\": 34963},\n"
        + "    {\"buffer\": 0, \"byteOffset\": " + IDX + ", \"byteLength\": " + (2 * POS) + ", \"byteStride\": 12, \"target\": 34962}"
        + (textured ? ",\n    {\"buffer\": 0, \"byteOffset\": " + (IDX + 2 * POS) + ", \"byteLength\": " + UV
            + ", \"byteStride\": 8, \"target\": 34962}" : "") + "\n  ],\n"
        + "  \"accessors\": [\n"
        + "    {\"bufferView\": 0, \"componentType\": 5123, \"count\": " + INDICES + ", \"type\": \"SCALAR\", \"max\": [23], \"min\": [0]},\n"
        + "    {\"bufferView\": 1, \"componentType\": 5126, \"count\": " + VERTICES
        + ", \"type\": \"VEC3\", \"max\": [0.5, 0.5, 0.5], \"min\": [-0.5, -0.5, -0.5]},\n"
        + "    {\"bufferView\": 1, \"byteOffset\": " + POS + ", \"componentType\": 5126, \"count\": " + VERTICES
        + ", \"type\": \"VEC3\", \"max\": [1.0, 1.0, 1.0], \"min\": [-1.0, -1.0, -1.0]}"
        + (textured ? ",\n    {\"bufferView\": 2, \"componentType\": 5126, \"count\": " + VERTICES
            + ", \"type\": \"VEC2\", \"max\": [1.0, 1.0], \"min\": [0.0, 0.0]}" : "") + "\n  ],\n"
        + "  \"meshes\": [{\"primitives\": [{\"attributes\": {\"NORMAL\": 2, \"POSITION\": 1"
        + (textured ? ", \"TEXCOORD_0\": 3" : "") + "}, \"indices\": 0, \"mode\": 4, \"material\": 0}], \"name\": \"Mesh\"}],\n"
        + "  \"nodes\": [{\"mesh\": 0}],\n"
        + "  \"scene\": 0,\n"
        + "  \"scenes\": [{\"nodes\": [0]}],\n";
  }

  /** Box.gltf and Box0.bin. */
  static Path box(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve("Box0.bin"), java.util.Arrays.copyOf(cube(), IDX + 2 * POS));
    return Files.writeString(folder.resolve("Box.gltf"), "{\n"
        + "  \"asset\": {\"generator\": \"COLLADA2GLTF\", \"version\": \"2.0\"},\n"
        + geometry("Box0.bin", false)
        + "  \"materials\": [{\"pbrMetallicRoughness\": {\"baseColorFactor\": [0.8, 0.0, 0.0, 1.0], \"metallicFactor\": 0.0},"
        + " \"name\": \"Red\"}]\n"
        + "}\n");
  }

  /** BoxTextured.gltf, BoxTextured0.bin and the image, named on disk {@code imageOnDisk}, referenced as {@code imageUri}. */
  static Path boxTextured(Path folder, String imageUri, String imageOnDisk) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve("BoxTextured0.bin"), cube());
    Path image = folder.resolve(imageOnDisk);
    Files.createDirectories(image.getParent());
    Files.write(image, png(0x336699));
    return Files.writeString(folder.resolve("BoxTextured.gltf"), "{\n"
        + "  \"asset\": {\"generator\": \"COLLADA2GLTF\", \"version\": \"2.0\"},\n"
        + geometry("BoxTextured0.bin", true)
        + "  \"images\": [{\"uri\": \"" + imageUri + "\"}],\n"
        + "  \"samplers\": [{\"magFilter\": 9729, \"minFilter\": 9986, \"wrapS\": 10497, \"wrapT\": 10497}],\n"
        + "  \"textures\": [{\"sampler\": 0, \"source\": 0}],\n"
        + "  \"materials\": [{\"pbrMetallicRoughness\": {\"baseColorTexture\": {\"index\": 0}, \"metallicFactor\": 0.0},"
        + " \"name\": \"Texture\"}]\n"
        + "}\n");
  }

  /** BoxTextured.glb: geometry in the BIN chunk, the image beside it as {@code imageUri}. */
  static Path boxTexturedGlb(Path folder, String imageUri) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve(imageUri), png(0x996633));
    String json = "{\n"
        + "  \"asset\": {\"generator\": \"COLLADA2GLTF\", \"version\": \"2.0\"},\n"
        + geometry(null, true)
        + "  \"images\": [{\"uri\": \"" + imageUri + "\"}],\n"
        + "  \"samplers\": [{\"magFilter\": 9729, \"minFilter\": 9986, \"wrapS\": 10497, \"wrapT\": 10497}],\n"
        + "  \"textures\": [{\"sampler\": 0, \"source\": 0}],\n"
        + "  \"materials\": [{\"pbrMetallicRoughness\": {\"baseColorTexture\": {\"index\": 0}, \"metallicFactor\": 0.0}}]\n"
        + "}";
    return Files.write(folder.resolve("BoxTextured.glb"), glb(json, cube()));
  }

  /** A glTF 1.0 Duck: buffers, images and shaders as dictionaries keyed by id, as COLLADA2GLTF 1.x wrote them. */
  static Path duck(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve("Duck0.bin"), cube());
    Files.write(folder.resolve("DuckCM.png"), png(0xFFCC00));
    Files.writeString(folder.resolve("Duck0FS.glsl"), "precision highp float;\nvarying vec3 v_normal;\n"
        + "uniform sampler2D u_diffuse;\nvarying vec2 v_texcoord0;\nvoid main(void) {\n"
        + "  gl_FragColor = texture2D(u_diffuse, v_texcoord0);\n}\n");
    Files.writeString(folder.resolve("Duck0VS.glsl"), "precision highp float;\nattribute vec3 a_position;\n"
        + "attribute vec2 a_texcoord0;\nvarying vec2 v_texcoord0;\nuniform mat4 u_modelViewMatrix;\n"
        + "uniform mat4 u_projectionMatrix;\nvoid main(void) {\n  v_texcoord0 = a_texcoord0;\n"
        + "  gl_Position = u_projectionMatrix * u_modelViewMatrix * vec4(a_position, 1.0);\n}\n");
    return Files.writeString(folder.resolve("Duck.gltf"), "{\n"
        + "  \"accessors\": {\n"
        + "    \"accessor_21\": {\"bufferView\": \"bufferView_29\", \"byteOffset\": 0, \"componentType\": 5123,"
        + " \"count\": 36, \"type\": \"SCALAR\"},\n"
        + "    \"accessor_23\": {\"bufferView\": \"bufferView_30\", \"byteOffset\": 0, \"byteStride\": 12,"
        + " \"componentType\": 5126, \"count\": 24, \"max\": [0.5, 0.5, 0.5], \"min\": [-0.5, -0.5, -0.5], \"type\": \"VEC3\"}\n"
        + "  },\n"
        + "  \"asset\": {\"generator\": \"collada2gltf@027f74366341d569dea42e9a68b7104cc3892054\","
        + " \"premultipliedAlpha\": true, \"profile\": {\"api\": \"WebGL\", \"version\": \"1.0.2\"}, \"version\": \"1.0\"},\n"
        + "  \"bufferViews\": {\n"
        + "    \"bufferView_29\": {\"buffer\": \"Duck\", \"byteLength\": 72, \"byteOffset\": 0, \"target\": 34963},\n"
        + "    \"bufferView_30\": {\"buffer\": \"Duck\", \"byteLength\": 768, \"byteOffset\": 72, \"target\": 34962}\n"
        + "  },\n"
        + "  \"buffers\": {\"Duck\": {\"byteLength\": " + cube().length + ", \"type\": \"arraybuffer\", \"uri\": \"Duck0.bin\"}},\n"
        + "  \"images\": {\"file2\": {\"name\": \"file2\", \"uri\": \"DuckCM.png\"}},\n"
        + "  \"programs\": {\"program_0\": {\"attributes\": [\"a_position\", \"a_texcoord0\"],"
        + " \"fragmentShader\": \"Duck0FS\", \"vertexShader\": \"Duck0VS\"}},\n"
        + "  \"shaders\": {\n"
        + "    \"Duck0FS\": {\"type\": 35632, \"uri\": \"Duck0FS.glsl\"},\n"
        + "    \"Duck0VS\": {\"type\": 35633, \"uri\": \"Duck0VS.glsl\"}\n"
        + "  },\n"
        + "  \"textures\": {\"texture_file2\": {\"format\": 6408, \"internalFormat\": 6408, \"sampler\": \"sampler_0\","
        + " \"source\": \"file2\", \"target\": 3553, \"type\": 5121}},\n"
        + "  \"samplers\": {\"sampler_0\": {\"magFilter\": 9729, \"minFilter\": 9987, \"wrapS\": 10497, \"wrapT\": 10497}},\n"
        + "  \"scene\": \"defaultScene\",\n"
        + "  \"scenes\": {\"defaultScene\": {\"nodes\": [\"LOD3sp\"]}},\n"
        + "  \"nodes\": {\"LOD3sp\": {\"children\": [], \"meshes\": [\"LOD3spShape\"], \"name\": \"LOD3sp\"}},\n"
        + "  \"meshes\": {\"LOD3spShape\": {\"name\": \"LOD3spShape\", \"primitives\": [{\"attributes\":"
        + " {\"POSITION\": \"accessor_23\"}, \"indices\": \"accessor_21\", \"material\": \"blinn3-fx\", \"mode\": 4}]}},\n"
        + "  \"materials\": {\"blinn3-fx\": {\"name\": \"blinn3\", \"technique\": \"technique0\","
        + " \"values\": {\"diffuse\": \"texture_file2\"}}},\n"
        + "  \"techniques\": {\"technique0\": {\"attributes\": {\"a_position\": \"position\"}, \"parameters\":"
        + " {\"position\": {\"semantic\": \"POSITION\", \"type\": 35665}}, \"program\": \"program_0\"}}\n"
        + "}\n");
  }

  /** A glTF 2.0 box whose material is a KHR_techniques_webgl technique with GLSL files beside it. */
  static Path techniques(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve("Box0.bin"), java.util.Arrays.copyOf(cube(), IDX + 2 * POS));
    Files.writeString(folder.resolve("Box0VS.glsl"), "attribute vec3 a_position;\nuniform mat4 u_mvp;\n"
        + "void main(void) { gl_Position = u_mvp * vec4(a_position, 1.0); }\n");
    Files.writeString(folder.resolve("Box0FS.glsl"), "precision highp float;\nuniform vec4 u_color;\n"
        + "void main(void) { gl_FragColor = u_color; }\n");
    String geometry = geometry("Box0.bin", false).replace(", \"material\": 0", ", \"material\": 0");
    return Files.writeString(folder.resolve("BoxTechnique.gltf"), "{\n"
        + "  \"asset\": {\"generator\": \"glTF-Blender-IO\", \"version\": \"2.0\"},\n"
        + "  \"extensionsUsed\": [\"KHR_techniques_webgl\"],\n"
        + "  \"extensionsRequired\": [\"KHR_techniques_webgl\"],\n"
        + "  \"extensions\": {\"KHR_techniques_webgl\": {\n"
        + "    \"programs\": [{\"fragmentShader\": 0, \"vertexShader\": 1}],\n"
        + "    \"shaders\": [{\"type\": 35632, \"uri\": \"Box0FS.glsl\"}, {\"type\": 35633, \"uri\": \"Box0VS.glsl\"}],\n"
        + "    \"techniques\": [{\"program\": 0, \"attributes\": {\"a_position\": {\"semantic\": \"POSITION\"}},"
        + " \"uniforms\": {\"u_mvp\": {\"type\": 35676, \"semantic\": \"MODELVIEWPROJECTION\"},"
        + " \"u_color\": {\"type\": 35666, \"value\": [1, 0, 0, 1]}}}]\n"
        + "  }},\n"
        + geometry
        + "  \"materials\": [{\"extensions\": {\"KHR_techniques_webgl\": {\"technique\": 0}}}]\n"
        + "}\n");
  }

  static byte[] png(int rgb) {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 4; x++) {
      for (int y = 0; y < 4; y++) {
        image.setRGB(x, y, (x + y) % 2 == 0 ? rgb : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A GLB 2 container: the JSON chunk padded with spaces, the BIN chunk with zeros. */
  static byte[] glb(String json, byte[] bin) {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    int jsonLength = (text.length + 3) / 4 * 4;
    int binLength = (bin.length + 3) / 4 * 4;
    ByteBuffer b = ByteBuffer.allocate(12 + 8 + jsonLength + 8 + binLength).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0x46546C67).putInt(2).putInt(b.capacity()).putInt(jsonLength).putInt(0x4E4F534A).put(text);
    for (int i = text.length; i < jsonLength; i++) {
      b.put((byte) ' ');
    }
    b.putInt(binLength).putInt(0x004E4942).put(bin);
    return b.array();
  }
}
