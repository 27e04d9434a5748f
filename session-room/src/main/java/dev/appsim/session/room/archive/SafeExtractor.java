package dev.appsim.session.room.archive;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.archive.internal.EntryNames;
import dev.appsim.session.room.archive.internal.Scratch;
import dev.appsim.session.room.archive.internal.Workers;
import dev.appsim.session.room.error.UnsafeArchiveException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Unpacks a validated archive into a folder, all or nothing.
 *
 * <p>Entries are written into a fresh staging folder inside a scratch folder created beside the
 * target ({@code .appsim-scratch-<hex>/staging}), never following links: files are created with
 * {@code CREATE_NEW} and {@code NOFOLLOW_LINKS}, and every parent folder is checked to resolve
 * inside the staging folder. Before writing, the total declared size is checked against the free
 * space of the target's file system. On success the staging folder is moved onto the target with
 * an atomic rename. On any failure the scratch folder is deleted, so nothing half-written remains;
 * if the process is killed, the next extraction (or room write) beside the same target deletes it.
 *
 * <p>Every entry's place is checked, and its folders made, before any data is written; then the
 * files are written by worker threads (one per processor), each inflating, checking CRC-32 and
 * running the transformer on its own entry through 256 KiB buffers. The first failure stops the
 * others and is rethrown as it was raised ({@link dev.appsim.session.room.error.IntegrityException},
 * {@link dev.appsim.session.room.error.UnsafeReferenceException} and the rest, never wrapped); progress
 * is reported in entry order.
 *
 * <p>The target must not exist, or must be an empty folder (which is removed just before the
 * rename); anything else, including a link, fails with {@link FileAlreadyExistsException}. Its
 * parent folder must exist; a file system root ({@code /}, {@code C:\}) cannot be a target.
 *
 * <pre>{@code
 * try (SafeZipReader zip = SafeZipReader.open(room)) {
 *   new SafeExtractor().extract(zip, target, entry ->
 *       entry.name().endsWith(".gltf") ? Optional.of(relocator::rewrite) : Optional.empty());
 * }
 * }</pre>
 *
 * <p>Thread-safe: an extractor keeps no state between calls, so one may extract several archives at
 * once.
 */
public final class SafeExtractor {
  private static final int BUFFER = 256 << 10;
  private static final AtomicInteger THREAD_IDS = new AtomicInteger();

  /** Reports usable bytes on the file system holding a folder; a seam for tests. */
  @FunctionalInterface
  interface FreeSpace {
    long usable(Path folder) throws IOException;
  }

  private final FreeSpace freeSpace;
  private final int threads;

  /** An extractor that reads free space from the file system and writes with one thread per processor. */
  public SafeExtractor() {
    this(folder -> Files.getFileStore(folder).getUsableSpace());
  }

