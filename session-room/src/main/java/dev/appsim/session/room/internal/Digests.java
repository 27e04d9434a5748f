package dev.appsim.session.room.internal;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.hash.HashingInputStream;
import com.google.common.hash.HashingOutputStream;
import com.google.common.io.ByteStreams;
import com.google.common.io.CountingInputStream;
import com.google.common.io.CountingOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Size and SHA-256 of files, streams and byte arrays, streamed through Guava's hashing and
 * counting streams so memory never grows with the input. Digests are lowercase hex, as the
 * manifest writes them.
 */
public final class Digests {
  private Digests() {}

  /** The hash function of every manifest digest. */
  public static HashFunction sha256() {
    return Hashing.sha256();
  }

  /** Size and SHA-256 of a whole file. */
  public static Sized ofFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ofStream(in);
    }
  }

  /** Size and SHA-256 of everything {@code in} yields; does not close it. */
  public static Sized ofStream(InputStream in) throws IOException {
    Tap tap = new Tap(in);
    ByteStreams.exhaust(tap);
    return tap.result();
  }

  /**
   * Passes a stream through while counting and hashing it, for readers that need the bytes and
   * their digest in one pass (verify scans an asset as it hashes it).
   */
  public static final class Tap extends FilterInputStream {
    private final CountingInputStream counting;
    private final HashingInputStream hashing;

    public Tap(InputStream in) {
      this(new CountingInputStream(in));
    }

    private Tap(CountingInputStream counting) {
      super(new HashingInputStream(sha256(), counting));
      this.counting = counting;
      this.hashing = (HashingInputStream) in;
    }

    // Skipped bytes would be neither counted nor hashed: read them instead.
    @Override
    public long skip(long n) throws IOException {
      if (n <= 0) {
        return 0;
      }
      byte[] buffer = new byte[(int) Math.min(n, 8192)];
      return Math.max(read(buffer, 0, buffer.length), 0);
    }

    /** Bytes read so far and their SHA-256; call once, after the last read. */
    public Sized result() {
      return new Sized(counting.getCount(), hashing.hash().toString());
    }
  }

  /** Size and SHA-256 of a byte array. */
  public static Sized ofBytes(byte[] bytes) {
    return new Sized(bytes.length, sha256().hashBytes(bytes).toString());
  }

  /** A sink that only counts and hashes what is written to it. */
  public static final class Sink extends FilterOutputStream {
    private final CountingOutputStream counting;
    private final HashingOutputStream hashing;

    public Sink() {
      this(new CountingOutputStream(ByteStreams.nullOutputStream()));
    }

    private Sink(CountingOutputStream counting) {
      super(new HashingOutputStream(sha256(), counting));
      this.counting = counting;
      this.hashing = (HashingOutputStream) out;
    }

    // FilterOutputStream would pass arrays on one byte at a time.
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    /** Bytes written so far and their SHA-256; call once, after the last write. */
    public Sized result() {
      return new Sized(counting.getCount(), hashing.hash().toString());
    }
  }

  /** A byte count and a SHA-256 in lowercase hex. */
  public record Sized(long size, String sha256) {}
}
