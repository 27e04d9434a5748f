package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.path.ResolverOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplePackagingTest {
  static final Path EXAMPLE = Path.of("..", "examples", "living-room").toAbsolutePath().normalize();

  static PackageOptions exampleOptions() {
    Path zi = EXAMPLE.resolve("zi");
    return PackageOptions.builder()
        .resolver(ResolverOptions.builder()
            .addRemap("C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice", zi)
            .environment(Map.of("ML_ZI_ROOT", zi.toString()))
            .build())
        .build();
  }

  @Test
  void packagesTheShippedExample(@TempDir Path tmp) throws Exception {
    Path room = tmp.resolve("living-room.room");
    PackingPlan plan = new RoomPackager(exampleOptions()).pack(EXAMPLE.resolve("living-room.session"), room);
    assertTrue(plan.isComplete(), plan.toText());
    assertTrue(Files.size(room) > 0);
    // 15 references to 12 files with 11 distinct contents (the example's README), plus the session:
    // rug-fabric.png equals fabric.png byte for byte but keeps its own name, so its own entry.
    assertEquals(15, plan.references().size(), plan.toText());
    assertEquals(13, plan.manifest().entries().size(), plan.toText());
    assertEquals(List.of("assets/fabric.png", "assets/rug-fabric.png"), plan.manifest().entries().stream()
        .map(ManifestEntry::path).filter(p -> p.contains("fabric")).toList());
  }
}
