package dev.appsim.session.codec.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Temporary files and folders that a later run can clean up safely after a crash: each is named
 * {@code .<base>.<16 hex digits>.appsim-tmp} and has an owner marker beside it, {@code
 * .<base>.<16 hex digits>.appsim-owner}, recording the process that made it (id, start time,
 * host). {@link #sweep(Path, String)} removes only what a dead process of ours left: never a
 * file without a marker (such as a user's {@code .out.session.backup.tmp}), never one whose
 * owner still runs (a concurrent save), never one made on another host.
 *
 * <pre>{@code
 * OwnedTempFiles.sweep(folder, "scene.room");                       // what crashed runs left
 * Path spill = OwnedTempFiles.createFile(folder, "scene.room");     // marker, then the file
 * try {
 *   ...write spill...
 * } finally {
 *   OwnedTempFiles.delete(spill);                                   // the file, then the marker
 * }
 * }</pre>
 *
 * <p>Every step is ordered so that a kill at any moment leaves at worst a marker whose owner is
 * dead, which the next sweep removes with whatever it names: the marker is written before the
 * temporary file exists and deleted after it is gone (moved or deleted).
 */
public final class OwnedTempFiles {
  /** The suffix of temporary files and folders. */
  public static final String TEMP_SUFFIX = ".appsim-tmp";
  /** The suffix of owner markers. */
  public static final String MARKER_SUFFIX = ".appsim-owner";

  // Names stay well below the 255 bytes most file systems allow: the base is cut to this many chars.
  private static final int MAX_BASE = 96;
  private static final SecureRandom RANDOM = new SecureRandom();

  private OwnedTempFiles() {}

  /**
   * Reserves a fresh temporary name in {@code folder}: writes the owner marker and returns the
   * path, which does not exist yet; the caller creates a file or folder there.
   *
   * @param base names what the temporary stands for, usually the target's file name
   */
  public static Path reserve(Path folder, String base) throws IOException {
    requireNonNull(folder, "folder is null");
    String prefix = prefix(base);
    for (int attempt = 0; ; attempt++) {
      byte[] random = new byte[8];
      RANDOM.nextBytes(random);
      String stem = prefix + HexFormat.of().formatHex(random);
      Path marker = folder.resolve(stem + MARKER_SUFFIX);
      try {
        Files.writeString(marker, TempOwner.CURRENT.format(), StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt < 3) {
          continue; // 64 random bits: only a hostile folder gets here
        }
        throw e;
      }
      return folder.resolve(stem + TEMP_SUFFIX);
    }
  }

  /** {@link #reserve(Path, String)} and an empty file created at the reserved path. */
  public static Path createFile(Path folder, String base) throws IOException {
    return create(folder, base, Files::createFile);
  }

  /** {@link #reserve(Path, String)} and an empty folder created at the reserved path. */
  public static Path createDirectory(Path folder, String base) throws IOException {
    return create(folder, base, Files::createDirectory);
  }

  /** Creates something at a path. */
  @FunctionalInterface
  private interface Creator {
    Path create(Path path, java.nio.file.attribute.FileAttribute<?>... attributes) throws IOException;
  }

  private static Path create(Path folder, String base, Creator creator) throws IOException {
    Path temp = reserve(folder, base);
    try {
      return creator.create(temp);
    } catch (IOException | RuntimeException e) {
      deleteMarkerQuietly(temp, e);
      throw e;
    }
  }

  /**
   * Deletes a temporary file or folder (with its contents, without following links) made here,
   * then its marker. Missing parts are skipped.
   */
  public static void delete(Path temp) throws IOException {
    deleteTree(temp);
    Files.deleteIfExists(markerOf(temp));
  }

  /** Gives up ownership once the temporary is gone, e.g. moved onto its target: deletes the marker. */
  public static void release(Path temp) throws IOException {
    Files.deleteIfExists(markerOf(temp));
  }

  /**
   * Deletes the temporary files and folders for {@code base} in {@code folder} whose owner has
   * certainly exited, with their markers. An entry that cannot be deleted is skipped and tried
   * again by the next sweep.
   *
   * @return how many markers were removed
   * @throws IOException if {@code folder} cannot be listed (a missing folder holds nothing: 0)
   */
  public static int sweep(Path folder, String base) throws IOException {
    String prefix = prefix(base);
    // Exactly ".<base>.<16 hex>.appsim-owner": a glob would also match other bases starting alike.
    DirectoryStream.Filter<Path> ours = path -> {
      String name = path.getFileName().toString();
      return name.length() == prefix.length() + 16 + MARKER_SUFFIX.length() && name.startsWith(prefix)
          && name.endsWith(MARKER_SUFFIX) && isHex(name, prefix.length(), prefix.length() + 16);
    };
    int removed = 0;
    try (DirectoryStream<Path> markers = Files.newDirectoryStream(folder, ours)) {
      for (Path marker : markers) {
        TempOwner owner = TempOwner.read(marker);
        if (owner != null && owner.isDead()) {
          String name = marker.getFileName().toString();
          try {
            deleteTree(marker.resolveSibling(name.substring(0, name.length() - MARKER_SUFFIX.length()) + TEMP_SUFFIX));
            Files.deleteIfExists(marker);
            removed++;
          } catch (IOException e) {
            // Left for the next sweep: cleaning up must not make the work it precedes fail.
          }
        }
      }
    } catch (NoSuchFileException e) {
      return 0;
    }
    return removed;
  }

  /** The marker of {@code temp}. */
  static Path markerOf(Path temp) {
    String name = temp.getFileName().toString();
    if (!name.endsWith(TEMP_SUFFIX)) {
      throw new IllegalArgumentException(temp + " is not a temporary file of OwnedTempFiles (no "
          + TEMP_SUFFIX + " suffix)");
    }
    return temp.resolveSibling(name.substring(0, name.length() - TEMP_SUFFIX.length()) + MARKER_SUFFIX);
  }

  // ".<base>." with the base cut short enough for any file system, never inside a surrogate pair.
  private static String prefix(String base) {
    requireNonNull(base, "base is null");
    if (base.isEmpty() || base.indexOf('/') >= 0 || base.indexOf('\\') >= 0 || base.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("base \"" + base + "\" must be a non-empty file name without separators");
    }
    int end = Math.min(base.length(), MAX_BASE);
    if (end < base.length() && Character.isHighSurrogate(base.charAt(end - 1))) {
      end--;
    }
    return "." + base.substring(0, end) + ".";
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // Links are deleted, never followed: a temporary folder may hold what an archive put there.
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
        if (failure != null) {
          throw failure;
        }
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void deleteMarkerQuietly(Path temp, Throwable failure) {
    try {
      Files.deleteIfExists(markerOf(temp));
    } catch (IOException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  private static boolean isHex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