  SafeExtractor(FreeSpace freeSpace) {
    this(freeSpace, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  SafeExtractor(FreeSpace freeSpace, int threads) {
    this.freeSpace = freeSpace;
    this.threads = threads;
  }

  /**
   * Extracts every entry verbatim; see {@link #extract(SafeZipReader, Path, EntryTransformer)}.
   *
   * @param zip the checked archive
   * @param target the folder to create or fill; must not exist, or be an empty folder
   * @throws FileAlreadyExistsException if the target exists and is not an empty folder
   * @throws IOException if there is not enough free space or writing fails
   */
  public void extract(SafeZipReader zip, Path target) throws IOException {
    extract(zip, target, EntryTransformer.NONE);
  }

  /**
   * Extracts every entry, letting {@code transformer} replace the content of some. The
   * transformer is asked on the calling thread; the rewriters it returns run on worker threads,
   * several at once.
   *
   * @param zip the checked archive
   * @param target the folder to create or fill; must not exist, or be an empty folder
   * @param transformer chooses which entries are rewritten; {@link EntryTransformer#NONE} for none
   * @throws FileAlreadyExistsException if the target exists and is not an empty folder
   * @throws NoSuchFileException if the target's parent folder does not exist
   * @throws IOException if there is not enough free space or writing fails
   * @throws dev.appsim.session.room.error.IntegrityException if an entry's content disagrees with the
   *     directory
   */
  public void extract(SafeZipReader zip, Path target, EntryTransformer transformer) throws IOException {
    extract(zip, target, transformer, WriteProgressListener.NONE);
  }

  /**
   * As {@link #extract(SafeZipReader, Path, EntryTransformer)}, reporting progress after each entry, in entry order.
   *
   * @param zip the checked archive
   * @param target the folder to create or fill; must not exist, or be an empty folder
   * @param transformer chooses which entries are rewritten; {@link EntryTransformer#NONE} for none
   * @param progress told after each entry; {@link WriteProgressListener#NONE} for none
   * @throws FileAlreadyExistsException if the target exists and is not an empty folder
   * @throws NoSuchFileException if the target's parent folder does not exist
   * @throws IOException if there is not enough free space or writing fails
   * @throws dev.appsim.session.room.error.IntegrityException if an entry's content disagrees with the
   *     directory
   */
  public void extract(SafeZipReader zip, Path target, EntryTransformer transformer, WriteProgressListener progress)
      throws IOException {
    requireNonNull(progress, "progress is null");
    requireNonNull(zip, "zip is null");
    requireNonNull(target, "target is null");
    requireNonNull(transformer, "transformer is null");
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null || absolute.getFileName() == null) {
      throw new FileSystemException(target.toString(), null,
          "is a file system root; unpack into a new or empty folder below it");
    }
    if (!Files.isDirectory(parent)) {
      throw new NoSuchFileException(parent.toString(), null, "parent folder of the target does not exist");
    }
    boolean replaceEmpty = checkTarget(absolute);
    long usable = freeSpace.usable(parent);
    if (zip.totalSize() > usable) {
      throw new IOException(zip.archive().getFileName() + " needs " + zip.totalSize()
          + " bytes but only " + usable + " are free in " + parent);
    }
    Scratch scratch = new Scratch(parent, "unpack " + zip.archive().getFileName() + " into " + absolute);
    try {
      // createDirectory, not createTempDirectory: the unpacked folder gets the umask's permissions.
      Path staging = Files.createDirectory(scratch.folder().resolve("staging"));
      Path stagingReal = staging.toRealPath();
      List<ZipEntryInfo> entries = zip.entries();
      List<@Nullable FileWrite> writes = new ArrayList<>(entries.size());
      Set<Path> files = new HashSet<>();
      for (ZipEntryInfo entry : entries) {
        Optional<Path> file = place(zip, stagingReal, entry, files);
        int index = writes.size();
        writes.add(file.map(path -> new FileWrite(index, zip, entry, path, transformer.rewriterFor(entry))).orElse(null));
      }
      new Writes(writes, entries, zip.totalSize(), progress).run();
      if (replaceEmpty) {
        Files.delete(absolute);
      }
      Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      scratch.closeQuietly();
    }
  }

  /** Returns whether the target is an existing empty folder to replace. */
  private static boolean checkTarget(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> children = Files.newDirectoryStream(target)) {
        if (!children.iterator().hasNext()) {
          return true;
        }
      }
    }
    throw new FileAlreadyExistsException(target.toString(), null, "target exists and is not an empty folder");
  }

  /**
   * Checks that the entry resolves inside the staging folder and makes its folders; returns the
   * file to write, empty for a directory entry. {@code files} holds the files placed so far,
   * not written yet, so a later entry cannot make one of them a folder.
   */
  private static Optional<Path> place(SafeZipReader zip, Path staging, ZipEntryInfo entry, Set<Path> files)
      throws IOException {
    String name = entry.name();
    String bare = entry.isDirectory() ? name.substring(0, name.length() - 1) : name;
    Path path = staging;
    String[] segments = bare.split("/");
    for (int i = 0; i < segments.length; i++) {
      Path next = path.resolve(segments[i]);
      if (!path.equals(next.getParent()) || !next.normalize().startsWith(staging)) {
        throw escape(zip, name);
      }
      if (i < segments.length - 1 || entry.isDirectory()) {
        if (files.contains(next)) {
          throw escape(zip, name);
        }
        ensureFolder(zip, next, staging, name);
      }
      path = next;
    }
    if (entry.isDirectory()) {
      return Optional.empty();
    }
    if (!path.getParent().toRealPath().startsWith(staging) || !files.add(path)
        || Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw escape(zip, name);
    }
    return Optional.of(path);
  }

  private static void ensureFolder(SafeZipReader zip, Path folder, Path staging, String name) throws IOException {
    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw escape(zip, name);
    }
    Files.createDirectory(folder);
    if (!folder.toRealPath().startsWith(staging)) {
      throw escape(zip, name);
    }
  }

  private static UnsafeArchiveException escape(SafeZipReader zip, String name) {
    return new UnsafeArchiveException(name, zip.archive().getFileName() + ": entry " + EntryNames.quote(name)
        + " does not resolve to a new file inside the staging folder");
  }

  /**
   * Which writes should give up: those after the first entry (in entry order) that failed, so
   * the failure reported is the one a one-by-one extraction would report; everything, once the
   * extraction is over.
   */
  private static final class Stop {
    private final AtomicInteger firstFailure = new AtomicInteger(Integer.MAX_VALUE);

    void failed(int index) {
      firstFailure.accumulateAndGet(index, Math::min);
    }

    void all() {
      firstFailure.set(-1);
    }

    boolean applies(int index) {
      return firstFailure.get() < index;
    }
  }

  /** Thrown inside a worker whose entry was abandoned because another one failed; never escapes. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  /** One file entry to write into its placed path. */
  private static final class FileWrite {
    private final int index;
    private final SafeZipReader zip;
    private final ZipEntryInfo entry;
    private final Path path;
    private final Optional<EntryRewriter> rewriter;

    FileWrite(int index, SafeZipReader zip, ZipEntryInfo entry, Path path, Optional<EntryRewriter> rewriter) {
      this.index = index;
      this.zip = zip;
      this.entry = entry;
      this.path = path;
      this.rewriter = rewriter;
    }

    /** Writes the file, giving up early once an earlier entry has failed. */
    void run(Stop stop) throws IOException {
      if (stop.applies(index)) {
        throw new Stopped();
      }
      try (InputStream in = zip.openStream(entry);
          OutputStream file = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
        if (rewriter.isPresent()) {
          try (OutputStream out = new BufferedOutputStream(file, BUFFER)) {
            rewriter.get().rewrite(in, out);
          }
          in.transferTo(OutputStream.nullOutputStream());
        } else {
          copy(in, file, stop, index);
        }
      }
    }

    // Not InputStream.transferTo: its 8 KiB buffer costs a system call per 8 KiB written, and it
    // cannot give up when another entry has already failed.
    private static void copy(InputStream in, OutputStream out, Stop stop, int index) throws IOException {
      byte[] buffer = new byte[BUFFER];
      int n;
      while ((n = in.readNBytes(buffer, 0, BUFFER)) > 0) {
        if (stop.applies(index)) {
          throw new Stopped();
        }
        out.write(buffer, 0, n);
      }
    }
  }

  /** The file writes of one extraction, on worker threads when there is more than one. */
  private final class Writes {
    private final List<@Nullable FileWrite> writes;
    private final List<ZipEntryInfo> entries;
    private final long totalSize;
    private final WriteProgressListener progress;
    private final Stop stop = new Stop();

    Writes(List<@Nullable FileWrite> writes, List<ZipEntryInfo> entries, long totalSize, WriteProgressListener progress) {
      this.writes = writes;
      this.entries = entries;
      this.totalSize = totalSize;
      this.progress = progress;
    }

    void run() throws IOException {
      long files = writes.stream().filter(w -> w != null).count();
      int workers = (int) Math.min(threads, files);
      if (workers <= 1) {
        long bytesDone = 0;
        for (int i = 0; i < writes.size(); i++) {
          FileWrite write = writes.get(i);
          if (write != null) {
            write.run(stop);
          }
          bytesDone += entries.get(i).size();
          progress.progress(i + 1, entries.size(), bytesDone, totalSize);
        }
        return;
      }
      ExecutorService pool = Executors.newFixedThreadPool(workers, SafeExtractor::thread);
      try {
        List<@Nullable Future<?>> futures = new ArrayList<>(writes.size());
        for (FileWrite write : writes) {
          futures.add(write == null ? null : pool.submit(() -> {
            try {
              write.run(stop);
            } catch (Stopped e) {
              throw e;
            } catch (IOException | RuntimeException | Error e) {
              stop.failed(write.index);
              throw e;
            }
            return null;
          }));
        }
        long bytesDone = 0;
        for (int i = 0; i < futures.size(); i++) {
          @Nullable Future<?> future = futures.get(i);
          if (future != null) {
            await(future);
          }
          bytesDone += entries.get(i).size();
          progress.progress(i + 1, entries.size(), bytesDone, totalSize);
        }
      } finally {
        stop.all();
        // No shutdownNow: interrupting a worker inside a FileChannel read would close the
        // archive's channel for every reader. Workers see the stop flag within one buffer.
        stopAndWait(pool);
      }
    }

    /** Waits for one write; rethrows its failure as it was raised; an abandoned write is skipped. */
    private void await(Future<?> future) throws IOException {
      try {
        Workers.await(future, "an unpack worker");
      } catch (Stopped e) {
        // This write gave up because an earlier entry failed; that failure was thrown already.
      }
    }
  }

  private static void stopAndWait(ExecutorService pool) {
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(r, "room-unpack-" + THREAD_IDS.incrementAndGet());
    t.setDaemon(true);
    return t;
  }
}
