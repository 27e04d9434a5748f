package dev.appsim.session.benchmarks;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.room.PackageResult;
import dev.appsim.session.room.PackingPlan;
import dev.appsim.session.room.RoomPackager;
import dev.appsim.session.room.RoomPlanner;
import dev.appsim.session.room.archive.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code PackageMain <in.session> <out.room> [--threads N] [--level L] [--edit NAME]}: packages a
 * session with {@link RoomPackager} and default options (deflate level {@value dev.appsim.session.room.archive.WriteOptions#DEFAULT_LEVEL} unless {@code --level}),
 * the way {@code session package} does (an existing
 * {@code out.room} is the base of an incremental package, as there); the packaging comparison
 * times it as a whole process, JVM start included. {@code --edit NAME} first renames the session
 * in memory, the one-line edit of the re-package case.
 */
public final class PackageMain {
  private PackageMain() {}

  public static void main(String[] args) throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    int level = WriteOptions.defaults().level(); // not the constant, which javac copies in
    String edit = null;
    if (args.length < 2 || args.length % 2 != 0) {
      usage();
    }
    for (int i = 2; i < args.length; i += 2) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--level" -> level = Integer.parseInt(args[i + 1]);
        case "--edit" -> edit = args[i + 1];
        default -> usage();
      }
    }
    PackageOptions options = PackageOptions.builder()
        .write(WriteOptions.builder().threads(threads).level(level).build()).build();
    Path session = Path.of(args[0]);
    SessionDocument document = SessionCodec.defaults().read(session);
    if (edit != null) {
      document = document.withMetadata(document.metadata().withName(edit));
    }
    PackingPlan plan = new RoomPlanner(options).plan(document, session);
    PackageResult result = new RoomPackager(options).execute(plan, Path.of(args[1]));
    System.out.println("packaged " + plan.entries().size() + " files, " + plan.totalBytes() + " bytes, "
        + threads + " thread(s) into " + args[1] + ", " + result.copiedFromBase().size() + " entries copied from "
        + result.base().map(Path::toString).orElse("no base"));
  }

  private static void usage() {
    System.err.println("usage: PackageMain <in.session> <out.room> [--threads N] [--level L] [--edit NAME]");
    System.exit(2);
  }
}
