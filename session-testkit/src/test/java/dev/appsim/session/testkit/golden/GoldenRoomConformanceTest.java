package dev.appsim.session.testkit.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.ManifestEntry;
import dev.appsim.session.room.PathStyle;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.VerificationReport;
import dev.appsim.session.testkit.GoldenFiles;
import dev.appsim.session.testkit.GoldenRoom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden room of format 1.0 (examples/living-room packaged) opens, verifies and unpacks. */
class GoldenRoomConformanceTest {
  @TempDir
  Path temp;

  @Test
  void livingRoomOpensVerifiesAndListsItsEntries() throws Exception {
    GoldenRoom golden = GoldenFiles.room("1.0", "living-room.room");
    try (Room room = Room.open(golden.copyTo(temp))) {
      VerificationReport report = room.verify();
      assertTrue(report.isIntact(), report::toString);
      assertEquals("session.json", room.manifest().session());
      assertEquals("session-testkit golden writer", room.manifest().generator().name());
      assertEquals(List.of("assets/brass-bump.png", "assets/brass.png", "assets/chair.bin", "assets/chair.gltf",
              "assets/fabric.png", "assets/lamp.mtl", "assets/lamp.obj", "assets/living-room.geocache",
              "assets/rug.gltf", "assets/sofa.bin", "assets/sofa.gltf", "session.json"),
          room.manifest().entries().stream().map(ManifestEntry::path).toList());
      assertTrue(room.manifest().missing().isEmpty());
      SessionDocument session = room.session();
      assertEquals(14, session.scene().size());
      assertEquals(List.of("assets/sofa.gltf", "assets/chair.gltf", "assets/chair.gltf", "assets/lamp.obj",
          "assets/rug.gltf", "assets/living-room.geocache"), session.assetRefs().stream().map(AssetRef::path).toList());
    }
  }

  @Test
  void livingRoomUnpacksWithTheBunnyScanBesideTheSession() throws Exception {
    GoldenRoom golden = GoldenFiles.room("1.0", "living-room.room");
    try (Room room = Room.open(golden.copyTo(temp.resolve("in")))) {
      Path session = room.unpack(temp.resolve("out"), PathStyle.RELATIVE);
      SessionCodec codec = SessionCodec.defaults();
      SessionDocument unpacked = codec.read(session);
      for (AssetRef ref : unpacked.assetRefs()) {
        assertTrue(Files.isRegularFile(session.resolveSibling(ref.path())), ref::toString);
      }
      GeometryCache scan = codec.readGeometryCache(session.resolveSibling(unpacked.assetRefs().get(5).path()));
      assertEquals(List.of("blk-floor", "blk-table", "blk-bunny"),
          scan.meshBlocks().stream().map(b -> b.id()).toList());
      assertEquals(1839, scan.meshBlocks().get(2).vertexCount());
    }
  }
}
