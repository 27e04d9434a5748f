package dev.appsim.session.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.room.PackingPlan;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.RoomPackager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated benchmark input is what the benchmarks claim: deterministic, sized, packageable. */
class AssetTreeTest {
  private static final long MEDIA = 600 << 10;
  private static final long TEXT = 400 << 10;

  @Test
  void theSameSeedGivesByteIdenticalTreesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
    AssetTree.generate(dir.resolve("a"), MEDIA, TEXT, 7);
    AssetTree.generate(dir.resolve("b"), MEDIA, TEXT, 7);
    AssetTree.generate(dir.resolve("c"), MEDIA, TEXT, 8);
    List<Path> files = files(dir.resolve("a"));
    assertEquals(files, files(dir.resolve("b")));
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)),
          Files.readAllBytes(dir.resolve("b").resolve(file)), file.toString());
    }
    assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a/textures/tex_00.png")),
        Files.readAllBytes(dir.resolve("c/textures/tex_00.png"))));
  }

  @Test
  void theTreeHasTheRequestedMixWithinOnePercent(@TempDir Path dir) throws IOException {
    AssetTree.generate(dir, MEDIA, TEXT, 7);
    long media = sizeOf(dir, ".png") + sizeOf(dir, ".glb");
    long text = sizeOf(dir, ".obj");
    assertTrue(Math.abs(media - MEDIA) < MEDIA / 100, "media bytes " + media);
    assertTrue(Math.abs(text - TEXT) < TEXT / 100, "text bytes " + text);
    assertEquals(AssetTree.PNG_COUNT + AssetTree.GLB_COUNT + 2 * AssetTree.OBJ_COUNT + AssetTree.PNG_COUNT / 2 + 1,
        files(dir).size());
  }

  @Test
  void theSessionPackagesEveryFileAndTheRoomOpensWithTheSameModels(@TempDir Path dir) throws IOException {
    Path session = AssetTree.generate(dir.resolve("tree"), MEDIA, TEXT, 7);
    Path room = dir.resolve("bench.room");
    PackingPlan plan = new RoomPackager(PackageOptions.builder().threads(2).build()).pack(session, room);
    assertEquals(files(dir.resolve("tree")).size() - 1, plan.entries().size());
    try (Room opened = Room.open(room)) {
      SessionDocument packaged = opened.session();
      assertEquals(AssetTree.GLB_COUNT + AssetTree.PNG_COUNT / 2 + AssetTree.OBJ_COUNT, packaged.assetRefs().size());
      for (AssetRef ref : packaged.assetRefs()) {
        assertTrue(opened.assetPaths().contains(ref.path()), ref.path());
      }
      opened.verify().requireIntact();
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  private static long sizeOf(Path root, String extension) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(extension)).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
