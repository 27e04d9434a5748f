package dev.appsim.session.room.internal;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.hash.Hasher;
import com.google.common.hash.HashingOutputStream;
import com.google.common.io.ByteStreams;
import com.google.common.io.CountingOutputStream;
import dev.appsim.session.room.archive.internal.Workers;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * Size and SHA-256 of each file, hashed on up to {@code threads} threads at once (files, not
   * parts of one file: SHA-256 is sequential), in the order given. The first failure, in that
   * order, is thrown as it was raised.
   */
  public static Map<Path, Sized> ofFiles(List<Path> files, int threads) throws IOException {
    Map<Path, Sized> result = new LinkedHashMap<>();
    List<Workers.Task<Sized>> tasks = new ArrayList<>(files.size());
    for (Path file : files) {
      tasks.add(() -> ofFile(file));
    }
    Workers.inOrder(tasks, threads, "room-hash", (i, sized) -> result.put(files.get(i), sized));
    return result;
  }

  /** Size and SHA-256 of everything {@code in} yields; does not close it. */
  public static Sized ofStream(InputStream in) throws IOException {
    // Larger reads than ByteStreams' 8 KiB: a file is a few system calls per MiB, not 128.
    Hasher hasher = sha256().newHasher();
    byte[] buffer = new byte[64 << 10];
    long size = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      hasher.putBytes(buffer, 0, n);
      size += n;
    }
    return new Sized(size, hasher.hash().toString());
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
