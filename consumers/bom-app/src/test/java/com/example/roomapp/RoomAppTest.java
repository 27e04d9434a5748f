package com.example.roomapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.Sessions;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SceneNode;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Vec3;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The downstream application works against the published artifacts alone. */
class RoomAppTest {
  @Test
  void buildsEditsSavesPackagesAndOpensARoom(@TempDir Path dir) throws Exception {
    RoomApp.Result result = RoomApp.run(dir);

    SessionDocument saved = result.saved();
    assertEquals(List.of("room", "sofa", "lamp"), saved.scene().nodes().stream().map(SceneNode::id).toList());
    assertEquals(List.of("sofa"), saved.gizmos().room().selection());
    Vec3 angles = saved.scene().node("sofa").orElseThrow().transform().rotation().toEulerDegrees();
    assertEquals(90, angles.y(), 1e-5);

    SessionDocument packed = result.packed();
    assertEquals(List.of("assets/sofa.gltf"), packed.assetRefs().stream().map(AssetRef::path).toList());
    assertTrue(new String(result.packedSofa(), StandardCharsets.UTF_8).contains("\"uri\":\"sofa.bin\""));

    SessionDocument unpacked = Sessions.read(result.unpackedSession());
    Path sofa = Path.of(unpacked.assetRefs().get(0).path());
    assertTrue(sofa.isAbsolute() && Files.isRegularFile(sofa), sofa.toString());
    assertTrue(Files.isRegularFile(sofa.resolveSibling("sofa.bin")));
  }
}
