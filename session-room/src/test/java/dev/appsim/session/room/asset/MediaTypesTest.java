package dev.appsim.session.room.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypesTest {
  @ParameterizedTest
  @CsvSource({
      "chair.gltf, model/gltf+json",
      "LAMP.GLB, model/gltf-binary",
      "a/b.obj, model/obj",
      "a\\b.Mtl, model/mtl",
      "t.png, image/png",
      "t.jpg, image/jpeg",
      "t.JPEG, image/jpeg",
      "t.ktx2, image/ktx2",
      "scene.session, application/vnd.appsim.session+json",
      "chair.bin, application/octet-stream",
      "noextension, application/octet-stream",
      ".gitignore, application/octet-stream",
      "dir.d/file, application/octet-stream",
  })
  void looksUpByExtensionIgnoringCase(String name, String type) {
    assertEquals(type, MediaTypes.of(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.png", "a.JPG", "a.jpeg", "a.ktx2", "a.glb", "a.zip", "a.webp", "a.mp3", "a.mp4", "a.gz"})
  void knowsCompressedMedia(String name) {
    assertTrue(MediaTypes.isAlreadyCompressed(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.gltf", "a.bin", "a.obj", "a.mtl", "a.session", "a.tga", "a", "a.png.txt"})
  void deflatesEverythingElse(String name) {
    assertFalse(MediaTypes.isAlreadyCompressed(name));
  }

  @Test
  void followsReferencesOnlyInTheFormatsWithAHandlerIgnoringCase() {
    for (String name : List.of("x.GlTf", "x.glb", "x.OBJ", "x.mtl", "dir.v2/x.gltf")) {
      assertTrue(AssetScanner.followsReferencesIn(name), name);
    }
    for (String name : List.of("x.gltf.bak", "gltf", ".obj", "x.png", "x.gltf/")) {
      assertFalse(AssetScanner.followsReferencesIn(name), name);
    }
  }

  @Test
  void eachHandlerClaimsItsOwnExtensionsAndAnswersForItsMediaType() {
    FormatHandlers handlers = new FormatHandlers(AssetLimits.defaults());
    assertEquals("glTF", handlers.forName("a.GLTF").name());
    assertEquals("GLB", handlers.forName("a.glb").name());
    assertEquals("OBJ", handlers.forName("a.obj").name());
    assertEquals("MTL", handlers.forName("a.mtl").name());
    assertEquals("model/gltf-binary", MediaTypes.of("a.glb"));
    assertTrue(MediaTypes.isAlreadyCompressed("a.GLB"));
  }

  @Test
  void limitsRejectNonPositiveValues() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> AssetLimits.defaults().withMaxLineBytes(0));
    assertEquals("maxLineBytes (0) must be between 1 and 2147483631", e.getMessage());
  }
}
