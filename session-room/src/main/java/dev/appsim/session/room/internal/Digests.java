package dev.appsim.session.room.internal;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.hash.HashingInputStream;
import com.google.common.hash.HashingOutputStream;
import com.google.common.io.ByteStreams;
import com.google.common.io.CountingOutputStream;
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
    HashingInputStream hashing = new HashingInputStream(sha256(), in);
    long size = ByteStreams.exhaust(hashing);
    return new Sized(size, hashing.hash().toString());
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
