package dev.appsim.session.room.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over files and streams, read in 64 KiB blocks so memory never grows with the file. */
public final class Digests {
  private static final int BUFFER = 64 * 1024;

  private Digests() {}

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /** Lowercase hex of {@code digest}'s result. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Size and SHA-256 of a whole file. */
  public static Sized ofFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ofStream(in);
    }
  }

  /** Size and SHA-256 of everything {@code in} yields. */
  public static Sized ofStream(InputStream in) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[BUFFER];
    long size = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      digest.update(buffer, 0, n);
      size += n;
    }
    return new Sized(size, hex(digest));
  }

  /** Size and SHA-256 of a byte array. */
  public static Sized ofBytes(byte[] bytes) {
    MessageDigest digest = sha256();
    digest.update(bytes);
    return new Sized(bytes.length, hex(digest));
  }

  /** A sink that only counts and hashes what is written to it. */
  public static final class Sink extends OutputStream {
    private final MessageDigest digest = sha256();
    private long size;

    @Override
    public void write(int b) {
      digest.update((byte) b);
      size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      digest.update(b, off, len);
      size += len;
    }

    public Sized result() {
      return new Sized(size, hex(digest));
    }
  }

  /** A byte count and a SHA-256 in lowercase hex. */
  public record Sized(long size, String sha256) {}
}
