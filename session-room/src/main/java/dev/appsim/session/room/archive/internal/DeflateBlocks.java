package dev.appsim.session.room.archive.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
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
    Deflater deflater = new Deflater(level, true);
    byte[] output = new byte[EntryPreparer.CHUNK];
    try {
      for (int at = 0; at < length; at += EntryPreparer.CHUNK) {
        deflater.setInput(data, at, Math.min(EntryPreparer.CHUNK, length - at));
        while (!deflater.needsInput()) {
          int m = deflater.deflate(output);
          sink.write(output, 0, m);
        }
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
    Deflater deflater = new Deflater(level, true);
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
    } finally {
      deflater.end();
    }
  }

  /** The dictionary the block after {@code block} is primed with: its last 32 KiB. */
  static byte[] dictionaryAfter(byte[] block, int length) {
    return Arrays.copyOfRange(block, Math.max(0, length - DICTIONARY), length);
  }
}
