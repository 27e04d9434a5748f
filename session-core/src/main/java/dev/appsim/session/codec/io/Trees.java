package dev.appsim.session.codec.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.jspecify.annotations.Nullable;

/** Deletes folder trees without following links (a link inside is removed, never its target). */
final class Trees {
  private Trees() {}

  /**
   * Deletes {@code root} and everything below it; when {@code except} is a file directly in
   * {@code root}, that file and {@code root} stay.
   */
  static void delete(Path root, @Nullable Path except) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (!file.equals(except)) {
          Files.deleteIfExists(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        if (except == null || !dir.equals(root)) {
          Files.deleteIfExists(dir);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
