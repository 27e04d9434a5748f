package dev.appsim.session.codec.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Crash-safe replacement of a file: after {@link #write(Path, Content)} returns, the target holds
 * the new bytes; if it throws, or the process dies at any moment, the target holds either its old
 * bytes or the whole new ones, never a mixture or a truncated file.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("living-room.session"), out -> codec.write(doc, out, SessionFormat.JSON));
 * }</pre>
 *
 * <p>How: the content goes to a temporary file {@code .NAME.XXXXXXXXXXXXXXXX.tmp} in the target's
 * folder (same file system, so the rename is atomic), is forced to the device with {@code
 * FileChannel.force(true)}, then moved over the target with {@code ATOMIC_MOVE}. A file system that
 * cannot move atomically makes the save fail; there is no silent non-atomic fallback. The folder
 * is then forced too, where the platform allows it (not on Windows), so that the rename itself
 * survives a power loss; where it does not, the save still succeeds. On failure the temporary file is deleted; temporary files
 * for the same target left by a crashed earlier save are deleted by the next save.
 *
 * <p>Concurrent saves to one target are not supported: each save may delete another's stale-looking
 * temporary file, making that save fail (the target stays whole either way).
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BUFFER = 64 * 1024;

  private AtomicFiles() {}

  /** Writes the content of a save to a stream; the stream must not be closed by the content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole new file to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code target} atomically with what {@code content} writes.
   *
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
    /** Creates and writes {@code temp}, a file in the target's folder that does not exist yet. */
    void writeTo(Path temp) throws IOException;
  }

  /**
   * Replaces {@code target} atomically with the file {@code content} writes, e.g. a zip writer
   * that seeks back to patch headers. Same guarantees as {@link #write(Path, Content)}.
   */
  public static void replace(Path target, FileContent content) throws IOException {
    requireNonNull(content, "content is null");
    replace(target, FileOps.SYSTEM, temp -> {
      content.writeTo(temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        FileOps.SYSTEM.force(channel);
      }
    });
  }

  /** Replaces {@code target} atomically with {@code bytes}. */
  public static void write(Path target, byte[] bytes) throws IOException {
    requireNonNull(bytes, "bytes is null");
    write(target, out -> out.write(bytes));
  }

  /** The name prefix of our temporary files for {@code target}: a dot, the target's name, a dot. */
  static String tempPrefix(Path target) {
    return "." + target.getFileName() + ".";
  }

  static void write(Path target, Content content, FileOps ops) throws IOException {
    requireNonNull(content, "content is null");
    replace(target, ops, temp -> {
      try (FileChannel channel = FileChannel.open(temp,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        try (OutputStream out = new BufferedOutputStream(new ChannelOutput(channel, ops), BUFFER)) {
          content.writeTo(out);
        }
        ops.force(channel);
      }
    });
  }

  // The common protocol: stale temps out, durable temp file in, atomic move, folder synced.
  private static void replace(Path target, FileOps ops, FileContent durableTemp) throws IOException {
    Path absolute = folderChecked(target);
    Path folder = absolute.getParent();
    deleteStaleTemps(folder, absolute);
    Path temp = folder.resolve(tempPrefix(absolute) + randomHex() + ".tmp");
    try {
      durableTemp.writeTo(temp);
      moveInPlace(temp, absolute, ops);
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(temp, e);
      throw e;
    }
    syncFolder(folder);
  }

  private static Path folderChecked(Path target) {
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

  private static void deleteQuietly(Path temp, Throwable failure) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  private static void deleteStaleTemps(Path folder, Path target) throws IOException {
    String glob = globEscape(tempPrefix(target)) + "[0-9a-f]*.tmp";
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, glob)) {
      for (Path path : stale) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static String globEscape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("*?[]{}\\".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
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

  private static String randomHex() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
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
