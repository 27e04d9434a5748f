package dev.appsim.session.benchmarks;

import dev.appsim.session.room.PackageOptions;
import dev.appsim.session.room.PackingPlan;
import dev.appsim.session.room.RoomPackager;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code PackageMain <in.session> <out.room> [--threads N]}: packages a session with {@link
 * RoomPackager} and default options, the way {@code session package} does; the packaging
 * comparison times it as a whole process, JVM start included.
 */
public final class PackageMain {
  private PackageMain() {}

  public static void main(String[] args) throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    if (args.length == 4 && args[2].equals("--threads")) {
      threads = Integer.parseInt(args[3]);
    } else if (args.length != 2) {
      System.err.println("usage: PackageMain <in.session> <out.room> [--threads N]");
      System.exit(2);
    }
    PackingPlan plan = new RoomPackager(PackageOptions.builder().threads(threads).build())
        .pack(Path.of(args[0]), Path.of(args[1]));
    System.out.println("packaged " + plan.entries().size() + " files, " + plan.totalBytes() + " bytes, "
        + threads + " thread(s) into " + args[1]);
  }
}
