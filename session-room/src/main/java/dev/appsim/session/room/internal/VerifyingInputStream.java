package dev.appsim.session.room.internal;

import dev.appsim.session.room.IntegrityException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Passes a file's bytes through while hashing them, and fails at the end if they are not the
 * bytes the plan promised: a room must never hold content its manifest does not describe, even
 * when a source file changes between planning and packaging.
 */
public final class VerifyingInputStream extends FilterInputStream {
  private final String entry;
  private final long expectedSize;
  private final String expectedSha256;
  private final MessageDigest digest = Digests.sha256();
  private long size;
  private boolean checked;

  public VerifyingInputStream(InputStream in, String entry, long expectedSize, String expectedSha256) {
    super(in);
    this.entry = entry;
    this.expectedSize = expectedSize;
    this.expectedSha256 = expectedSha256;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      check();
    } else {
      digest.update((byte) b);
      size++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      check();
    } else {
      digest.update(b, off, n);
      size += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skipping would bypass verification of " + entry);
  }

  private void check() {
    if (checked) {
      return;
    }
    checked = true;
    String sha = Digests.hex(digest);
    if (size != expectedSize || !sha.equals(expectedSha256)) {
      throw new IntegrityException(entry, "source of " + entry + " changed after planning: expected " + expectedSize
          + " bytes with sha256 " + expectedSha256 + ", read " + size + " bytes with sha256 " + sha);
    }
  }
}
