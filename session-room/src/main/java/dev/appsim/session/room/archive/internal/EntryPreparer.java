package dev.appsim.session.room.archive.internal;

import dev.appsim.session.room.archive.ZipMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  /** The largest array a prepared entry's in-memory data is held in. */
  static final int MEMORY_CHUNK = 256 << 10;

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
      long size = switch (method) {
        case STORED -> copy(in, crc, sink);
        case DEFLATED -> deflate(in, crc, sink);
      };
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
    // The first 1 MiB decides the layout; read as blocks (not one array that grows), so no copy
    // and no array of a humongous size for the collector, and the blocks are handed on as read.
    List<byte[]> head = new ArrayList<>();
    int headLength = 0;
    while (headLength < DeflateBlocks.THRESHOLD) {
      byte[] block = in.readNBytes(DeflateBlocks.BLOCK);
      crc.update(block, 0, block.length);
      headLength += block.length;
      if (block.length > 0) {
        head.add(block);
      }
      if (block.length < DeflateBlocks.BLOCK) {
        break;
      }
    }
    if (headLength < DeflateBlocks.THRESHOLD) {
      DeflateBlocks.singleStream(head, headLength, level, sink::write);
      return headLength;
    }
    return new Blocks(head, in, crc, sink).run();
  }

  /** The block layout of one large entry: read ahead one block, so the last one is known. */
  private final class Blocks {
    private final ArrayDeque<byte[]> head;
    private final InputStream in;
    private final CRC32 crc;
    private final SpillBuffer sink;
    private final ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
    private long size;

    Blocks(List<byte[]> head, InputStream in, CRC32 crc, SpillBuffer sink) {
      this.head = new ArrayDeque<>(head);
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

    /** The next block of input: the head's blocks first (each let go once taken), then the stream's; empty at the end. */
    private byte[] next() throws IOException {
      byte[] block = head.pollFirst();
      if (block == null) {
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

  /**
   * Bytes in memory until the threshold, then in a temporary file. Memory is a list of chunks of
   * at most {@link #MEMORY_CHUNK} bytes, the first grown by doubling from 8 KiB and the rest
   * allocated whole as needed: nothing is copied as it grows, no array is large enough to be
   * humongous for G1 (half a region, 512 KiB in the smallest heaps), and at most the threshold
   * plus one chunk is held.
   */
  private final class SpillBuffer {
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current = new byte[8 << 10];
    private int currentLength;
    private int length;
    private @Nullable Path spill;
    private @Nullable OutputStream spillOut;
    private long total;

    SpillBuffer() {
      chunks.add(current);
    }

    void write(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return;
      }
      total += len;
      if (spillOut == null && (long) length + len > spillThreshold) {
        spill = scratch.newFile("entry-", ".spill");
        spillOut = Files.newOutputStream(spill);
        for (int i = 0, left = length; i < chunks.size() && left > 0; i++) {
          byte[] chunk = chunks.get(i);
          int n = Math.min(chunk.length, left);
          spillOut.write(chunk, 0, n);
          left -= n;
        }
        chunks.clear();
        current = new byte[0];
        currentLength = 0;
        length = 0;
      }
      if (spillOut != null) {
        spillOut.write(b, off, len);
        return;
      }
      while (len > 0) {
        if (currentLength == current.length) {
          if (chunks.size() == 1 && current.length < MEMORY_CHUNK) {
            current = Arrays.copyOf(current, Math.min(MEMORY_CHUNK, current.length * 2));
            chunks.set(0, current);
          } else {
            current = new byte[MEMORY_CHUNK];
            currentLength = 0;
            chunks.add(current);
          }
        }
        int n = Math.min(len, current.length - currentLength);
        System.arraycopy(b, off, current, currentLength, n);
        currentLength += n;
        length += n;
        off += n;
        len -= n;
      }
    }

    PreparedEntry finish(long crc, long size) throws IOException {
      if (spillOut != null) {
        spillOut.close();
      }
      return new PreparedEntry(List.copyOf(chunks), length, spill, crc, size, total);
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
