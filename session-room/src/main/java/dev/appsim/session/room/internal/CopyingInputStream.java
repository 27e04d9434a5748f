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
  private final OutputStream copy;

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

  @Override
  public long skip(long n) throws IOException {
    if (n <= 0) {
      return 0;
    }
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    return Math.max(read(buffer, 0, buffer.length), 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
