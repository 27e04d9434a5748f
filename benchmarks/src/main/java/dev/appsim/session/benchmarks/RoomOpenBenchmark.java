package dev.appsim.session.benchmarks;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.room.Room;
import dev.appsim.session.room.RoomPackager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a room and reading its session (DESIGN.md section 8: the cost must not depend on the
 * room's total size). Both rooms package the same {@link AssetTree} layout, same session and
 * same 75 entries, and differ only in how big the assets are: 10 MiB or 200 MiB (60 % media, 40 %
 * OBJ text). The room stays in the page cache; what is measured is the work, not the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RoomOpenBenchmark {
  @Param({"10", "200"})
  public int totalMiB;

  private Path folder;
  private Path room;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("room-open-bench");
    long total = (long) totalMiB << 20;
    Path session = AssetTree.generate(folder.resolve("tree"), total * 6 / 10, total * 4 / 10, 20261125L);
    room = folder.resolve("bench.room");
    new RoomPackager(PackageOptions.defaults()).pack(session, room);
    deleteTree(folder.resolve("tree"));
    System.out.printf("%nroom of %d MiB of assets: %,d bytes%n", totalMiB, Files.size(room));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    deleteTree(folder);
  }

  @Benchmark
  public SessionDocument openAndReadSession() throws IOException {
    try (Room opened = Room.open(room)) {
      return opened.session();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
