package dev.appsim.session.room.archive.internal;

import dev.appsim.session.codec.io.ScratchFolder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One packaging or unpacking run's private folder for temporary files (spill files, rewritten
 * assets, unpack staging): a {@link ScratchFolder}, the library's one temporary-file mechanism
 * (also behind every atomic save), under the name the archive code uses. Made on first use beside
 * the files the run writes, deleted by {@link #close()}; a killed run's folder is deleted by the
 * next run there once it is provably a dead run's (a free lock, and no process with its pid and
 * start time on this machine). Thread-safe.
 */
public final class Scratch implements Closeable {
  /** The name prefix of every scratch folder. */
  public static final String PREFIX = ScratchFolder.PREFIX;

  private final ScratchFolder folder;

  /**
   * A scratch folder to be made in {@code parent} when first needed.
   *
   * @param purpose what the run does, recorded for a person who finds a leftover folder
   */
  public Scratch(Path parent, String purpose) {
    this.folder = new ScratchFolder(parent, purpose);
  }

  /** The folder, made (after sweeping dead runs' folders from its parent) on the first call. */
  public Path folder() throws IOException {
    return folder.folder();
  }

  /**
   * Deletes what dead runs of ours left in {@code parent}; never fails. A run calls it when it
   * starts writing there, whether or not it needs scratch space.
   */
  public static void sweep(Path parent) {
    ScratchFolder.sweep(parent);
  }

  /** A new empty file in the folder. */
  public Path newFile(String prefix, String suffix) throws IOException {
    return folder.newFile(prefix, suffix);
  }

  /** Deletes the folder and everything in it (see {@link ScratchFolder#close()}). */
  @Override
  public void close() throws IOException {
    folder.close();
  }

  /** As {@link #close()}, leaving what cannot be deleted to the next run's sweep. */
  public void closeQuietly() {
    folder.closeQuietly();
  }
}
