package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Discovery scans a generation of files on several threads and planning reads entries on
 * several threads; for any reference graph (glTF, OBJ and MTL files naming each other, cycles,
 * shared files and missing names included) the graph, its notices, the plan and the room must be
 * those of one thread.
 */
class DiscoveryThreadsProperties {
  /** One asset file: its kind and the indices (into the tree's files) or missing names it names. */
  record Asset(int kind, List<Integer> targets, List<Boolean> missing) {}

  private static final String[] EXTENSIONS = {"gltf", "obj", "mtl", "png"};

  @Provide
  Arbitrary<List<Asset>> trees() {
    Arbitrary<Asset> asset = Arbitraries.integers().between(0, 3).flatMap(kind -> Arbitraries.integers().between(0, 11)
        .list().ofMaxSize(4).flatMap(targets -> Arbitraries.of(true, false, false, false).list().ofSize(targets.size())
            .map(missing -> new Asset(kind, targets, missing))));
    return asset.list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 40)
  void oneThreadAndManyDiscoverAndPackageTheSame(@ForAll("trees") List<Asset> tree) throws IOException {
    Path dir = Files.createTempDirectory("discovery-threads");
    try {
      Path session = write(dir, tree);
      PackageOptions.Builder options = PackageOptions.builder().missingFiles(MissingFiles.RECORD);
      DependencyGraph one = new DependencyDiscoverer(options.threads(1).build()).discover(session);
      DependencyGraph three = new DependencyDiscoverer(options.threads(3).build()).discover(session);
      assertEquals(one.references(), three.references());
      assertEquals(one.notices(), three.notices());
      assertEquals(one.files(), three.files());

      Path roomOne = dir.resolve("one.room");
      Path roomThree = dir.resolve("three.room");
      new RoomPackager(options.threads(1).build()).pack(session, roomOne);
      new RoomPackager(options.threads(3).build()).pack(session, roomThree);
      assertArrayEquals(Files.readAllBytes(roomOne), Files.readAllBytes(roomThree));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static String name(int index, List<Asset> tree) {
    return "f" + index + "." + EXTENSIONS[tree.get(index).kind()];
  }

  /**
   * Writes every asset, naming its targets the way its format does, and a session naming the
   * first third of them, so the rest is reached (or not) over several generations.
   */
  private static Path write(Path dir, List<Asset> tree) throws IOException {
    for (int i = 0; i < tree.size(); i++) {
      Asset asset = tree.get(i);
      List<String> names = new ArrayList<>();
      for (int t = 0; t < asset.targets().size(); t++) {
        int target = asset.targets().get(t);
        names.add(asset.missing().get(t) || target >= tree.size() ? "gone" + target + ".png" : name(target, tree));
      }
      String text = switch (EXTENSIONS[asset.kind()]) {
        case "gltf" -> "{\"asset\":{\"version\":\"2.0\"},\"images\":["
            + names.stream().map(n -> "{\"uri\":\"" + n + "\"}").collect(Collectors.joining(",")) + "]}";
        case "obj" -> names.stream().map(n -> "mtllib " + n + "\n").collect(Collectors.joining())
            + "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n";
        case "mtl" -> "newmtl m\n" + names.stream().map(n -> "map_Kd " + n + "\n").collect(Collectors.joining());
        default -> "\u0089PNG image " + i;
      };
      Files.writeString(dir.resolve(name(i, tree)), text);
    }
    StringBuilder nodes = new StringBuilder();
    for (int i = 0; i < Math.max(1, tree.size() / 3); i++) {
      if (i > 0) {
        nodes.append(',');
      }
      nodes.append("{\"id\":\"n").append(i).append("\",\"kind\":\"model\",\"asset\":\"").append(name(i, tree)).append("\"}");
    }
    return Files.writeString(dir.resolve("scene.session"), "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
        + "\"metadata\":{\"name\":\"scene\"},\"scene\":{\"nodes\":[" + nodes + "]}}");
  }
}
