package dev.appsim.session.room.archive;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the content of an entry comes from: a file streamed from disk, bytes in memory, or a
 * stream the caller produces on the fly (for content it rewrites while packaging).
 *
 * <pre>{@code
 * ZipEntrySource.ofPath(Path.of("assets/chair.glb"));
 * ZipEntrySource.ofBytes(manifestJson);
 * ZipEntrySource.ofStream(() -> rewriter.open(gltf), Files.size(gltf));
 * ZipEntrySource.ofSizedStream(() -> verified(texture), plannedSize);
 * }</pre>
 */
public final class ZipEntrySource {

  /** Opens a fresh stream of an entry's content; called at most once per write. */
  @FunctionalInterface
  public interface StreamOpener {
    /**
     * Opens the content; the writer closes it.
     *
     * @return a fresh stream positioned at the start of the content
     * @throws IOException if the content cannot be opened; the write fails with it
     */
    InputStream open() throws IOException;
  }

  private final StreamOpener opener;
  private final Optional<Path> path;
  private final boolean exact;
  private final long sizeEstimate;
  private final Optional<ReusableEntry> reusable;

  private ZipEntrySource(StreamOpener opener, Optional<Path> path, boolean exact, long sizeEstimate) {
    this(opener, path, exact, sizeEstimate, Optional.empty());
  }

  private ZipEntrySource(StreamOpener opener, Optional<Path> path, boolean exact, long sizeEstimate,
      Optional<ReusableEntry> reusable) {
    this.opener = opener;
    this.path = path;
    this.exact = exact;
    this.sizeEstimate = sizeEstimate;
    this.reusable = reusable;
  }

  /**
   * {@return content streamed from a regular file, never read whole into memory} Its size is read
   * from the file when the write starts, and the write fails if the file then changes size.
   *
   * @param path the file; opened only when the entry is written
   */
  public static ZipEntrySource ofPath(Path path) {
    requireNonNull(path, "path is null");
    return new ZipEntrySource(() -> Files.newInputStream(path), Optional.of(path), true, -1);
  }

  /**
   * {@return content held in memory; the array is copied}
   *
   * @param bytes the content
   */
  public static ZipEntrySource ofBytes(byte[] bytes) {
    requireNonNull(bytes, "bytes is null");
    byte[] copy = bytes.clone();
    return new ZipEntrySource(() -> new ByteArrayInputStream(copy), Optional.empty(), true, copy.length);
  }

  /**
   * Content produced by the caller while writing, e.g. a rewritten copy of a file.
   *
   * @param opener opens the content, at most once per write
   * @param sizeEstimate the expected size in bytes, used only for progress totals until the
   *     entry is done; must be zero or more
   * @return the source
   * @throws IllegalArgumentException if {@code sizeEstimate} is negative
   */
  public static ZipEntrySource ofStream(StreamOpener opener, long sizeEstimate) {
    requireNonNull(opener, "opener is null");
    if (sizeEstimate < 0) {
      throw new IllegalArgumentException("sizeEstimate (" + sizeEstimate + ") must be zero or more");
    }
    return new ZipEntrySource(opener, Optional.empty(), false, sizeEstimate);
  }

  /**
   * Content produced by the caller while writing whose size is known exactly in advance, e.g. a
   * file read through a stream that verifies it against a plan. A stored entry of such a source
   * is streamed straight into the archive, read once, with no temporary copy; if the stream
   * delivers a different number of bytes the write fails.
   *
   * @param opener opens the content, at most once per write
   * @param size the exact size in bytes; must be zero or more
   * @return the source
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static ZipEntrySource ofSizedStream(StreamOpener opener, long size) {
    requireNonNull(opener, "opener is null");
    if (size < 0) {
      throw new IllegalArgumentException("size (" + size + ") must be zero or more");
    }
    return new ZipEntrySource(opener, Optional.empty(), true, size);
  }

  /**
   * This source, with an entry of an earlier archive whose compressed bytes the writer may copy
   * instead of deflating this content again, after checking they hold the content whose SHA-256
   * the entry names (see {@link ReusableEntry}); a copied entry's source is not opened. Only
   * deflated entries use it; the result is byte-identical to compressing content with that
   * SHA-256.
   *
   * @param entry the earlier archive's entry, which must stay open for the whole write
   * @return a new source with the same content; this one is unchanged
   */
  public ZipEntrySource reusing(ReusableEntry entry) {
    requireNonNull(entry, "entry is null");
    return new ZipEntrySource(opener, path, exact, sizeEstimate, Optional.of(entry));
  }

  /** {@return the earlier archive's entry the writer may copy, if {@link #reusing} named one} */
  public Optional<ReusableEntry> reusable() {
    return reusable;
  }

  /**
   * Opens the content.
   *
   * @return a fresh stream of the content, which the caller closes
   * @throws IOException if the content cannot be opened
   */
  public InputStream open() throws IOException {
    return opener.open();
  }

  /** {@return the file this source streams from, if it is a file source} */
  public Optional<Path> path() {
    return path;
  }

  /**
   * The exact size when it is known before reading (file sources: the file's current size;
   * byte sources: the array length; sized streams: the caller's size), else the caller's
   * estimate.
   *
   * @return the size in bytes
   * @throws IOException if the size of a file source cannot be read
   */
  public long size() throws IOException {
    if (path.isPresent()) {
      return Files.size(path.get());
    }
    return sizeEstimate;
  }

  /** {@return whether {@link #size()} is exact rather than an estimate} */
  public boolean sizeIsExact() {
    return exact;
  }
}
