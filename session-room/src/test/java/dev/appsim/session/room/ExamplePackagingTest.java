package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.room.path.ResolverOptions;
import java.nio.file.Files;
import java.nio.file.Path;
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
        .threads(1)
        .build();
  }

  @Test
  void packagesTheShippedExample(@TempDir Path tmp) throws Exception {
    Path room = tmp.resolve("living-room.room");
    PackingPlan plan = new RoomPackager(exampleOptions()).pack(EXAMPLE.resolve("living-room.session"), room);
    System.out.println(plan.toText());
    assertTrue(plan.isComplete(), plan.toText());
    assertTrue(Files.size(room) > 0);
    assertEquals(12, plan.manifest().entries().size(), plan.toText());
  }
}
