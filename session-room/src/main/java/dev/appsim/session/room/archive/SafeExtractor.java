package dev.appsim.session.room.archive;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.UnsafeArchiveException;
import dev.appsim.session.room.archive.internal.EntryNames;
import dev.appsim.session.room.archive.internal.Scratch;
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
import java.util.List;
import java.util.Optional;

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
  private static final int BUFFER = 64 << 10;

  /** Reports usable bytes on the file system holding a folder; a seam for tests. */
  @FunctionalInterface
  interface FreeSpace {
    long usable(Path folder) throws IOException;
  }

  private final FreeSpace freeSpace;

  /** An extractor that reads free space from the file system. */
  public SafeExtractor() {
    this(folder -> Files.getFileStore(folder).getUsableSpace());
  }

  SafeExtractor(FreeSpace freeSpace) {
    this.freeSpace = freeSpace;
  }

  /** Extracts every entry verbatim. */
  public void extract(SafeZipReader zip, Path target) throws IOException {
    extract(zip, target, EntryTransformer.NONE);
  }

  /**
   * Extracts every entry, letting {@code transformer} replace the content of some.
   *
   * @throws FileAlreadyExistsException if the target exists and is not an empty folder
   * @throws NoSuchFileException if the target's parent folder does not exist
   * @throws IOException if there is not enough free space or writing fails
   * @throws dev.appsim.session.room.IntegrityException if an entry's content disagrees with the
   *     directory
   */
  public void extract(SafeZipReader zip, Path target, EntryTransformer transformer) throws IOException {
    extract(zip, target, transformer, WriteProgressListener.NONE);
  }

  /** As {@link #extract(SafeZipReader, Path, EntryTransformer)}, reporting progress after each entry. */
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
      long bytesDone = 0;
      for (int i = 0; i < entries.size(); i++) {
        extractEntry(zip, stagingReal, entries.get(i), transformer);
        bytesDone += entries.get(i).size();
        progress.progress(i + 1, entries.size(), bytesDone, zip.totalSize());
      }
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

  private void extractEntry(SafeZipReader zip, Path staging, ZipEntryInfo entry, EntryTransformer transformer)
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
        ensureFolder(zip, next, staging, name);
      }
      path = next;
    }
    if (entry.isDirectory()) {
      return;
    }
    if (!path.getParent().toRealPath().startsWith(staging)) {
      throw escape(zip, name);
    }
    Optional<EntryRewriter> rewriter = transformer.rewriterFor(entry);
    try (InputStream in = zip.openStream(entry);
        OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      if (rewriter.isPresent()) {
        rewriter.get().rewrite(in, out);
        in.transferTo(OutputStream.nullOutputStream());
      } else {
        copy(in, out);
      }
    }
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

  private static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[BUFFER];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      out.write(buffer, 0, n);
    }
  }
}
