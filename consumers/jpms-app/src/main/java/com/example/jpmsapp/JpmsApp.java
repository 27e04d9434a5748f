package com.example.jpmsapp;

import dev.appsim.session.codec.Sessions;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.ModelNode;
import dev.appsim.session.model.Quaternion;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.RoomPackager;
import dev.appsim.session.room.RoomPlanner;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads, edits and saves a session, packages it as a room, opens the room, and checks the module
 * boundary of the library: every module named, no {@code internal} package exported or open, and
 * an internal class, although loadable, not callable.
 */
public final class JpmsApp {
  /** A public class of a non-exported package, with a public static method. */
  static final String INTERNAL_CLASS = "dev.appsim.session.room.internal.PrettyJson";

  /** What one run produced. */
  public record Result(SessionDocument saved, SessionDocument packed, List<String> boundaryProblems) {}

  private JpmsApp() {}

  /**
   * Runs in {@code args[0]}; exits with status 1 if the module boundary is not as documented.
   *
   * @param args the working folder
   * @throws Exception if reading, saving or packaging fails
   */
  public static void main(String[] args) throws Exception {
    Result result = run(Path.of(args.length > 0 ? args[0] : "jpms-app-out"));
    if (!result.boundaryProblems().isEmpty()) {
      result.boundaryProblems().forEach(System.err::println);
      System.exit(1);
    }
    System.out.println("jpms-app: packed " + result.packed().scene().size() + " nodes as module "
        + JpmsApp.class.getModule().getName() + "; no internal package reachable");
  }

  /**
   * One run in {@code dir}.
   *
   * @param dir a folder to work in, made if missing
   * @return the session saved, the one read back from the room, and boundary problems found
   * @throws Exception if reading, saving or packaging fails
   */
  public static Result run(Path dir) throws Exception {
    Path models = Files.createDirectories(dir.resolve("models"));
    Files.writeString(models.resolve("lamp.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n", StandardCharsets.US_ASCII);
    Path sessionFile = dir.resolve("room.session");
    Sessions.write(SessionDocument.builder()
        .metadata(Metadata.named("JPMS room"))
        .scene(SceneGraph.of(GroupNode.root("room"),
            ModelNode.of("lamp", "room", "models/lamp.obj", Transform.IDENTITY)))
        .build(), sessionFile);

    // Read, edit, save.
    SessionDocument read = Sessions.read(sessionFile);
    SessionDocument edited = read.withScene(read.scene().withTransform("lamp",
        Transform.translation(1, 0, -2).withRotation(Quaternion.ofEulerDegrees(0, 45, 0))));
    Sessions.write(edited, sessionFile);
    SessionDocument saved = Sessions.read(sessionFile);

    // Package, open.
    PackageOptions options = PackageOptions.builder().threads(2).build();
    Path roomFile = dir.resolve("room.room");
    new RoomPackager(options).execute(new RoomPlanner(options).plan(sessionFile), roomFile);
    SessionDocument packed;
    try (Room room = Room.open(roomFile)) {
      room.verify().requireIntact();
      packed = room.session();
    }
    return new Result(saved, packed, boundaryProblems());
  }

  /** The ways the library's module boundary differs from what its module-info files promise. */
  static List<String> boundaryProblems() {
    List<String> problems = new ArrayList<>();
    Module self = JpmsApp.class.getModule();
    if (!self.isNamed()) {
      problems.add("the application is not on the module path");
      return problems;
    }
    List<Module> ours = ModuleLayer.boot().modules().stream()
        .filter(m -> m.getName().startsWith("dev.appsim.session."))
        .toList();
    if (ours.size() < 3) {
      problems.add("expected the model, codec and room modules in the boot layer, found " + ours);
    }
    for (Module module : ours) {
      if (module.getDescriptor().isAutomatic()) {
        problems.add(module.getName() + " is an automatic module: its jar has no module-info");
      }
      for (ModuleDescriptor.Exports exports : module.getDescriptor().exports()) {
        if (exports.source().contains(".internal")) {
          problems.add(module.getName() + " exports " + exports.source());
        }
      }
      for (String pkg : module.getPackages()) {
        if (pkg.contains(".internal") && (module.isExported(pkg, self) || module.isOpen(pkg, self))) {
          problems.add(module.getName() + " lets the application reach " + pkg);
        }
      }
    }
    try {
      Class<?> internal = Class.forName(INTERNAL_CLASS);
      internal.getMethod("mapper").invoke(null);
      problems.add("called " + INTERNAL_CLASS + ".mapper(), a method of a package that is not exported");
    } catch (IllegalAccessException expected) {
      // The module system refused: the package is not exported to this module.
    } catch (ReflectiveOperationException e) {
      problems.add(INTERNAL_CLASS + " cannot be checked: " + e);
    }
    return problems;
  }
}
