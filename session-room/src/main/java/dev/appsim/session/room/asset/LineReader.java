package dev.appsim.session.room.asset;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line, keeping each line's terminator ({@code \n}, {@code \r\n} or
 * none at the end) so that lines can be written back byte for byte. Lines are bounded by
 * {@link AssetLimits#maxLineBytes()}. Not thread-safe.
 */
final class LineReader {
  private final InputStream in;
  private final String file;
  private final int maxLine;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int length;
  private int terminator;
  private long number;

  LineReader(InputStream in, String file, int maxLine) {
    this.in = in;
    this.file = file;
    this.maxLine = maxLine;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    terminator = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          break;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++;
        terminator = 1;
        break;
      }
    }
    if (!any) {
      return false;
    }
    number++;
    if (terminator == 1 && length > 0 && line[length - 1] == '\r') {
      length--;
      terminator = 2;
    }
    return true;
  }

  private void append(int start, int count) {
    if ((long) length + count > maxLine + 1L) {
      throw new AssetFormatException(file + ":line " + (number + 1),
          "line is longer than the limit of " + maxLine + " bytes (AssetLimits.maxLineBytes)");
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
    }
    System.arraycopy(buffer, start, line, length, count);
    length += count;
  }

  /** The current line's bytes, without terminator; valid up to {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** The current line's terminator: "", "\n" or "\r\n". */
  byte[] terminator() {
    return terminator == 0 ? new byte[0] : terminator == 1 ? new byte[] {'\n'} : new byte[] {'\r', '\n'};
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }
}
