package dev.appsim.session.room.path;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the files below a folder whose path matches given segments ignoring case, segment by
 * segment ({@code TEXTURES/CESIUM.PNG} finds {@code textures/cesium.png}), for paths written on a
 * case-insensitive host. Every match is returned, so that two ({@code Cesium.png} and
 * {@code cesium.png}) make an ambiguity, never a guess. Bounded: a folder is listed up to
 * {@link #MAX_LISTED} entries and at most {@link #MAX_BRANCHES} folders are followed per level.
 */
final class CaseInsensitiveLookup {
  static final int MAX_LISTED = 100_000;
  static final int MAX_BRANCHES = 16;

  private CaseInsensitiveLookup() {}

  /** The real paths of the regular files that match, sorted; empty if none. */
  static List<Path> find(Path base, List<String> segments) {
    List<Path> level = List.of(base);
    for (int i = 0; i < segments.size() && !level.isEmpty(); i++) {
      String segment = segments.get(i);
      boolean last = i == segments.size() - 1;
      List<Path> next = new ArrayList<>();
      for (Path folder : level) {
        if (segment.equals("..")) {
          next.add(folder.resolve(segment));
        } else {
          matches(folder, segment, last, next);
        }
      }
      next.sort(null);
      level = next.size() > MAX_BRANCHES ? next.subList(0, MAX_BRANCHES) : next;
    }
    TreeSet<Path> real = new TreeSet<>();
    for (Path p : level) {
      try {
        real.add(p.toRealPath());
      } catch (IOException | SecurityException e) {
        // Vanished or unreadable since it was listed: not a match.
      }
    }
    return List.copyOf(real);
  }

  private static void matches(Path folder, String segment, boolean file, List<Path> out) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
      int listed = 0;
      for (Path child : children) {
        if (++listed > MAX_LISTED) {
          break;
        }
        Path name = child.getFileName();
        if (name != null && name.toString().equalsIgnoreCase(segment)
            && (file ? Files.isRegularFile(child) : Files.isDirectory(child))) {
          out.add(child);
        }
      }
    } catch (IOException | DirectoryIteratorException | SecurityException e) {
      // An unreadable folder holds no match; the exact attempt before recorded the miss.
    }
  }
}
