package dev.appsim.session.room.archive.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;

/**
 * The two deflate layouts the writer produces, both functions of the bytes and the level alone.
 *
 * <p>Content under {@link #THRESHOLD} is one deflate stream, fed in {@link EntryPreparer#CHUNK}
 * pieces (the layout every room had before block deflate, so small entries, the golden rooms'
 * among them, keep their bytes). Content of {@link #THRESHOLD} bytes or more is cut into
 * {@link #BLOCK}-byte blocks deflated independently, as pigz does: each by a fresh
 * {@link Deflater} primed with the previous block's last {@link #DICTIONARY} bytes as its
 * dictionary and ended with a sync flush (an empty stored block, so the next block starts on a
 * byte boundary), the last one finished. Concatenated in order they are one valid deflate stream
 * whose back-references reach into the previous block's data, and since no block depends on
 * another's output, any number of threads can compress them and the bytes are the same.
 */
final class DeflateBlocks {
  /** Input bytes per block, as pigz's default. */
  static final int BLOCK = 128 << 10;
  /** Content at least this long is deflated in blocks. */
  static final int THRESHOLD = 1 << 20;
  /** The deflate window: how much of the previous block a block may refer back to. */
  static final int DICTIONARY = 32 << 10;

  /** Where compressed bytes go. */
  @FunctionalInterface
  interface Sink {
    void write(byte[] bytes, int offset, int length) throws IOException;
  }

  private DeflateBlocks() {}

  /** Deflates {@code length} bytes of {@code data} as one stream, in chunk-sized pieces. */
  static void singleStream(byte[] data, int length, int level, Sink sink) throws IOException {
    singleStream(List.of(data), length, level, sink);
  }

  /**
   * Deflates the first {@code length} bytes of {@code pieces}, read in order, as one stream, in
   * chunk-sized pieces; every piece but the last holds a whole number of chunks, so the stream is
   * the one of the same bytes in one array.
   */
  static void singleStream(List<byte[]> pieces, int length, int level, Sink sink) throws IOException {
    Deflater deflater = new Deflater(level, true);
    byte[] output = new byte[EntryPreparer.CHUNK];
    try {
      int consumed = 0;
      for (byte[] piece : pieces) {
        int pieceLength = Math.min(piece.length, length - consumed);
        for (int at = 0; at < pieceLength; at += EntryPreparer.CHUNK) {
          deflater.setInput(piece, at, Math.min(EntryPreparer.CHUNK, pieceLength - at));
          while (!deflater.needsInput()) {
            int m = deflater.deflate(output);
            sink.write(output, 0, m);
          }
        }
        consumed += pieceLength;
      }
      deflater.finish();
      while (!deflater.finished()) {
        int m = deflater.deflate(output);
        sink.write(output, 0, m);
      }
    } finally {
      deflater.end();
    }
  }

  /**
   * One block: {@code length} bytes of {@code data} from {@code offset}, primed with
   * {@code dictionary} (null for the first block), sync-flushed, or finished if {@code last}.
   */
  static byte[] block(byte[] data, int offset, int length, byte @Nullable [] dictionary, boolean last, int level) {
    Deflater deflater = REUSED.get().reset(level);
    try {
      if (dictionary != null) {
        deflater.setDictionary(dictionary);
      }
      deflater.setInput(data, offset, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(length / 2 + 64);
      byte[] buffer = new byte[EntryPreparer.CHUNK];
      if (last) {
        deflater.finish();
        while (!deflater.finished()) {
          int m = deflater.deflate(buffer);
          out.write(buffer, 0, m);
        }
      } else {
        // A sync flush is complete when it no longer fills the buffer (zlib's documented rule).
        int m;
        do {
          m = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
          out.write(buffer, 0, m);
        } while (m == buffer.length || !deflater.needsInput());
      }
      return out.toByteArray();
    } catch (RuntimeException | Error e) {
      REUSED.remove();
      deflater.end();
      throw e;
    }
  }

  /**
   * One deflater per thread for blocks, reset between them: a reset deflater is in the state of a
   * new one of the same level (zlib's deflateReset), so the bytes are the same, without
   * allocating and clearing about 270 KiB of zlib state for every 128 KiB block. A thread's
   * deflater is freed by its cleaner once the thread ends.
   */
  private static final ThreadLocal<ReusedDeflater> REUSED = ThreadLocal.withInitial(ReusedDeflater::new);

  /** A thread's block deflater, made again when the level changes. */
  private static final class ReusedDeflater {
    private @Nullable Deflater deflater;
    private int level;

    Deflater reset(int newLevel) {
      if (deflater == null || level != newLevel) {
        if (deflater != null) {
          deflater.end();
        }
        deflater = new Deflater(newLevel, true);
        level = newLevel;
      } else {
        deflater.reset();
      }
      return deflater;
    }
  }

  /** The dictionary the block after {@code block} is primed with: its last 32 KiB. */
  static byte[] dictionaryAfter(byte[] block, int length) {
    return Arrays.copyOfRange(block, Math.max(0, length - DICTIONARY), length);
  }
}
