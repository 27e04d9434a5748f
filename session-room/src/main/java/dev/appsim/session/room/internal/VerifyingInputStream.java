package dev.appsim.session.room.internal;

import com.google.common.hash.HashingInputStream;
import com.google.common.io.CountingInputStream;
import dev.appsim.session.room.IntegrityException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a file's bytes through while hashing them, and fails at the end if they are not the
 * bytes the plan promised: a room must never hold content its manifest does not describe, even
 * when a source file changes between planning and packaging.
 */
public final class VerifyingInputStream extends FilterInputStream {
  private final String entry;
  private final long expectedSize;
  private final String expectedSha256;
  private final CountingInputStream counting;
  private final HashingInputStream hashing;
  private boolean checked;

  public VerifyingInputStream(InputStream in, String entry, long expectedSize, String expectedSha256) {
    this(new CountingInputStream(in), entry, expectedSize, expectedSha256);
  }

  private VerifyingInputStream(CountingInputStream counting, String entry, long expectedSize, String expectedSha256) {
    super(new HashingInputStream(Digests.sha256(), counting));
    this.counting = counting;
    this.hashing = (HashingInputStream) in;
    this.entry = entry;
    this.expectedSize = expectedSize;
    this.expectedSha256 = expectedSha256;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      check();
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      check();
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
    long size = counting.getCount();
    String sha = hashing.hash().toString();
    if (size != expectedSize || !sha.equals(expectedSha256)) {
      throw new IntegrityException(entry, "source of " + entry + " changed after planning: expected " + expectedSize
          + " bytes with sha256 " + expectedSha256 + ", read " + size + " bytes with sha256 " + sha);
    }
  }
}
