package dev.appsim.session.room.asset;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A rewritten copy of one asset, as an ordered list of byte-range edits over its source: each
 * replaces the source's bytes {@code [start, end)} with new bytes, every other byte is copied
 * unchanged. Made by {@link AssetRewriter#edits}, from one parse of the source; applying them is
 * a plain streaming copy that parses nothing and holds only the edits in memory (bounded by
 * {@link AssetLimits}: the reference count and the URI or line length), so the same copy can be
 * hashed and then written without reading the format twice. Immutable and thread-safe.
 *
 * <pre>{@code
 * AssetEdits edits = AssetRewriter.create().edits(source, Map.of("wood grain.png", "wood.png"));
 * try (InputStream in = Files.newInputStream(source)) {
 *   edits.apply(in, out);                       // checks the source is the one parsed
 * }
 * }</pre>
 *
 * <p>The edits remember the source's size and the bytes they replace. {@link #apply} checks both
 * and fails when the source changed since it was parsed; {@link #open} does not, for a caller that
 * verifies the copy's digest itself.
 */
public final class AssetEdits {
  /** One replaced range; {@code original} is what the source held there when it was parsed. */
  record Edit(long start, long end, byte[] bytes, byte[] original) {
    Edit {
      if (start < 0 || end < start || original.length != end - start) {
        throw new IllegalArgumentException("bad edit [" + start + ", " + end + ") of " + original.length + " bytes");
      }
    }

    long delta() {
      return bytes.length - (end - start);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Edit e && e.start == start && e.end == end && Arrays.equals(e.bytes, bytes)
          && Arrays.equals(e.original, original);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(start) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "[" + start + ", " + end + ") -> " + bytes.length + " bytes";
    }
  }

  private final String file;
  private final long sourceSize;
  private final List<Edit> edits;

  AssetEdits(String file, long sourceSize, List<Edit> edits) {
    this.file = requireNonNull(file, "file is null");
    this.sourceSize = sourceSize;
    this.edits = List.copyOf(edits);
    long at = 0;
    for (Edit e : this.edits) {
      if (e.start() < at) {
        throw new IllegalArgumentException("edits of " + file + " overlap or are out of order at byte " + e.start());
      }
      at = e.end();
    }
    if (sourceSize >= 0 && at > sourceSize) {
      throw new IllegalArgumentException("an edit of " + file + " ends at byte " + at + ", after the end " + sourceSize);
    }
  }

  private static final AssetEdits NONE = new AssetEdits("", -1, List.of());

  /** {@return edits that change nothing, for any file: the copy is the source, unchecked} */
  public static AssetEdits none() {
    return NONE;
  }

  /** A copy that is the source unchanged. */
  static AssetEdits none(String file, long sourceSize) {
    return new AssetEdits(file, sourceSize, List.of());
  }

  List<Edit> edits() {
    return edits;
  }

  /** {@return whether the copy is the source byte for byte (no edit)} */
  public boolean isEmpty() {
    return edits.isEmpty();
  }

  /** {@return how many byte ranges are replaced} */
  public int count() {
    return edits.size();
  }

  /**
   * {@return the size of the copy made from a source of {@code sourceSize} bytes}
   *
   * @param sourceSize the source's size
   */
  public long sizeFrom(long sourceSize) {
    long size = sourceSize;
    for (Edit e : edits) {
      size += e.delta();
    }
    return size;
  }

  /**
   * Writes the copy of {@code source} to {@code out}, checking on the way that the source is the
   * one the edits were made from: the same size, and the same bytes in every replaced range.
   * Neither stream is closed.
   *
   * @param source the asset's bytes, from the start
   * @param out where the copy goes
   * @throws IOException if reading or writing fails, or the source changed since it was parsed
   *     (the message names the file and what differs)
   */
  public void apply(InputStream source, OutputStream out) throws IOException {
    requireNonNull(source, "source is null");
    requireNonNull(out, "out is null");
    try (InputStream copy = new Edited(source, true, false)) {
      copy.transferTo(out);
    }
  }

  /**
   * {@return the copy of {@code source}, streamed; closing it closes {@code source}}
   *
   * <p>Nothing is checked: a source that is not the one the edits were made from gives a wrong
   * copy, which the caller must catch by its size and digest.
   *
   * @param source the asset's bytes, from the start
   */
  public InputStream open(InputStream source) {
    return new Edited(requireNonNull(source, "source is null"), false, true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssetEdits other && other.file.equals(file) && other.sourceSize == sourceSize
        && other.edits.equals(edits);
  }

  @Override
  public int hashCode() {
    return file.hashCode() * 31 + edits.hashCode();
  }

  @Override
  public String toString() {
    return "AssetEdits[" + file + ", " + edits.size() + " edits, " + sourceSize + " -> " + sizeFrom(sourceSize) + " bytes]";
  }

  /** The source with the edits applied, read front to back. */
  private final class Edited extends FilterInputStream {
    private final boolean check;
    private final boolean closeSource;
    private long position;
    private int next;
    private byte[] pending = {};
    private int pendingAt;

    Edited(InputStream source, boolean check, boolean closeSource) {
      super(source);
      this.check = check;
      this.closeSource = closeSource;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (true) {
        if (pendingAt < pending.length) {
          int n = Math.min(len, pending.length - pendingAt);
          System.arraycopy(pending, pendingAt, b, off, n);
          pendingAt += n;
          return n;
        }
        if (next < edits.size() && position == edits.get(next).start()) {
          Edit e = edits.get(next++);
          byte[] old = in.readNBytes((int) (e.end() - e.start()));
          position += old.length;
          if (check && !Arrays.equals(old, e.original())) {
            throw changed("bytes [" + e.start() + ", " + e.end() + ") are not the ones it had");
          }
          pending = e.bytes();
          pendingAt = 0;
          continue;
        }
        long before = next < edits.size() ? edits.get(next).start() - position : Long.MAX_VALUE;
        int n = in.read(b, off, (int) Math.min(len, before));
        if (n < 0) {
          if (check && (next < edits.size() || (sourceSize >= 0 && position != sourceSize))) {
            throw changed("it has " + position + " bytes, it had " + sourceSize);
          }
          return -1;
        }
        position += n;
        if (check && sourceSize >= 0 && position > sourceSize) {
          throw changed("it has more than the " + sourceSize + " bytes it had");
        }
        return n;
      }
    }

    // FilterInputStream would skip the source, bypassing the edits.
    @Override
    public long skip(long n) throws IOException {
      if (n <= 0) {
        return 0;
      }
      byte[] buffer = new byte[(int) Math.min(n, 8192)];
      return Math.max(read(buffer, 0, buffer.length), 0);
    }

    @Override
    public int available() {
      return pending.length - pendingAt;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() throws IOException {
      if (closeSource) {
        super.close();
      }
    }

    private IOException changed(String what) {
      return new IOException(file + " changed since it was parsed for rewriting: " + what);
    }
  }
}
