package dev.appsim.session.codec.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Crash-safe replacement of a file: after {@link #write(Path, Content)} returns, the target holds
 * the new bytes; if it throws, or the process dies at any moment, the target holds either its old
 * bytes or the whole new ones, never a mixture or a truncated file.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("living-room.session"), out -> codec.write(doc, out, SessionFormat.JSON));
 * }</pre>
 *
 * <p>How: the content goes to a temporary file of the target's name in a {@link ScratchFolder}
 * made in the target's folder ({@code .appsim-scratch-<16 hex>/NAME}: same file system, so the
 * rename is atomic), is forced to the device with {@code FileChannel.force(true)}, then moved over
 * the target with {@code ATOMIC_MOVE}. A file system that cannot move atomically makes the save
 * fail; there is no silent non-atomic fallback. The folder is then forced too, where the platform
 * allows it (not on Windows), so that the rename itself survives a power loss. The scratch folder
 * is deleted whether the save succeeds or fails; one left by a killed save is deleted by the next
 * save (or room write) to that folder once its owner process is provably gone, never while it
 * runs, and never a file or folder of the user's, whatever its name.
 *
 * <p>What a save does with what is there:
 * <ul>
 *   <li><b>Not a regular file</b> (folder, device such as {@code /dev/null}, FIFO, socket):
 *       refused with {@link SpecialFileException} before anything is written.
 *   <li><b>Symbolic link</b>: followed, up to 40 links deep, also when dangling; the file it
 *       names is replaced atomically in <em>its</em> folder and the link stays a link, as editors
 *       do.
 *   <li><b>Mode, owner, group</b>: the new file gets the old file's POSIX permissions; its owner
 *       and group where this process may set them (as root, or the saving user's own groups),
 *       otherwise it belongs to the saving user. While being written it is readable by its owner
 *       only. ACLs and extended attributes are not copied. A new file gets the usual defaults.
 *   <li><b>Hard links</b>: the target gets a new inode; other names of the old file keep the
 *       old content.
 *   <li><b>Concurrent saves</b> to one target, from threads or processes: each has its own
 *       scratch folder and never removes another's; every save succeeds and the last rename
 *       wins, the target always one whole version.
 * </ul>
 *
 * <p>Thread-safe: any number of saves may run at once, each in its own scratch folder (see
 * concurrent saves above).
 */
public final class AtomicFiles {
  private static final int BUFFER = 64 * 1024;

  private AtomicFiles() {}

  /** Writes the content of a save to a stream; the stream must not be closed by the content. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the whole new file to {@code out}.
     *
     * @param out a buffered stream into the temporary file; flushed and closed by the save
     * @throws IOException if writing fails; the save is abandoned and the target left unchanged
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code target} atomically with what {@code content} writes.
   *
   * @param target the file to replace or create; its folder must exist, and a symbolic link is
   *     followed (up to 40 deep) and stays a link
   * @param content writes the new bytes; called once
   * @throws SpecialFileException if {@code target} exists and is not a regular file; nothing is
   *     written
   * @throws IOException if writing, syncing or moving fails; the target is then unchanged and the
   *     temporary file is gone
   * @throws RuntimeException whatever {@code content} throws, with the same guarantees
   */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, FileOps.SYSTEM);
  }

  /** Writes the whole new file at a path, for writers that need a file rather than a stream. */
  @FunctionalInterface
  public interface FileContent {
    /**
     * Creates and writes {@code temp}, a file of the target's name that does not exist yet, in a
     * scratch folder of its own inside the target's folder.
     *
     * @param temp the file to create; the save forces it to the device afterwards, then moves it
     *     over the target
     * @throws IOException if writing fails; the save is abandoned and the target left unchanged
     */
    void writeTo(Path temp) throws IOException;
  }

  /**
   * Replaces {@code target} atomically with the file {@code content} writes, e.g. a zip writer
   * that seeks back to patch headers. Same guarantees as {@link #write(Path, Content)}.
   *
   * @param target the file to replace or create; its folder must exist, and a symbolic link is
   *     followed (up to 40 deep) and stays a link
   * @param content creates and writes the new file; called once
   * @throws SpecialFileException if {@code target} exists and is not a regular file; nothing is
   *     written
   * @throws IOException if writing, syncing or moving fails; the target is then unchanged and the
   *     temporary file is gone
   * @throws RuntimeException whatever {@code content} throws, with the same guarantees
   */
  public static void replace(Path target, FileContent content) throws IOException {
    requireNonNull(content, "content is null");
    replace(target, FileOps.SYSTEM, (temp, save) -> {
      content.writeTo(temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        FileOps.SYSTEM.force(channel);
      }
    });
  }

  /**
   * Replaces {@code target} atomically with {@code bytes}, with the guarantees of {@link
   * #write(Path, Content)}.
   *
   * @param target the file to replace or create; its folder must exist, and a symbolic link is
   *     followed (up to 40 deep) and stays a link
   * @param bytes the whole new content; not modified
   * @throws SpecialFileException if {@code target} exists and is not a regular file; nothing is
   *     written
   * @throws IOException if writing, syncing or moving fails; the target is then unchanged
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    requireNonNull(bytes, "bytes is null");
    write(target, out -> out.write(bytes));
  }

  static void write(Path target, Content content, FileOps ops) throws IOException {
    requireNonNull(content, "content is null");
    replace(target, ops, (temp, save) -> {
      // Owner-only while the new bytes are written; the old file's mode is applied before the move.
      FileAttribute<?>[] attributes = save.keepsMode()
          ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(SaveTarget.PRIVATE)}
          : new FileAttribute<?>[0];
      try (FileChannel channel = FileChannel.open(temp,
          Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
        try (OutputStream out = new BufferedOutputStream(new ChannelOutput(channel, ops), BUFFER)) {
          content.writeTo(out);
        }
        ops.force(channel);
      }
    });
  }

  /** Writes and forces the temporary file of a save. */
  @FunctionalInterface
  private interface DurableTemp {
    void writeTo(Path temp, SaveTarget save) throws IOException;
  }

  // The common protocol: dead runs' scratch out, durable temp file in, old mode on, atomic move,
  // folder synced, our scratch folder gone.
  private static void replace(Path target, FileOps ops, DurableTemp durableTemp) throws IOException {
    SaveTarget save = SaveTarget.of(absolute(target));
    Path file = save.file();
    Path folder = file.getParent();
    ScratchFolder scratch = new ScratchFolder(folder, "save " + file);
    try {
      Path temp = scratch.folder().resolve(file.getFileName().toString());
      durableTemp.writeTo(temp, save);
      save.applyTo(temp);
      moveInPlace(temp, file, ops);
    } catch (IOException | RuntimeException | Error e) {
      try {
        scratch.close();
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    syncFolder(folder);
    // The save is done: a scratch folder that cannot be deleted now is swept by a later run.
    scratch.closeQuietly();
  }

  private static Path absolute(Path target) {
    requireNonNull(target, "target is null");
    Path absolute = target.toAbsolutePath();
    if (absolute.getParent() == null || absolute.getFileName() == null) {
      throw new IllegalArgumentException("target " + target + " names no file in a folder");
    }
    return absolute;
  }

  private static void moveInPlace(Path temp, Path target, FileOps ops) throws IOException {
    try {
      ops.move(temp, target);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot replace " + target + " atomically: the file system of "
          + target.getParent() + " does not support atomic moves", e);
    }
  }

  private static void syncFolder(Path folder) {
    // Like Lucene: opening or forcing a folder fails on some platforms (Windows, some network
    // file systems); the file itself is already durable, so the save still succeeds there.
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      return;
    }
  }

  /** Routes every write through {@link FileOps} so a test can fail the N-th one. */
  private static final class ChannelOutput extends OutputStream {
    private final FileChannel channel;
    private final FileOps ops;

    ChannelOutput(FileChannel channel, FileOps ops) {
      this.channel = channel;
      this.ops = ops;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      ops.write(channel, ByteBuffer.wrap(b, off, len));
    }
  }
}
