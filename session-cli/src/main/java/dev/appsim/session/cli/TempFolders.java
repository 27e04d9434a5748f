package dev.appsim.session.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deletes the temporary folders the command makes for itself ({@code -} as an output, the CDS training run). */
final class TempFolders {
  private TempFolders() {}

  /** Deletes {@code folder} and everything below it, deepest first; links are deleted, never followed. */
  static void deleteTree(Path folder) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : paths) {
      Files.deleteIfExists(p);
    }
  }
}
