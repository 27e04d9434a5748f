package com.example.roomapp;

import dev.appsim.session.codec.Sessions;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Light;
import dev.appsim.session.model.LightNode;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.Rgb;
import dev.appsim.session.model.RoomGizmos;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.room.PackingPlan;
import dev.appsim.session.room.PathStyle;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.RoomPackager;
import dev.appsim.session.room.RoomPlanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds a session, edits it, saves it, packages it as a room and opens the room again. */
public final class RoomApp {
  /** What one run produced. */
  public record Result(SessionDocument saved, SessionDocument packed, byte[] packedSofa, Path unpackedSession) {}

  private RoomApp() {}

  public static void main(String[] args) throws Exception {
    Result result = run(Path.of(args.length > 0 ? args[0] : "room-app-out"));
    System.out.println("packed " + result.packed().scene().size() + " nodes; unpacked to "
        + result.unpackedSession());
  }

  public static Result run(Path dir) throws Exception {
    Path models = Files.createDirectories(dir.resolve("models"));
    Files.writeString(models.resolve("sofa.bin"), "0123456789abcdef", StandardCharsets.US_ASCII);
    Files.writeString(models.resolve("sofa.gltf"), "{\"asset\":{\"version\":\"2.0\"},"
        + "\"buffers\":[{\"uri\":\"sofa.bin\",\"byteLength\":16}]}", StandardCharsets.UTF_8);
    Files.writeString(models.resolve("lamp.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n", StandardCharsets.US_ASCII);

    // Build.
    SessionDocument doc = SessionDocument.builder()
        .metadata(Metadata.named("Downstream room"))
        .scene(SceneGraph.of(
            GroupNode.root("room"),
            ModelNode.of("sofa", "room", "models/sofa.gltf", Transform.translation(0, 0, -2)),
            ModelNode.of("lamp-model", "room", "models/lamp.obj", Transform.IDENTITY),
            LightNode.of("lamp", "room", Light.spot(new Rgb(1, 0.95, 0.8), 600, 8, 20, 35),
                Transform.translation(1.2, 1.6, -1.5))))
        .gizmos(GizmoState.NONE.withRoom(RoomGizmos.NONE.withSelection(List.of("sofa", "lamp-model"))))
        .build();

    // Edit: turn the sofa as the panels would (yaw 90 degrees), move the light, drop a selected model.
    SessionDocument edited = doc
        .withScene(doc.scene()
            .withTransform("sofa", Transform.translation(0, 0, -2).withRotation(Quaternion.ofEulerDegrees(0, 90, 0)))
            .withTransform("lamp", Transform.translation(0, 2, 0)))
        .withoutNode("lamp-model");

    // Save, package, open.
    Path sessionFile = dir.resolve("room.session");
    Sessions.write(edited, sessionFile);
    SessionDocument saved = Sessions.read(sessionFile);
    PackageOptions options = PackageOptions.defaults();
    PackingPlan plan = new RoomPlanner(options).plan(sessionFile);
    Path roomFile = dir.resolve("room.room");
    new RoomPackager(options).execute(plan, roomFile);
    try (Room room = Room.open(roomFile)) {
      room.verify().requireIntact();
      SessionDocument packed = room.session();
      byte[] sofa;
      try (InputStream in = room.openEntry(packed.assetRefs().get(0).path())) {
        sofa = in.readAllBytes();
      }
      Path unpacked = room.unpack(dir.resolve("unpacked"), PathStyle.ABSOLUTE);
      return new Result(saved, packed, sofa, unpacked);
    } catch (IOException e) {
      throw new IOException("could not open the room just packaged: " + e.getMessage(), e);
    }
  }
}
