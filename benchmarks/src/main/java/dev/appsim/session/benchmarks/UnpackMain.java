package dev.appsim.session.benchmarks;

import dev.appsim.session.room.Room;
import dev.appsim.session.room.PathStyle;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code UnpackMain <in.room> <folder>}: opens a room and unpacks it, every check included, the
 * way {@code session unpack} does; the packaging comparison times it against {@code unzip -q}.
 */
public final class UnpackMain {
  private UnpackMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: UnpackMain <in.room> <folder>");
      System.exit(2);
    }
    try (Room room = Room.open(Path.of(args[0]))) {
      System.out.println("unpacked " + room.unpack(Path.of(args[1]), PathStyle.RELATIVE));
    }
  }
}
