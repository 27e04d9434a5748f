package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.path.PathResolver;
import dev.appsim.session.room.path.ResolverOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomRoundTripTest {
  @Test
  void packageOpenVerifyUnpackAndResolveEveryReference(@TempDir Path tmp) throws Exception {
    Path roomFile = tmp.resolve("living-room.room");
    PackingPlan plan = new RoomPackager(ExamplePackagingTest.exampleOptions())
        .pack(ExamplePackagingTest.EXAMPLE.resolve("living-room.session"), roomFile);
    try (Room room = Room.open(roomFile)) {
      assertEquals(plan.packaged(), room.session());
      assertTrue(room.verify().isIntact(), room.verify().problems().toString());
      Path unpacked = room.unpack(tmp.resolve("out"), PathStyle.ABSOLUTE);
      SessionDocument doc = SessionCodec.defaults().read(unpacked);
      PathResolver resolver = new PathResolver(ResolverOptions.defaults());
      for (AssetRef ref : doc.assetRefs()) {
        assertTrue(Path.of(ref.path()).isAbsolute(), ref.toString());
        assertTrue(resolver.resolve(ref.path(), unpacked.getParent()).isFound(), ref.toString());
      }
      assertEquals(plan.original().withAssetPaths(AssetRef::pointer), doc.withAssetPaths(AssetRef::pointer));
      for (PlannedEntry e : plan.entries()) {
        byte[] unpackedBytes = Files.readAllBytes(tmp.resolve("out").resolve(e.archivePath()));
        if (!e.isRewritten()) {
          assertArrayEquals(Files.readAllBytes(e.source()), unpackedBytes, e.archivePath());
        }
      }
    }
  }
}
