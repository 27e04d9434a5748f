package dev.appsim.session.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.Sessions;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.model.Vec3;
import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.room.PackingPlan;
import dev.appsim.session.room.PathStyle;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.RoomPackager;
import dev.appsim.session.room.RoomPlanner;
import dev.appsim.session.room.path.ResolverOptions;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's code, compiled and run, so the front door never shows code that does not work. */
class ReadmeExamplesTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "living-room").toAbsolutePath().normalize();

  @Test
  void buildsEditsAndSavesASession(@TempDir Path dir) throws Exception {
    SessionDocument doc = SessionDocument.builder()
        .metadata(Metadata.named("Living room"))
        .scene(SceneGraph.of(
            GroupNode.root("room"),
            ModelNode.of("sofa", "room", "models/sofa.gltf", Transform.translation(0, 0, -2)),
            LightNode.of("lamp", "room", Light.spot(new Rgb(1, 0.95, 0.8), 600, 8, 20, 35),
                Transform.translation(1.2, 1.6, -1.5))))
        .build();
    SessionDocument moved = doc.withScene(doc.scene().withTransform("lamp", Transform.translation(0, 2, 0)));
    Sessions.write(moved, dir.resolve("living-room.session"));

    SessionDocument read = Sessions.read(dir.resolve("living-room.session"));
    assertEquals(moved, read);
    assertEquals(new Vec3(0, 2, 0), read.scene().node("lamp").orElseThrow().transform().position());
  }

  @Test
  void sharesTheExampleAsARoom(@TempDir Path dir) throws Exception {
    Path zi = EXAMPLE.resolve("zi");
    PackageOptions options = PackageOptions.builder()
        .resolver(ResolverOptions.builder()
            .addRemap("C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice", zi)
            .environment(Map.of("ML_ZI_ROOT", zi.toString()))
            .addSearchPath(dir)
            .build())
        .build();
    PackingPlan plan = new RoomPlanner(options).plan(EXAMPLE.resolve("living-room.session"));
    assertTrue(plan.toText().contains("assets/sofa.gltf"));
    new RoomPackager(options).execute(plan, dir.resolve("living-room.room"));

    try (Room room = Room.open(dir.resolve("living-room.room"))) {
      SessionDocument packed = room.session();
      assertEquals("assets/sofa.gltf", packed.assetRefs().get(0).path());
      try (InputStream sofa = room.openEntry("assets/sofa.gltf")) {
        assertTrue(sofa.readAllBytes().length > 0);
      }
      room.verify().requireIntact();
      Path session = room.unpack(dir.resolve("living-room"), PathStyle.ABSOLUTE);
      assertEquals(dir.resolve("living-room/session.json"), session);
    }
  }
}
