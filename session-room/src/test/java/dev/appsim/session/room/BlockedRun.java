package dev.appsim.session.room;

import dev.appsim.session.room.archive.WriteOptions;
import dev.appsim.session.room.archive.WriteProgressListener;
import java.nio.file.Path;

/**
 * Run by {@link KilledRunTest} in a child JVM: packages ({@code package <session> <room> <n>})
 * or unpacks ({@code unpack <room> <dir> <n>}), prints {@code READY} after the n-th entry and
 * then blocks, so that the parent can look at its files and kill it. With n = 0 it never
 * blocks, for kills at arbitrary moments.
 */
public final class BlockedRun {
  private BlockedRun() {}

  public static void main(String[] args) throws Exception {
    int blockAfter = Integer.parseInt(args[3]);
    WriteProgressListener block = (done, total, bytesDone, bytesTotal) -> {
      if (done == blockAfter) {
        System.out.println("READY");
        System.out.flush();
        sleepForever();
      }
    };
    if (args[0].equals("package")) {
      // Two threads and the smallest spill threshold: big entries spill while others are written.
      new RoomPackager(PackageOptions.builder().write(WriteOptions.builder().threads(2).level(6).spillThreshold(64 << 10).build()).build())
          .pack(Path.of(args[1]), Path.of(args[2]), block);
    } else {
      try (Room room = Room.open(Path.of(args[1]))) {
        room.unpack(Path.of(args[2]), PathStyle.ABSOLUTE, block);
      }
    }
    System.out.println("DONE");
  }

  private static void sleepForever() {
    while (true) {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        // Only the parent's kill ends this run.
      }
    }
  }
}
