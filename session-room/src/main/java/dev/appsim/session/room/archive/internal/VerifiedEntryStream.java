package dev.appsim.session.room.archive.internal;

import dev.appsim.session.room.archive.ZipMethod;
import dev.appsim.session.room.error.IntegrityException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * An entry's content read straight from the archive file (positional reads, so streams of one
 * archive are independent), inflated through a 64 KiB buffer when deflated. It delivers exactly
 * the declared size: more or fewer bytes, compressed data left over or missing, and a CRC-32
 * mismatch all fail with {@link IntegrityException} naming the entry, at the latest at the end.
 */
public final class VerifiedEntryStream extends InputStream {
  private static final int BUFFER = 64 << 10;

  private final FileChannel channel;
  private final String archive;
  private final String entry;
  private final long dataOffset;
  private final long compressedSize;
  private final long size;
  private final long expectedCrc;
  private final @Nullable Inflater inflater;
  private final byte[] raw;
  private final CRC32 crc = new CRC32();
  private long rawRead;
  private long produced;
  private boolean eof;
  private boolean closed;
  private @Nullable IntegrityException failure;

  public VerifiedEntryStream(FileChannel channel, String archive, String entry, ZipMethod method,
      long dataOffset, long compressedSize, long size, long expectedCrc) {
    this.channel = channel;
    this.archive = archive;
    this.entry = entry;
    this.dataOffset = dataOffset;
    this.compressedSize = compressedSize;
    this.size = size;
    this.expectedCrc = expectedCrc;
    this.inflater = switch (method) {
      case STORED -> null;
      case DEFLATED -> new Inflater(true);
    };
    this.raw = method.compresses() ? new byte[(int) Math.min(BUFFER, Math.max(1, compressedSize))] : new byte[0];
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (closed) {
      throw new IOException("stream of entry " + EntryNames.quote(entry) + " is closed");
    }
    if (failure != null) {
      throw failure;
    }
    if (len == 0) {
      return 0;
    }
    if (eof) {
      return -1;
    }
    return inflater == null ? readStored(b, off, len) : readDeflated(b, off, len);
  }

  private int readStored(byte[] b, int off, int len) throws IOException {
    long left = size - produced;
    if (left == 0) {
      finish();
      return -1;
    }
    int n = readRaw(b, off, (int) Math.min(len, left));
    produced += n;
    crc.update(b, off, n);
    if (produced == size) {
      finish();
    }
    return n;
  }

  private int readDeflated(byte[] b, int off, int len) throws IOException {
    try {
      while (true) {
        int n = inflater.inflate(b, off, len);
        if (n > 0) {
          produced += n;
          if (produced > size) {
            throw fail("inflates to more than the declared " + size + " bytes");
          }
          crc.update(b, off, n);
          return n;
        }
        if (inflater.finished()) {
          if (rawRead - inflater.getRemaining() != compressedSize) {
            throw fail("deflate data ends after " + (rawRead - inflater.getRemaining())
                + " of the declared " + compressedSize + " compressed bytes");
          }
          finish();
          return -1;
        }
        if (inflater.needsDictionary()) {
          throw fail("deflate data asks for a preset dictionary");
        }
        if (inflater.needsInput()) {
          int want = (int) Math.min(raw.length, compressedSize - rawRead);
          if (want == 0) {
            throw fail("deflate data is truncated: the declared " + compressedSize
                + " compressed bytes end before the deflate stream does");
          }
          int got = readRaw(raw, 0, want);
          inflater.setInput(raw, 0, got);
        }
      }
    } catch (DataFormatException e) {
      throw fail("corrupt deflate data (" + e.getMessage() + ")");
    }
  }

  /** Reads up to {@code len} bytes of the entry's raw data, failing if the file ends early. */
  private int readRaw(byte[] b, int off, int len) throws IOException {
    int n = channel.read(ByteBuffer.wrap(b, off, len), dataOffset + rawRead);
    if (n <= 0) {
      throw fail("data is truncated: the archive ends " + rawRead + " bytes into the entry's data");
    }
    rawRead += n;
    return n;
  }

  private void finish() {
    if (produced != size) {
      throw fail("inflates to " + produced + " bytes, not the declared " + size);
    }
    if (crc.getValue() != expectedCrc) {
      throw fail(String.format(Locale.ROOT, "CRC-32 is %08x, the directory says %08x", crc.getValue(), expectedCrc));
    }
    eof = true;
    end();
  }

  private IntegrityException fail(String problem) {
    end();
    failure = new IntegrityException(entry, archive + ": entry " + EntryNames.quote(entry) + ": " + problem);
    return failure;
  }

  private void end() {
    if (inflater != null) {
      inflater.end();
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      end();
    }
  }
}
