package dev.appsim.session.codec.internal;

import dev.appsim.session.codec.SessionFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Replays the bytes already read for format detection, then the rest of the stream, failing as
 * soon as more than the document size limit has been read.
 */
public final class BoundedInput extends InputStream {
  private final byte[] head;
  private final int headLength;
  private final InputStream rest;
  private final long max;
  private int headPos;
  private long total;

  public BoundedInput(byte[] head, int headLength, InputStream rest, long max) {
    this.head = head;
    this.headLength = headLength;
    this.rest = rest;
    this.max = max;
  }

  /** Reads up to {@code head.length} bytes from {@code in}; fewer only at its end. */
  public static int readHead(InputStream in, byte[] head) throws IOException {
    int n = 0;
    while (n < head.length) {
      int r = in.read(head, n, head.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n;
    if (headPos < headLength) {
      n = Math.min(len, headLength - headPos);
      System.arraycopy(head, headPos, b, off, n);
      headPos += n;
    } else {
      n = rest.read(b, off, len);
      if (n < 0) {
        return -1;
      }
    }
    total += n;
    if (total > max) {
      throw tooLarge(max);
    }
    return n;
  }

  /** The failure for an input over {@code max} bytes. */
  public static SessionFormatException tooLarge(long max) {
    return new SessionFormatException("", "the input is larger than " + max
        + " bytes (ReadLimits.maxDocumentBytes)", -1, -1, max, null);
  }
}
