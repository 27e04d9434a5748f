package dev.appsim.session.room.archive.internal;

import dev.appsim.session.room.archive.ZipMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;

/**
 * Reads an entry's content once, computing CRC-32 and deflating (or copying) it into memory up to
 * a threshold and into a spill file in the run's {@link Scratch} folder beyond. Input is fed to the deflater in full 64 KiB chunks,
 * so the output depends only on the bytes, never on how a stream happens to split its reads.
 */
public final class EntryPreparer {
  static final int CHUNK = 64 << 10;

  private final int level;
  private final int spillThreshold;
  private final Scratch scratch;

  /**
   * @param scratch where spill files go; closing it deletes the files of tasks the writer did
   *     not wait for, and a killed run's files are swept by a later run
   */
  public EntryPreparer(int level, int spillThreshold, Scratch scratch) {
    this.level = level;
    this.spillThreshold = spillThreshold;
    this.scratch = scratch;
  }

  /** Prepares one entry: deflated, or for {@link ZipMethod#STORED} copied as it is. */
  public PreparedEntry prepare(InputStream in, ZipMethod method) throws IOException {
    SpillBuffer sink = new SpillBuffer();
    CRC32 crc = new CRC32();
    byte[] input = new byte[CHUNK];
    byte[] output = new byte[CHUNK];
    long size = 0;
    @Nullable Deflater deflater = method == ZipMethod.DEFLATED ? new Deflater(level, true) : null;
    try {
      while (true) {
        int n = in.readNBytes(input, 0, CHUNK);
        if (n == 0) {
          break;
        }
        size += n;
        crc.update(input, 0, n);
        if (deflater == null) {
          sink.write(input, 0, n);
        } else {
          deflater.setInput(input, 0, n);
          while (!deflater.needsInput()) {
            int m = deflater.deflate(output);
            sink.write(output, 0, m);
          }
        }
        if (n < CHUNK) {
          break;
        }
      }
      if (deflater != null) {
        deflater.finish();
        while (!deflater.finished()) {
          int m = deflater.deflate(output);
          sink.write(output, 0, m);
        }
      }
      return sink.finish(crc.getValue(), size);
    } catch (IOException | RuntimeException | Error e) {
      sink.discard();
      throw e;
    } finally {
      if (deflater != null) {
        deflater.end();
      }
    }
  }

  /** Bytes in a growing array until the threshold, then in a temporary file. */
  private final class SpillBuffer {
    private byte[] memory = new byte[8 << 10];
    private int length;
    private @Nullable Path spill;
    private @Nullable OutputStream spillOut;
    private long total;

    void write(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return;
      }
      total += len;
      if (spillOut == null && length + len > spillThreshold) {
        spill = scratch.newFile("entry-", ".spill");
        spillOut = Files.newOutputStream(spill);
        spillOut.write(memory, 0, length);
        memory = new byte[0];
        length = 0;
      }
      if (spillOut != null) {
        spillOut.write(b, off, len);
        return;
      }
      if (length + len > memory.length) {
        memory = Arrays.copyOf(memory, Math.min(spillThreshold, Math.max(length + len, memory.length * 2)));
      }
      System.arraycopy(b, off, memory, length, len);
      length += len;
    }

    PreparedEntry finish(long crc, long size) throws IOException {
      if (spillOut != null) {
        spillOut.close();
      }
      return new PreparedEntry(memory, length, spill, crc, size, total);
    }

    void discard() {
      try {
        if (spillOut != null) {
          spillOut.close();
        }
        if (spill != null) {
          Files.deleteIfExists(spill);
        }
      } catch (IOException ignored) {
        // The write fails anyway; the writer's cleanup retries the delete.
      }
    }
  }
}
