package dev.appsim.session.room.archive.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry's data made ready ahead of the writer: compressed (or raw) bytes held in memory or in
 * a spill file, with the CRC-32 and both sizes. Closing deletes the spill file.
 */
public final class PreparedEntry implements Closeable {
  private final List<byte[]> memory;
  private final int memoryLength;
  private final @Nullable Path spill;
  private final long crc;
  private final long size;
  private final long compressedSize;
  private final @Nullable Copier copier;

  /** Writes data that lives elsewhere (an earlier archive) into the output. */
  @FunctionalInterface
  interface Copier {
    void writeTo(OutputSink out) throws IOException;
  }

  /**
   * Data in memory ({@code memoryLength} bytes of {@code memory}'s chunks, in order, every chunk
   * but the last full) or, if {@code spill} is not null, in that file.
   */
  PreparedEntry(List<byte[]> memory, int memoryLength, @Nullable Path spill, long crc, long size, long compressedSize) {
    this(memory, memoryLength, spill, crc, size, compressedSize, null);
  }

  private PreparedEntry(List<byte[]> memory, int memoryLength, @Nullable Path spill, long crc, long size,
      long compressedSize, @Nullable Copier copier) {
    this.copier = copier;
    this.memory = memory;
    this.memoryLength = memoryLength;
    this.spill = spill;
    this.crc = crc;
    this.size = size;
    this.compressedSize = compressedSize;
  }

  public long crc() {
    return crc;
  }

  public long size() {
    return size;
  }

  public long compressedSize() {
    return compressedSize;
  }

  /** Data the writer copies from elsewhere when it appends the entry. */
  static PreparedEntry copied(long crc, long size, long compressedSize, Copier copier) {
    return new PreparedEntry(List.of(), 0, null, crc, size, compressedSize, copier);
  }

  /** Whether the data is copied from an earlier archive rather than compressed here. */
  public boolean isCopied() {
    return copier != null;
  }

  /** Appends the prepared data to the output. */
  public void writeTo(OutputSink out) throws IOException {
    if (copier != null) {
      copier.writeTo(out);
      return;
    }
    if (spill == null) {
      int left = memoryLength;
      for (byte[] chunk : memory) {
        int n = Math.min(chunk.length, left);
        out.write(chunk, 0, n);
        left -= n;
      }
      return;
    }
    try (FileChannel channel = FileChannel.open(spill, StandardOpenOption.READ)) {
      out.transferFrom(channel, compressedSize);
    }
  }

  @Override
  public void close() throws IOException {
    if (spill != null) {
      Files.deleteIfExists(spill);
    }
  }
}
