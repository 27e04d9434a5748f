package dev.appsim.session.testkit.golden;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.Generator;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.room.RoomPackager;
import dev.appsim.session.room.path.ResolverOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Writes the golden files of format 1.0 once, when they are added; never rewrites an existing
 * file (golden files of a released version are only ever added). Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl session-testkit -am test-compile
 * java -cp "$(cat session-testkit/target/test-classpath.txt)" \
 *     dev.appsim.session.testkit.golden.GoldenFixtureWriter
 * </pre>
 *
 * The room packages {@code examples/living-room} as its README shows. The bunny file is derived from {@code examples/living-room/scans/living-room.geocache}, the
 * Stanford bunny (public domain, npm package {@code bunny}) converted by
 * {@code examples/tools/bunny-to-geocache.js}.
 */
public final class GoldenFixtureWriter {
  private static final Path GOLDEN = Path.of("session-testkit/src/main/resources/dev/appsim/session/testkit/golden/1.0");

  private GoldenFixtureWriter() {}

  public static void main(String[] args) throws IOException {
    SessionCodec codec = SessionCodec.defaults();
    Files.createDirectories(GOLDEN);
    add("small.session", codec.toBytes(GoldenExpectations.small(), SessionFormat.JSON));
    add("small-smile.session", codec.toBytes(GoldenExpectations.smallSmile(), SessionFormat.SMILE));
    add("geometry.session", codec.toBytes(GoldenExpectations.withGeometry(), SessionFormat.JSON));
    SessionDocument bunny = bunny(codec.readGeometryCache(Path.of("examples/living-room/scans/living-room.geocache")));
    add("bunny-scan.session", codec.toBytes(bunny, SessionFormat.JSON));
    add("bunny-scan-smile.session", codec.toBytes(bunny, SessionFormat.SMILE));
    Path room = Files.createTempDirectory("golden-room").resolve("living-room.room");
    new RoomPackager(livingRoomOptions()).pack(Path.of("examples/living-room/living-room.session"), room);
    add("living-room.room", Files.readAllBytes(room));
  }

  /** The remap and environment of examples/README.md, a fixed generator, one thread. */
  static PackageOptions livingRoomOptions() {
    Path zi = Path.of("examples/living-room/zi").toAbsolutePath();
    return PackageOptions.builder()
        .resolver(ResolverOptions.builder()
            .addRemap("C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice", zi)
            .environment(Map.of("ML_ZI_ROOT", zi.toString()))
            .build())
        .generator(new Generator("session-testkit golden writer", "1.0"))
        .threads(1)
        .build();
  }

  static SessionDocument bunny(GeometryCache scan) {
    return SessionDocument.builder()
        .metadata(new Metadata("Stanford bunny on the coffee table", Instant.parse("2026-11-20T09:10:00Z"), null,
            new Generator("session-testkit golden writer", "1.0"), Map.of("source", "Stanford bunny, public domain"),
            dev.appsim.session.model.Extensions.EMPTY))
        .scene(SceneGraph.of(GroupNode.root("room")))
        .geometryCache(scan)
        .build();
  }

  private static void add(String name, byte[] bytes) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Files.exists(file)) {
      System.out.println("kept " + file + " (golden files are never rewritten)");
      return;
    }
    Files.write(file, bytes);
    System.out.println("added " + file + " (" + bytes.length + " bytes)");
  }
}
