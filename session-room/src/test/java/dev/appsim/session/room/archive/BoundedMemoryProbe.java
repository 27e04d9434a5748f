package dev.appsim.session.room.archive;

import dev.appsim.session.room.error.RoomException;
import dev.appsim.session.room.path.Attempt;
import dev.appsim.session.room.path.PathResolver;
import dev.appsim.session.room.path.Resolution;
import dev.appsim.session.room.path.ResolverOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link BoundedMemoryTest} in a child JVM with a small heap: opens an archive, or
 * resolves a path of many {@code %PATH%} references, and prints the outcome on one line. An
 * out-of-memory error ends the child with a non-zero status instead.
 */
public final class BoundedMemoryProbe {
  private BoundedMemoryProbe() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("open")) {
      try (SafeZipReader zip = SafeZipReader.open(Path.of(args[1]))) {
        System.out.println("opened " + zip.entries().size() + " entries");
      } catch (RoomException e) {
        System.out.println(e.getMessage());
      }
    } else {
      String raw = "%PATH%".repeat(Integer.parseInt(args[1]));
      PathResolver resolver = new PathResolver(ResolverOptions.builder()
          .environment(Map.of("PATH", "p".repeat(Integer.parseInt(args[2])))).build());
      Resolution r = resolver.resolve(raw, Path.of("."));
      List<Attempt> attempts = r.attempts();
      System.out.println(r.status() + ": " + attempts.get(attempts.size() - 1).detail());
    }
  }
}
