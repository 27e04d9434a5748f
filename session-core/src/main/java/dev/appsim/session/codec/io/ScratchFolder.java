package dev.appsim.session.codec.io;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One run's private folder for temporary files (a save's new file before its atomic move, spill
 * files, rewritten assets, unpack staging), made on first use beside the files the run writes, so
 * it is on the same file system, and deleted by {@link #close()}. If the run is killed, the next
 * run that makes a scratch folder in the same place, or calls {@link #sweep(Path)} there, deletes
 * it. The one temporary-file mechanism of the library: {@link AtomicFiles} and the room writers
 * and unpacker all use it.
 *
 * <pre>{@code
 * try (ScratchFolder scratch = new ScratchFolder(folder, "package s.session into s.room")) {
 *   Path spill = scratch.newFile("entry-", ".spill");
 *   ...
 * }                                                  // the folder and everything in it are gone
 * }</pre>
 *
 * <p>The folder is named {@code .appsim-scratch-<16 hex digits>} and holds an owner file
 * ({@link OwnerMarker}: pid, start time, host, purpose) on which this process holds an exclusive
 * lock while the folder exists. A later run deletes the folder only when it is provably a dead
 * run's: the lock is free (the operating system drops it when its process dies, however it dies),
 * the owner ran on this machine, and no process with the recorded pid and start time runs (see
 * {@link ScratchSweeper}). Everything else in the folder is ours alone, so its file names need not
 * be special, and no name a user could give a file of their own is ever deleted by pattern.
 * Thread-safe.
 */
public final class ScratchFolder implements Closeable {
  /** The name prefix of every scratch folder. */
  public static final String PREFIX = ".appsim-scratch-";
  static final String OWNER_FILE = "owner";
  private static final SecureRandom RANDOM = new SecureRandom();
  /** File keys (or real paths) of the scratch folders this JVM owns; sweeps skip them without opening them. */
  private static final Set<Object> LIVE = ConcurrentHashMap.newKeySet();

  private final Path parent;
  private final String purpose;
  private @Nullable Path folder;
  private @Nullable Object key;
  private @Nullable FileChannel ownerChannel;
  private boolean closed;

  /**
   * A scratch folder to be made in {@code parent} when first needed; nothing is touched on disk
   * until {@link #folder()} or {@link #newFile(String, String)} is called.
   *
   * @param parent the folder in which to make the scratch folder, normally the folder of the files
   *     the run writes (same file system); it must exist by the first use
   * @param purpose what the run does, recorded for a person who finds a leftover folder
   */
  public ScratchFolder(Path parent, String purpose) {
    this.parent = requireNonNull(parent, "parent is null").toAbsolutePath().normalize();
    this.purpose = requireNonNull(purpose, "purpose is null");
  }

  /**
   * Makes the folder on the first call, after sweeping dead runs' folders from {@code parent}.
   *
   * @return the absolute path of the scratch folder, the same on every call
   * @throws IllegalStateException if this scratch folder is closed
   * @throws IOException if the folder or its owner file cannot be made
   */
  public synchronized Path folder() throws IOException {
    if (closed) {
      throw new IllegalStateException("scratch folder for " + purpose + " is closed");
    }
    if (folder == null) {
      ScratchSweeper.sweep(parent);
      create();
    }
    return folder;
  }

  /**
   * Deletes what dead runs of ours left in {@code parent} (see {@link ScratchSweeper}); never
   * fails. A run calls it when it starts writing there, whether or not it needs scratch space.
   *
   * @param parent the folder to sweep; relative paths are resolved against the working folder
   */
  public static void sweep(Path parent) {
    ScratchSweeper.sweep(parent.toAbsolutePath().normalize());
  }

  /**
   * Makes a new empty file in the folder (making the folder first if needed), named the way
   * {@link Files#createTempFile(Path, String, String, java.nio.file.attribute.FileAttribute[])}
   * names it: prefix, random digits, suffix.
   *
   * @param prefix the start of the file name; may be {@code ""}
   * @param suffix the end of the file name; may be {@code ""}
   * @return the absolute path of the new file
   * @throws IllegalStateException if this scratch folder is closed
   * @throws IOException if the folder or the file cannot be made
   */
  public Path newFile(String prefix, String suffix) throws IOException {
    return Files.createTempFile(folder(), prefix, suffix);
  }

  private void create() throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        if (tryCreate()) {
          return;
        }
      } catch (FileAlreadyExistsException | NoSuchFileException e) {
        if (attempt == 10) {
          throw e;
        }
      }
      if (attempt == 10) {
        throw new IOException("cannot make a scratch folder in " + parent + ": another process removed each of"
            + " 10 attempts while it was being made");
      }
    }
  }

  /**
   * Makes the folder and its locked owner file; false if a sweep removed the folder while it was
   * still empty, or holds the lock of its unwritten owner file (see {@link ScratchSweeper}), so
   * another must be made.
   */
  private boolean tryCreate() throws IOException {
    Path made = Files.createDirectory(parent.resolve(PREFIX + HexFormat.of().toHexDigits(RANDOM.nextLong())));
    // Registered before the owner file exists, so no sweep of this JVM ever opens (and, by
    // closing, unlocks) it.
    Object madeKey = keyOf(made, Files.readAttributes(made, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    LIVE.add(madeKey);
    FileChannel channel;
    try {
      channel = FileChannel.open(made.resolve(OWNER_FILE), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      LIVE.remove(madeKey);
      return false;
    }
    // The lock comes before the marker: a sweeper that can read a marker finds it locked.
    // A sweeper of another process may have taken the lock of the still empty owner file first:
    // then the lock is refused, or (once the sweeper has deleted the owner file and let go) it is
    // granted on a file that no longer has a name. Either way the folder is not ours any more.
    if (!lock(channel) || !Files.exists(made.resolve(OWNER_FILE), LinkOption.NOFOLLOW_LINKS)) {
      channel.close();
      LIVE.remove(madeKey);
      return false;
    }
    folder = made;
    key = madeKey;
    ownerChannel = channel;
    ByteBuffer marker = ByteBuffer.wrap(OwnerMarker.current(purpose).text().getBytes(StandardCharsets.UTF_8));
    while (marker.hasRemaining()) {
      channel.write(marker);
    }
    return true;
  }

  /** Whether {@code name} is exactly what {@link #folder()} names a scratch folder. */
  static boolean isScratchName(String name) {
    return name.length() == PREFIX.length() + 16 && name.startsWith(PREFIX)
        && name.substring(PREFIX.length()).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  /**
   * Locks the owner file; false if another process holds the lock. A file system without locks
   * (some network mounts) leaves the folder unlocked: sweepers cannot take a lock there either, so
   * it is never swept, only deleted by {@link #close()}.
   */
  private static boolean lock(FileChannel channel) {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (IOException e) {
      return true;
    }
    return lock != null;
  }

  /** Whether {@code folder} is a scratch folder of this JVM that is still in use. */
  static boolean isLiveHere(Path folder, BasicFileAttributes attributes) throws IOException {
    return LIVE.contains(keyOf(folder, attributes));
  }

  private static Object keyOf(Path folder, BasicFileAttributes attributes) throws IOException {
    Object fileKey = attributes.fileKey();
    return fileKey != null ? fileKey : folder.toRealPath();
  }

  /**
   * Deletes the folder and everything in it; the owner file goes last. If something cannot be
   * deleted, the owner file stays (unlocked), so the next run's sweep removes the rest.
   */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (folder == null) {
      return;
    }
    Path owner = folder.resolve(OWNER_FILE);
    try {
      Trees.delete(folder, owner);
    } finally {
      if (ownerChannel != null) {
        ownerChannel.close();
      }
      LIVE.remove(key);
    }
    Files.deleteIfExists(owner);
    Files.deleteIfExists(folder);
  }

  /**
   * As {@link #close()}, but a failure to delete is not reported: the owner file then stays and
   * the next run's sweep removes the rest. For the end of a run that itself succeeded or already
   * failed for another reason.
   */
  public void closeQuietly() {
    try {
      close();
    } catch (IOException | RuntimeException ignored) {
      // Left to the next sweep; see above.
    }
  }
}
