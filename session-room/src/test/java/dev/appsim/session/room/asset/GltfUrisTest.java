package dev.appsim.session.room.asset;

import static dev.appsim.session.room.asset.Assets.rewrite;
import static dev.appsim.session.room.asset.Assets.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code uri} a glTF can carry, in glTF 1.0 and 2.0, in extensions, in .gltf and .glb (v1 and v2), from files and streams. */
class GltfUrisTest {
  private static final String DUCK = "{\"asset\":{\"version\":\"1.0\"},"
      + "\"buffers\":{\"Duck\":{\"byteLength\":4,\"uri\":\"Duck0.bin\"},\"binary_glTF\":{\"uri\":\"data:,\"}},"
      + "\"images\":{\"file2\":{\"uri\":\"DuckCM.png\"}},"
      + "\"shaders\":{\"Duck0FS\":{\"type\":35632,\"uri\":\"Duck0FS.glsl\"},\"Duck0VS\":{\"type\":35633,\"uri\":\"Duck0VS.glsl\"}}}";

  private static final String EXTENSIONS = "{\"asset\":{\"version\":\"2.0\",\"extras\":{\"uri\":\"no.png\"}},"
      + "\"extensionsUsed\":[\"KHR_techniques_webgl\",\"KHR_audio_emitter\",\"EXT_magic\"],"
      + "\"extensionsRequired\":[\"KHR_techniques_webgl\",\"EXT_magic\"],"
      + "\"extensions\":{\"KHR_techniques_webgl\":{\"shaders\":[{\"type\":35632,\"uri\":\"a.frag\"}]},"
      + "\"KHR_audio_emitter\":{\"audio\":[{\"uri\":\"hum%20low.mp3\"}]}},"
      + "\"images\":[{\"uri\":\"t.png\",\"extras\":{\"thumbnail\":{\"uri\":\"thumb.png\"}}}],"
      + "\"materials\":[{\"extensions\":{\"EXT_magic\":{\"uri\":\"magic.bin\"}}}]}";

  @TempDir Path tmp;

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(tmp.resolve(name), content);
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void gltf1DictionariesKeyedByIdAreFollowed() throws IOException {
    assertEquals(List.of(
            new AssetReference("Duck0.bin", "/buffers/Duck/uri", ReferenceKind.BUFFER),
            new AssetReference("DuckCM.png", "/images/file2/uri", ReferenceKind.IMAGE),
            new AssetReference("Duck0FS.glsl", "/shaders/Duck0FS/uri", ReferenceKind.SHADER),
            new AssetReference("Duck0VS.glsl", "/shaders/Duck0VS/uri", ReferenceKind.SHADER)),
        AssetScanner.create().scan(write("Duck.gltf", DUCK)));
  }

  @Test
  void extensionUrisAreFollowedExtrasAreNotAndUnknownRequiredExtensionsAreNoticed() throws IOException {
    AssetScan scan = AssetScanner.create().inspect(write("x.gltf", EXTENSIONS));
    assertEquals(List.of(
            new AssetReference("a.frag", "/extensions/KHR_techniques_webgl/shaders/0/uri", ReferenceKind.SHADER),
            new AssetReference("hum low.mp3", "/extensions/KHR_audio_emitter/audio/0/uri", ReferenceKind.RESOURCE),
            new AssetReference("t.png", "/images/0/uri", ReferenceKind.IMAGE),
            new AssetReference("magic.bin", "/materials/0/extensions/EXT_magic/uri", ReferenceKind.RESOURCE)),
        scan.references());
    assertEquals(List.of(new AssetNotice("/extensionsRequired/1", "requires the glTF extension \"EXT_magic\", which"
        + " is not known here: files it names other than by \"uri\" are not followed")), scan.notices());
  }

  @Test
  void rewritesExtensionUrisInPlace() throws IOException {
    Path file = write("x.gltf", EXTENSIONS);
    assertEquals(EXTENSIONS.replace("\"a.frag\"", "\"s/a%20b.frag\"").replace("hum%20low.mp3", "hum.mp3"),
        utf8(rewrite(file, Map.of("a.frag", "s/a b.frag", "hum low.mp3", "hum.mp3"))));
  }

  @Test
  void glbVersion1IsReadAndRewrittenWithItsBody() throws IOException {
    byte[] body = {9, 8, 7, 6, 5, 4, 3, 2};
    Path glb = write("duck.glb", glb1(DUCK, body));
    assertEquals(4, AssetScanner.create().scan(glb).size());
    byte[] out = rewrite(glb, Map.of("DuckCM.png", "textures/duck cm.png"));
    ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(Glb.MAGIC, b.getInt(0));
    assertEquals(1, b.getInt(4));
    assertEquals(out.length, b.getInt(8));
    assertEquals(0, b.getInt(16));
    int content = b.getInt(12);
    assertEquals(0, content % 4);
    assertEquals(DUCK.replace("DuckCM.png", "textures/duck%20cm.png"),
        new String(out, 20, content, StandardCharsets.UTF_8).strip());
    assertArrayEquals(body, Arrays.copyOfRange(out, 20 + content, out.length));
    assertArrayEquals(Files.readAllBytes(glb), rewrite(glb, AssetReference::raw));
  }

  @Test
  void glbVersion1WithAnotherContentFormatIsRefused() throws IOException {
    byte[] bytes = glb1(DUCK, new byte[0]);
    bytes[16] = 1;
    AssetFormatException e = assertThrows(AssetFormatException.class,
        () -> AssetScanner.create().scan(write("bad.glb", bytes)));
    assertEquals(tmp.resolve("bad.glb") + ":byte 16", e.location());
    assertEquals("GLB version 1 content format is 1, expected 0 (JSON)", e.getMessage());
  }

  @Test
  void glbFromAStreamIsCheckedAsAFileIs() throws IOException {
    byte[] glb = Assets.glb("{\"images\":[{\"uri\":\"a.png\"}]}", new byte[] {1, 2, 3, 4});
    assertEquals(List.of(new AssetReference("a.png", "/images/0/uri", ReferenceKind.IMAGE)),
        AssetScanner.create().scan("assets/m.glb", new ByteArrayInputStream(glb)));
    AssetFormatException shorter = assertThrows(AssetFormatException.class, () -> AssetScanner.create()
        .scan("assets/m.glb", new ByteArrayInputStream(Arrays.copyOf(glb, glb.length - 2))));
    assertEquals("assets/m.glb:byte " + (glb.length - 2), shorter.location());
    assertEquals("GLB ended at byte " + (glb.length - 2) + ", before byte " + glb.length
        + " where its declared content ends", shorter.getMessage());
    byte[] longer = Arrays.copyOf(glb, glb.length + 1);
    AssetFormatException more = assertThrows(AssetFormatException.class,
        () -> AssetScanner.create().scan("assets/m.glb", new ByteArrayInputStream(longer)));
    assertEquals("assets/m.glb:byte " + glb.length, more.location());
    assertEquals("GLB header declares " + glb.length + " bytes but more follow", more.getMessage());
  }

  private static byte[] glb1(String json, byte[] body) {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    int content = (text.length + 3) / 4 * 4;
    ByteBuffer b = ByteBuffer.allocate(20 + content + body.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(Glb.MAGIC).putInt(1).putInt(b.capacity()).putInt(content).putInt(0).put(text);
    for (int i = text.length; i < content; i++) {
      b.put((byte) ' ');
    }
    return b.put(body).array();
  }
}
