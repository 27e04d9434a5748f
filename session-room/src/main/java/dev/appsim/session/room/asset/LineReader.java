package dev.appsim.session.room.asset;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads OBJ and MTL text statement by statement, keeping every byte so that statements can be
 * written back unchanged. A statement is a line with its terminator ({@code \n}, {@code \r\n} or
 * none at the end); a line ending in a backslash continues on the next one, as the OBJ
 * specification says and Blender reads, and the joined statement keeps the inner backslashes and
 * terminators as they were. Statements are bounded by {@link AssetLimits#maxLineBytes()}. Not
 * thread-safe.
 *
 * <p>A reader given a {@link FirstByte} test skips, without copying them, the one-line statements
 * whose first non-blank byte fails it: the millions of {@code v} and {@code f} lines of a scanned
 * mesh are counted and passed over inside the read buffer. A statement the quick skip cannot
 * judge (the first line, a continued line, one that crosses the buffer's end or comes near the
 * length limit) is read whole and returned, so the caller sees it as before.
 */
final class LineReader {
  /** Whether a statement starting with this non-blank byte may be one the caller wants. */
  @FunctionalInterface
  interface FirstByte {
    FirstByte ANY = b -> true;

    boolean mayMatter(byte first);
  }

  private static final int BUFFER = 64 * 1024;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final byte[] NONE = {};
  private static final byte[] LF = {'\n'};
  private static final byte[] CRLF = {'\r', '\n'};

  private final InputStream in;
  private final String file;
  private final int maxLine;
  private final FirstByte wanted;
  private final byte[] buffer;
  private int position;
  private int limit;
  private boolean ended;
  private long consumed;
  private long offset;
  private byte[] line = new byte[256];
  private int length;
  private byte[] terminator = NONE;
  private long number;
  private long physical;

  /** A reader returning every statement. */
  LineReader(InputStream in, String file, int maxLine) {
    this(in, file, maxLine, FirstByte.ANY, BUFFER);
  }

  /** A reader that may skip the statements {@code wanted} rules out. */
  LineReader(InputStream in, String file, int maxLine, FirstByte wanted) {
    this(in, file, maxLine, wanted, BUFFER);
  }

  LineReader(InputStream in, String file, int maxLine, FirstByte wanted, int bufferSize) {
    this.in = in;
    this.file = file;
    this.maxLine = maxLine;
    this.wanted = wanted;
    this.buffer = new byte[bufferSize];
  }

  /** Advances to the next statement not skipped; false at the end of the stream. */
  boolean next() throws IOException {
    if (wanted != FirstByte.ANY) {
      while (skipped()) {
        // passed over inside the buffer
      }
    }
    offset = consumed;
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
    consumed += length + terminator.length;
    return true;
  }

  /**
   * Passes over the next statement if it is one line inside the buffer whose first non-blank
   * byte {@link #wanted} rules out; otherwise consumes nothing and returns false, and the
   * statement is read whole. A blank line is ruled out too: it holds nothing.
   */
  private boolean skipped() throws IOException {
    if (physical == 0 || (position == limit && !fill())) {
      return false; // the first line may start with a byte-order mark
    }
    int i = position;
    while (i < limit && buffer[i] != '\n' && TextTokens.isBlank(buffer[i])) {
      i++;
    }
    if (i == limit || (buffer[i] != '\n' && wanted.mayMatter(buffer[i]))) {
      return false;
    }
    i = newline(buffer, i, limit);
    if (i == limit || i - position > maxLine) {
      return false;
    }
    int last = i - 1;
    if (last >= position && buffer[last] == '\r') {
      last--;
    }
    if (last >= position && buffer[last] == '\\') {
      return false; // continued on the next line
    }
    physical++;
    consumed += i + 1 - position;
    position = i + 1;
    return true;
  }

  /**
   * The index of the first {@code \n} in {@code bytes[from, limit)}, or {@code limit}: eight bytes
   * at a time (a zero byte of {@code word ^ NEWLINES} is a newline; the lowest flagged byte is
   * exact), about twice as fast as a byte loop once compiled and four times before.
   */
  static int newline(byte[] bytes, int from, int limit) {
    int i = from;
    while (i + Long.BYTES <= limit) {
      long word = (long) LONGS.get(bytes, i) ^ NEWLINES;
      long zeros = (word - ONES) & ~word & HIGHS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
      i += Long.BYTES;
    }
    while (i < limit && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  /** Refills the buffer; false at the end of the stream. */
  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    limit = in.read(buffer);
    position = 0;
    if (limit <= 0) {
      limit = 0;
      ended = true;
      return false;
    }
    return true;
  }

  /** Appends one physical line to the statement; false if the stream had nothing left. */
  private boolean readPhysical() throws IOException {
    terminator = NONE;
    boolean any = false;
    int start = length;
    while (true) {
      if (position == limit && !fill()) {
        break;
      }
      any = true;
      int from = position;
      position = newline(buffer, position, limit);
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

  /** Where the current statement starts: the bytes of every statement before it, skipped or not. */
  long offset() {
    return offset;
  }

  /** The bytes read so far: once {@link #next()} returned false, the size of the stream. */
  long consumed() {
    return consumed;
  }

  /** The 1-based number of the current statement's first line. */
  long number() {
    return number;
  }
}
