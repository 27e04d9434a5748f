package dev.appsim.session.testkit;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.SessionDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One golden session file shipped in this jar: bytes written by a released version of the format,
 * which every later reader must still read to the same document.
 *
 * @param version the format version the file was written in
 * @param name file name, e.g. {@code bunny-scan.session}
 * @param format JSON or Smile
 * @param sha256 lowercase hex SHA-256 of the file, checked on every {@link #bytes()}
 */
public record GoldenFile(FormatVersion version, String name, SessionFormat format, String sha256) {
  /**
   * Checks that no component is null.
   *
   * @param version the format version the file was written in
   * @param name file name
   * @param format JSON or Smile
   * @param sha256 lowercase hex SHA-256 of the file
   */
  public GoldenFile {
    requireNonNull(version, "version is null");
    requireNonNull(name, "name is null");
    requireNonNull(format, "format is null");
    requireNonNull(sha256, "sha256 is null");
  }

  /** {@return class-path resource name, e.g. {@code dev/appsim/session/testkit/golden/1.0/small.session}} */
  public String resource() {
    return GoldenFiles.ROOT + version + "/" + name;
  }

  /**
   * The file's bytes.
   *
   * @return the bytes, checked against {@link #sha256()}
   * @throws IllegalStateException if the resource is missing or its SHA-256 is not {@link #sha256()}
   *     (a golden file was edited, which is never allowed)
   */
  public byte[] bytes() {
    return load(resource(), sha256);
  }

  /** The resource's bytes, checked against {@code sha256}. */
  static byte[] load(String resource, String sha256) {
    byte[] bytes;
    try (InputStream in = GoldenFile.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("golden file " + resource + " is not on the class path");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden file " + resource, e);
    }
    String actual = sha256(bytes);
    if (!actual.equals(sha256)) {
      throw new IllegalStateException("golden file " + resource + " has SHA-256 " + actual + ", expected " + sha256
          + ": golden files are never edited; add a new file instead");
    }
    return bytes;
  }

  /**
   * {@return the document as this library's codec reads it: the reference a downstream reader
   * compares with}
   */
  public SessionDocument read() {
    return SessionCodec.defaults().read(bytes());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return version + "/" + name;
  }
}
