package dev.appsim.session.codec.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Removes scratch folders that dead runs of ours left in a folder (a run killed with SIGKILL
 * cannot clean up after itself). A folder is removed only when all of these hold, so a live
 * run's files and a user's look-alike files are never touched:
 *
 * <ul>
 *   <li>its name has the scratch prefix and it is a real folder, not a link;
 *   <li>it holds an owner file that is a regular file whose text is an {@link OwnerMarker};
 *   <li>no process of this JVM owns it, and the owner's lock on that file can be taken (the
 *       operating system drops a lock when its process dies, however it dies);
 *   <li>the owner ran on this machine, and no process with the recorded pid and start time is
 *       running.
 * </ul>
 *
 * <p>A run killed between making its folder and its owner file leaves an empty folder: an empty
 * folder with exactly a scratch folder's name ({@code .appsim-scratch-} and 16 hex digits) is
 * removed too; deleting an empty folder loses nothing, and a run that loses its folder that way
 * makes another. A run killed between making its owner file and writing the marker leaves an
 * empty owner file: in a folder with exactly that name it is removed once its lock is taken. A
 * live run in that instant has not locked it yet; it then finds the lock taken, or once the sweep
 * has deleted the owner file (before letting go of its lock) finds the file gone, and makes
 * another folder, so the sweep never deletes a folder a run goes on using.
 *
 * <p>Sweeping is best effort: anything unexpected leaves the folder for a later run.
 */
final class ScratchSweeper {
  private static final int MAX_MARKER = 4096;

  private ScratchSweeper() {}

  /** Sweeps {@code parent}; never fails. */
  static void sweep(Path parent) {
    try (DirectoryStream<Path> candidates = Files.newDirectoryStream(parent, ScratchFolder.PREFIX + "*")) {
      for (Path candidate : candidates) {
        try {
          sweepOne(candidate);
        } catch (IOException | RuntimeException e) {
          // Not provably dead, or not deletable now: a later run tries again.
        }
      }
    } catch (IOException | RuntimeException e) {
      // The folder cannot be listed; the run itself will report any real problem with it.
    }
  }

  /** Deletes {@code folder} if it is provably a dead run's scratch folder; says whether it did. */
  static boolean sweepOne(Path folder) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isDirectory() || ScratchFolder.isLiveHere(folder, attributes)) {
      return false;
    }
    Path owner = folder.resolve(ScratchFolder.OWNER_FILE);
    BasicFileAttributes ownerAttributes;
    try {
      ownerAttributes = Files.readAttributes(owner, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return deleteIfEmptyAndNamedLikeOurs(folder);
    }
    if (!ownerAttributes.isRegularFile() || ownerAttributes.size() > MAX_MARKER) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.READ, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS)) {
      String text = read(channel);
      Optional<OwnerMarker> marker = OwnerMarker.parse(text);
      boolean unwritten = text.isEmpty() && ScratchFolder.isScratchName(folder.getFileName().toString());
      if (marker.isEmpty() && !unwritten) {
        return false;
      }
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        return false;
      }
      // Holding the lock, an unwritten marker stays unwritten: its run writes only after locking.
      if (lock == null || marker.isPresent() && marker.get().mayBeAlive()) {
        return false;
      }
      Trees.delete(folder, owner);
      // Still holding the lock: a run that made this folder and locks its owner file only after
      // we let go must find the file gone (ScratchFolder checks), not take the folder over while
      // we delete it. Windows cannot delete an open file; there it goes after the channel closes.
      try {
        Files.delete(owner);
      } catch (IOException e) {
        // Deleted below.
      }
    }
    Files.deleteIfExists(owner);
    Files.deleteIfExists(folder);
    return true;
  }

  private static boolean deleteIfEmptyAndNamedLikeOurs(Path folder) throws IOException {
    if (!ScratchFolder.isScratchName(folder.getFileName().toString())) {
      return false;
    }
    try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
      if (children.iterator().hasNext()) {
        return false;
      }
    }
    try {
      Files.delete(folder);
      return true;
    } catch (DirectoryNotEmptyException e) {
      return false;
    }
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(MAX_MARKER);
    while (buffer.hasRemaining() && channel.read(buffer) > 0) {
      // Read until the file (at most MAX_MARKER bytes) is in the buffer.
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }
}
