package dev.appsim.session.room.asset;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads OBJ and MTL text statement by statement, keeping every byte so that statements can be
 * written back unchanged. A statement is a line with its terminator ({@code \n}, {@code \r\n} or
 * none at the end); a line ending in a backslash continues on the next one, as the OBJ
 * specification says and Blender reads, and the joined statement keeps the inner backslashes and
 * terminators as they were. Statements are bounded by {@link AssetLimits#maxLineBytes()}. Not
 * thread-safe.
 */
final class LineReader {
  private static final byte[] NONE = {};
  private static final byte[] LF = {'\n'};
  private static final byte[] CRLF = {'\r', '\n'};

  private final InputStream in;
  private final String file;
  private final int maxLine;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int length;
  private byte[] terminator = NONE;
  private long number;
  private long physical;

  LineReader(InputStream in, String file, int maxLine) {
    this.in = in;
    this.file = file;
    this.maxLine = maxLine;
  }

  /** Advances to the next statement; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    if (!readPhysical()) {
      return false;
    }
    number = physical;
    while (terminator != NONE && length > 0 && line[length - 1] == '\\') {
      byte[] inner = terminator;
      int before = length;
      append(inner, 0, inner.length);
      if (!readPhysical()) {
        length = before; // a backslash before the end of the file continues nothing
        terminator = inner;
        break;
      }
    }
    return true;
  }

  /** Appends one physical line to the statement; false if the stream had nothing left. */
  private boolean readPhysical() throws IOException {
    terminator = NONE;
    boolean any = false;
    int start = length;
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
      int from = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(buffer, from, position - from);
      if (position < limit) {
        position++;
        terminator = LF;
        break;
      }
    }
    if (!any) {
      return false;
    }
    physical++;
    if (terminator == LF && length > start && line[length - 1] == '\r') {
      length--;
      terminator = CRLF;
    }
    return true;
  }

  private void append(byte[] source, int start, int count) {
    if ((long) length + count > maxLine + 1L) {
      throw new AssetFormatException(file + ":line " + (physical + 1),
          "line is longer than the limit of " + maxLine + " bytes (AssetLimits.maxLineBytes)");
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
    }
    System.arraycopy(source, start, line, length, count);
    length += count;
  }

  /** The current statement's bytes, without its final terminator; valid up to {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /**
   * Where the statement's text starts: 3 on a first line that starts with a UTF-8 byte-order
   * mark (which editors on Windows write and which must not hide the first keyword), else 0.
   */
  int textStart() {
    return number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** The current statement's final terminator: "", "\n" or "\r\n". */
  byte[] terminator() {
    return terminator;
  }

  /** The 1-based number of the current statement's first line. */
  long number() {
    return number;
  }
}
