package dev.appsim.session.testkit.room;

import dev.appsim.session.testkit.AssetPathStyle;
import dev.appsim.session.testkit.AssetTree;
import dev.appsim.session.testkit.AssetTrees;
import dev.appsim.session.testkit.RoomRoundTrips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random asset trees survive package, open and unpack. */
class RoomRoundTripProperties {
  @Property(tries = 12)
  void randomTreesSurviveTheRoomRoundTrip(@ForAll @IntRange(max = 3) int gltf, @ForAll @IntRange(max = 3) int obj,
      @ForAll @Size(min = 1, max = 4) Set<AssetPathStyle> styles, @ForAll @IntRange(max = 2) int missing,
      @ForAll boolean sidecar) throws IOException {
    int missingModels = Math.min(missing, gltf + obj);
    Path temp = Files.createTempDirectory("room-round-trip");
    try (AssetTree tree = AssetTrees.builder().gltfModels(gltf).objModels(obj)
        .pathStyles(styles.toArray(AssetPathStyle[]::new)).missingModels(missingModels)
        .geometryCacheSidecar(sidecar).in(temp).build()) {
      RoomRoundTrips.check(tree, tree.root().resolve("work"));
    } finally {
      try (var walk = Files.walk(temp)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
