package dev.appsim.session.room.internal;

import com.google.common.hash.HashingInputStream;
import com.google.common.io.CountingInputStream;
import dev.appsim.session.room.error.IntegrityException;
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
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      check();
    } else if (counting.getCount() > expectedSize) {
      // A file that grows (a log, a copy in progress) fails as soon as it passes the planned
      // size, not after the reader has consumed the rest of it.
      checked = true;
      throw new IntegrityException(entry, "source of " + entry + " changed after planning: expected " + expectedSize
          + " bytes with sha256 " + expectedSha256 + ", found more");
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
