package dev.appsim.session.room.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes whatever is read through it to a second stream, and reads what a reader skips (a GLB
 * scanner skips the binary chunk): whatever hashes, verifies or extracts the bytes underneath or
 * beside it must see every one of them.
 */
public final class CopyingInputStream extends FilterInputStream {
  /** Bytes read per skip call at most. */
  static final int SKIP_BUFFER = 256 << 10;

  private final OutputStream copy;
  private byte[] skipBuffer = new byte[0];

  /** Reads {@code in}, writing every byte read (or skipped) to {@code copy}, which stays open. */
  public CopyingInputStream(InputStream in, OutputStream copy) {
    super(in);
    this.copy = copy;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      copy.write(b);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      copy.write(b, off, n);
    }
    return n;
  }

  // Skipping reads into one buffer, kept for the stream's life: a GLB scanner skips its whole
  // binary chunk, and 8 KiB reads cost a system call and a hash update each, several times the
  // work of the bytes themselves.
  @Override
  public long skip(long n) throws IOException {
    if (n <= 0) {
      return 0;
    }
    if (skipBuffer.length == 0) {
      skipBuffer = new byte[SKIP_BUFFER];
    }
    return Math.max(read(skipBuffer, 0, (int) Math.min(n, skipBuffer.length)), 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
