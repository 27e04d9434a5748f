package dev.appsim.session.testkit.room;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.room.MissingDependenciesException;
import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.testkit.AssetPathStyle;
import dev.appsim.session.testkit.AssetTree;
import dev.appsim.session.testkit.AssetTrees;
import dev.appsim.session.testkit.RoomRoundTrips;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's room packager, opener and unpacker pass the testkit's room round trip. */
class RoomRoundTripsTest {
  @TempDir
  Path temp;

  @Test
  void treeWithEveryPathStyleSurvivesPackageOpenUnpack() {
    try (AssetTree tree = AssetTrees.builder().gltfModels(5).objModels(4).geometryCacheSidecar(true).in(temp).build()) {
      RoomRoundTrips.check(tree, temp.resolve("work"));
    }
  }

  @Test
  void treeWithMissingFilesSurvivesWhenMissingFilesAreRecorded() {
    try (AssetTree tree = AssetTrees.builder().gltfModels(2).objModels(2).missingModels(1).missingTextures(2)
        .in(temp).build()) {
      RoomRoundTrips.check(tree, temp.resolve("work"));
    }
  }

  @Test
  void withoutTheTreesRemapsPackagingRefusesTheWindowsPath() {
    try (AssetTree tree = AssetTrees.builder().gltfModels(1).objModels(0).pathStyles(AssetPathStyle.WINDOWS).in(temp)
        .build()) {
      assertThrows(MissingDependenciesException.class,
          () -> RoomRoundTrips.check(tree.sessionFile(), PackageOptions.defaults(), temp.resolve("work")));
    }
  }
}
