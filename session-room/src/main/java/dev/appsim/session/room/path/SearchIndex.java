package dev.appsim.session.room.path;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files below one search folder, by lower-case file name, walked once: at most
 * {@code maxDepth} folder levels and {@code maxFiles} files, folders in name order so that what a
 * bounded walk sees does not depend on the order the OS lists them in. Links to folders are not
 * followed (no cycles); links to files count. Immutable once built, so one index serves every
 * thread of a plan.
 */
final class SearchIndex {
  private final Path root;
  private final Map<String, List<Path>> byName = new HashMap<>();
  private final boolean complete;
  private int files;

  private SearchIndex(Path root, int maxDepth, int maxFiles) {
    this.root = root;
    this.complete = walk(root, 0, maxDepth, maxFiles);
  }

  static SearchIndex build(Path root, int maxDepth, int maxFiles) {
    return new SearchIndex(root, maxDepth, maxFiles);
  }

  /** Whether the walk saw every file (it stopped at neither bound). */
  boolean isComplete() {
    return complete;
  }

  int fileCount() {
    return files;
  }

  Path root() {
    return root;
  }

  /** Every file whose name equals {@code name} ignoring case, in walk order. */
  List<Path> named(String name) {
    return byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  private boolean walk(Path folder, int depth, int maxDepth, int maxFiles) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path child : stream) {
        children.add(child);
      }
    } catch (IOException | DirectoryIteratorException | SecurityException e) {
      return true; // an unreadable folder has nothing to find; not a bound that was hit
    }
    children.sort(null);
    boolean whole = true;
    for (Path child : children) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        if (depth + 1 >= maxDepth) {
          whole = false;
        } else if (!walk(child, depth + 1, maxDepth, maxFiles)) {
          whole = false;
          if (files >= maxFiles) {
            return false;
          }
        }
      } else if (Files.isRegularFile(child)) {
        if (files >= maxFiles) {
          return false;
        }
        files++;
        byName.computeIfAbsent(child.getFileName().toString().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(child);
      }
    }
    return whole;
  }
}
