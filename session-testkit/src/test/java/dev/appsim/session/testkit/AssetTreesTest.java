package dev.appsim.session.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.ExternalGeometryCache;
import dev.appsim.session.room.asset.AssetReference;
import dev.appsim.session.room.asset.AssetScanner;
import dev.appsim.session.room.path.PathResolver;
import dev.appsim.session.room.path.Resolution;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetTreesTest {
  @TempDir
  Path temp;

  @Test
  void everyPathStyleIsWrittenAsSavedAndResolvesUnderTheTreesOptions() throws Exception {
    try (AssetTree tree = AssetTrees.builder().gltfModels(5).objModels(4).in(temp).build()) {
      List<String> raw = tree.document().assetRefs().stream().map(AssetRef::path).toList();
      Path root = tree.root();
      assertEquals(List.of(
          "local/model-0.gltf",
          root.resolve("absolute/model-1.gltf").toString(),
          "C:\\Users\\ana\\MagicLeap\\zi\\models\\model-2.gltf",
          "\\\\fileserver\\share\\rooms\\model-3.gltf",
          "~/models/model-4.gltf",
          root.resolve("uri/model-5.obj").toUri().toString(),
          "${APPSIM_ASSETS}/model-6.obj",
          "$APPSIM_ASSETS/model-7.obj",
          "%APPSIM_ASSETS%\\model-8.obj"), raw);
      PathResolver resolver = new PathResolver(tree.resolverOptions());
      for (String path : raw) {
        Resolution r = resolver.resolve(path, tree.sessionFile().getParent());
        assertTrue(r.isFound(), r::explain);
        assertTrue(r.file().startsWith(root), r::explain);
      }
      assertTrue(tree.missing().isEmpty());
    }
  }

  @Test
  void modelsReferenceTheirBuffersMaterialsAndTexturesWhichAreValid() throws Exception {
    try (AssetTree tree = AssetTrees.builder().gltfModels(1).objModels(1).pathStyles(AssetPathStyle.RELATIVE).in(temp)
        .build()) {
      Path local = tree.sessionFile().resolveSibling("local");
      AssetScanner scanner = AssetScanner.create();
      assertEquals(List.of("textures/model-0.png", "model-0.bin"), raws(scanner.scan(local.resolve("model-0.gltf"))));
      assertEquals(List.of("model-1.mtl"), raws(scanner.scan(local.resolve("model-1.obj"))));
      assertEquals(List.of("textures/model-1.png"), raws(scanner.scan(local.resolve("model-1.mtl"))));
      assertEquals(66, Files.size(local.resolve("model-0.bin")));
      BufferedImage png = ImageIO.read(local.resolve("textures/model-1.png").toFile());
      assertEquals(2, png.getWidth());
      assertEquals(List.of(local.resolve("model-0.bin"), local.resolve("model-0.gltf"), local.resolve("model-1.mtl"),
          local.resolve("model-1.obj"), local.resolve("textures/model-0.png"), local.resolve("textures/model-1.png"),
          tree.sessionFile()), tree.files());
    }
  }

  @Test
  void missingModelsAndTexturesAreReferencedButNotWritten() throws Exception {
    try (AssetTree tree = AssetTrees.builder().gltfModels(2).objModels(1).missingModels(1).missingTextures(1)
        .pathStyles(AssetPathStyle.WINDOWS).in(temp).build()) {
      Path models = tree.root().resolve("windows-zi/models");
      assertEquals(List.of(models.resolve("model-2.obj"), models.resolve("textures/model-0.png")), tree.missing());
      tree.missing().forEach(p -> assertFalse(Files.exists(p), p::toString));
      assertTrue(Files.exists(models.resolve("model-0.gltf")));
      Resolution r = new PathResolver(tree.resolverOptions())
          .resolve(tree.document().assetRefs().get(2).path(), tree.sessionFile().getParent());
      assertEquals(Resolution.Status.MISSING, r.status());
    }
  }

  @Test
  void sessionFileAndSidecarReadBackWithTheCodec() throws Exception {
    try (AssetTree tree = AssetTrees.builder().geometryCacheSidecar(true).in(temp).build()) {
      SessionCodec codec = SessionCodec.defaults();
      SessionAssertions.assertSameDocument(tree.document(), codec.read(tree.sessionFile()));
      ExternalGeometryCache cache = (ExternalGeometryCache) tree.document().geometryCache();
      assertEquals(3, codec.readGeometryCache(tree.sessionFile().resolveSibling(cache.source())).vertexCount());
    }
  }

  @Test
  void closeDeletesTheWholeTreeAndMayBeRepeated() {
    AssetTree tree = AssetTrees.builder().in(temp).build();
    assertTrue(Files.isDirectory(tree.root()));
    tree.close();
    assertFalse(Files.exists(tree.root()));
    tree.close();
  }

  @Test
  void badSettingsAreRefusedWithTheirValues() {
    assertEquals("gltfModels (-1) must not be negative",
        assertThrows(IllegalArgumentException.class, () -> AssetTrees.builder().gltfModels(-1)).getMessage());
    assertEquals("pathStyles is empty; give at least one AssetPathStyle",
        assertThrows(IllegalArgumentException.class, () -> AssetTrees.builder().pathStyles()).getMessage());
    assertEquals("missingModels (2) + missingTextures (1) exceed the 2 models; add models or miss fewer",
        assertThrows(IllegalStateException.class,
            () -> AssetTrees.builder().missingModels(2).missingTextures(1).in(temp).build()).getMessage());
  }

  private static List<String> raws(List<AssetReference> refs) {
    return refs.stream().map(AssetReference::raw).toList();
  }
}
