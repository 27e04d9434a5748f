package dev.appsim.session.codec.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a save replaces: the path after following symbolic links (a save writes through a link to
 * the file it names, as editors do, and leaves the link in place), and the mode, owner and group
 * of the file there, given to the new file. Refuses anything that is not a regular file.
 */
final class SaveTarget {
  /** Owner-only permissions for a temporary file that gets the old file's mode before the move. */
  static final Set<PosixFilePermission> PRIVATE = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  // Linux's own limit on links followed while resolving a path.
  private static final int MAX_LINKS = 40;

  private final Path file;
  private final @Nullable PosixFileAttributes existing;
  private final boolean exists;

  private SaveTarget(Path file, boolean exists, @Nullable PosixFileAttributes existing) {
    this.file = file;
    this.exists = exists;
    this.existing = existing;
  }

  /** Resolves {@code target}, an absolute path naming a file in a folder. */
  static SaveTarget of(Path target) throws IOException {
    Path file = target;
    for (int links = 0; Files.isSymbolicLink(file); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemException(target.toString(), null, "has more than " + MAX_LINKS
            + " levels of symbolic links; a save follows at most " + MAX_LINKS);
      }
      Path parent = file.getParent();
      // Not normalised: "a/.." must go through a, which may itself be a link.
      file = parent.resolve(Files.readSymbolicLink(file));
    }
    if (file.getFileName() == null || file.getParent() == null) {
      throw new FileSystemException(target.toString(), null, "is a link to " + file + ", which names no file in a folder");
    }
    BasicFileAttributes basic;
    try {
      basic = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      if (!Files.isDirectory(file.getParent())) {
        // Named here, or the first file the save tries to create there would be named instead.
        throw new NoSuchFileException(file.getParent().toString(), null, "the folder to save " + file.getFileName()
            + " in does not exist");
      }
      return new SaveTarget(file, false, null);
    }
    if (!basic.isRegularFile()) {
      throw new SpecialFileException(file.toString(), kind(file, basic));
    }
    PosixFileAttributes posix = null;
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) != null) {
      posix = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }
    return new SaveTarget(file, true, posix);
  }

  /** The file to replace, links followed. */
  Path file() {
    return file;
  }

  /** Whether a file is there now. */
  boolean exists() {
    return exists;
  }

  /** Whether the old file's mode is known and should be given to the temporary file. */
  boolean keepsMode() {
    return existing != null;
  }

  /**
   * Gives {@code temp} the old file's mode, and its owner and group where this process may
   * (only root may give a file away; otherwise the new file belongs to the saving user).
   */
  void applyTo(Path temp) throws IOException {
    if (existing == null) {
      return;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    try {
      view.setGroup(existing.group());
    } catch (IOException | UnsupportedOperationException e) {
      // not a member of that group: keep ours
    }
    try {
      if (!Files.getOwner(temp).equals(existing.owner())) {
        view.setOwner(existing.owner());
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not allowed to give the file away
    }
    // Last: chown may clear the set-id bits.
    Set<PosixFilePermission> mode = existing.permissions();
    view.setPermissions(mode);
  }

  private static String kind(Path file, BasicFileAttributes basic) {
    if (basic.isDirectory()) {
      return "a folder";
    }
    if (basic.isSymbolicLink()) {
      return "a symbolic link";
    }
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      switch (mode & 0170000) {
        case 0010000: return "a FIFO";
        case 0020000: return "a character device";
        case 0060000: return "a block device";
        case 0140000: return "a socket";
        default: break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      // no "unix" view here
    }
    return "a special file";
  }
}
