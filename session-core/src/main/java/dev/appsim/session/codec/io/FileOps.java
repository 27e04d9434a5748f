package dev.appsim.session.codec.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The file-system steps of an atomic save, behind an interface so that tests can make the N-th
 * write, force or move fail and check what is left on disk.
 */
interface FileOps {
  /** The real file system. */
  FileOps SYSTEM = new FileOps() {};

  default void write(FileChannel channel, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  default void force(FileChannel channel) throws IOException {
    channel.force(true);
  }

  default void move(Path source, Path target) throws IOException {
    java.nio.file.Files.move(source, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
