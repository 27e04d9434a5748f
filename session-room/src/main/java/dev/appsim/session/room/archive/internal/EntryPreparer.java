package dev.appsim.session.room.archive.internal;

import dev.appsim.session.room.archive.ZipMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * Reads an entry's content once, computing CRC-32 and deflating (or copying) it into memory up to
 * a threshold and into a spill file in the run's {@link Scratch} folder beyond. Deflated content
 * takes one of the two layouts of {@link DeflateBlocks}, chosen by its length alone: under 1 MiB
 * one stream, fed in full 64 KiB chunks; from 1 MiB, independent 128 KiB blocks compressed by the
 * block pool, at most {@code blocksInFlight} at a time (so memory stays bounded), written in
 * order. Either way the output depends only on the bytes and the level, never on how a stream
 * happens to split its reads or on the thread count.
 */
public final class EntryPreparer {
  static final int CHUNK = 64 << 10;

  private final int level;
  private final int spillThreshold;
  private final Scratch scratch;
  private final @Nullable ExecutorService blockPool;
  private final int blocksInFlight;

  /**
   * @param scratch where spill files go; closing it deletes the files of tasks the writer did
   *     not wait for, and a killed run's files are swept by a later run
   * @param blockPool compresses the blocks of large entries; null compresses them on the calling
   *     thread
   * @param blocksInFlight blocks of one entry compressed or waiting to be written at once
   */
  public EntryPreparer(int level, int spillThreshold, Scratch scratch, @Nullable ExecutorService blockPool,
      int blocksInFlight) {
    this.level = level;
    this.spillThreshold = spillThreshold;
    this.scratch = scratch;
    this.blockPool = blockPool;
    this.blocksInFlight = Math.max(1, blocksInFlight);
  }

  /** Prepares one entry: deflated, or for {@link ZipMethod#STORED} copied as it is. */
  public PreparedEntry prepare(InputStream in, ZipMethod method) throws IOException {
    SpillBuffer sink = new SpillBuffer();
    CRC32 crc = new CRC32();
    try {
      long size = method == ZipMethod.DEFLATED ? deflate(in, crc, sink) : copy(in, crc, sink);
      return sink.finish(crc.getValue(), size);
    } catch (IOException | RuntimeException | Error e) {
      sink.discard();
      throw e;
    }
  }

  private static long copy(InputStream in, CRC32 crc, SpillBuffer sink) throws IOException {
    byte[] input = new byte[CHUNK];
    long size = 0;
    int n;
    while ((n = in.readNBytes(input, 0, CHUNK)) > 0) {
      size += n;
      crc.update(input, 0, n);
      sink.write(input, 0, n);
    }
    return size;
  }

  private long deflate(InputStream in, CRC32 crc, SpillBuffer sink) throws IOException {
    // Up to the threshold in memory, grown as needed: most entries are far smaller.
    byte[] head = new byte[CHUNK];
    int headLength = 0;
    while (true) {
      headLength += in.readNBytes(head, headLength, head.length - headLength);
      if (headLength < head.length || headLength == DeflateBlocks.THRESHOLD) {
        break;
      }
      head = Arrays.copyOf(head, Math.min(DeflateBlocks.THRESHOLD, head.length * 2));
    }
    crc.update(head, 0, headLength);
    if (headLength < DeflateBlocks.THRESHOLD) {
      DeflateBlocks.singleStream(head, headLength, level, sink::write);
      return headLength;
    }
    return new Blocks(head, in, crc, sink).run();
  }

  /** The block layout of one large entry: read ahead one block, so the last one is known. */
  private final class Blocks {
    private final byte[] head;
    private int headAt;
    private final InputStream in;
    private final CRC32 crc;
    private final SpillBuffer sink;
    private final ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
    private long size;

    Blocks(byte[] head, InputStream in, CRC32 crc, SpillBuffer sink) {
      this.head = head;
      this.in = in;
      this.crc = crc;
      this.sink = sink;
    }

    long run() throws IOException {
      try {
        byte @Nullable [] dictionary = null;
        byte[] current = next();
        while (current.length > 0) {
          byte[] following = next();
          boolean last = following.length == 0;
          byte[] block = current;
          byte @Nullable [] primer = dictionary;
          submit(() -> DeflateBlocks.block(block, 0, block.length, primer, last, level));
          dictionary = last ? null : DeflateBlocks.dictionaryAfter(current, current.length);
          current = following;
        }
        while (!inFlight.isEmpty()) {
          writeOldest();
        }
        return size;
      } finally {
        inFlight.forEach(f -> f.cancel(true));
      }
    }

    /** The next block of input: from the buffered head first, then from the stream; empty at the end. */
    private byte[] next() throws IOException {
      byte[] block;
      if (headAt < head.length) {
        block = Arrays.copyOfRange(head, headAt, headAt + DeflateBlocks.BLOCK);
        headAt += DeflateBlocks.BLOCK;
      } else {
        block = in.readNBytes(DeflateBlocks.BLOCK);
        crc.update(block, 0, block.length);
      }
      size += block.length;
      return block;
    }

    private void submit(Callable<byte[]> task) throws IOException {
      if (inFlight.size() >= blocksInFlight) {
        writeOldest();
      }
      inFlight.add(blockPool == null ? CompletableFuture.completedFuture(call(task)) : blockPool.submit(task));
    }

    private byte[] call(Callable<byte[]> task) throws IOException {
      try {
        return task.call();
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
    }

    private void writeOldest() throws IOException {
      byte[] compressed = Workers.await(inFlight.remove(), "a deflate block");
      sink.write(compressed, 0, compressed.length);
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
