package dev.appsim.session.room.asset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * The bytes of a GLB, read front to back: a file (whose size is known before reading) or a stream
 * (whose size is only known at its end). Positions passed in never go backwards.
 */
abstract class GlbInput {
  /** The size, or -1 when it is only known at the end (a stream). */
  abstract long size() throws IOException;

  /** {@code length} bytes at {@code position}, little-endian; fails naming the file when they are not there. */
  abstract ByteBuffer read(long position, int length, String file) throws IOException;

  /** Whether there is nothing after {@code position}. */
  abstract boolean endsAt(long position, String file) throws IOException;

  static GlbInput of(FileChannel channel) {
    return new GlbInput() {
      @Override
      long size() throws IOException {
        return channel.size();
      }

      @Override
      ByteBuffer read(long position, int length, String file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        long at = position;
        while (buffer.hasRemaining()) {
          int n = channel.read(buffer, at);
          if (n < 0) {
            throw ended(file, at, length, position);
          }
          at += n;
        }
        return buffer.flip();
      }

      @Override
      boolean endsAt(long position, String file) throws IOException {
        return channel.size() == position;
      }
    };
  }

  static GlbInput of(InputStream in) {
    return new GlbInput() {
      private long at;

      @Override
      long size() {
        return -1;
      }

      @Override
      ByteBuffer read(long position, int length, String file) throws IOException {
        skipTo(position, file);
        byte[] bytes = in.readNBytes(length);
        at += bytes.length;
        if (bytes.length < length) {
          throw ended(file, at, length, position);
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      }

      @Override
      boolean endsAt(long position, String file) throws IOException {
        skipTo(position, file);
        return in.read() < 0;
      }

      private void skipTo(long position, String file) throws IOException {
        while (at < position) {
          long n = in.skip(position - at);
          if (n <= 0) {
            if (in.read() < 0) {
              throw new AssetFormatException(file + ":byte " + at,
                  "GLB ended at byte " + at + ", before byte " + position + " where its declared content ends");
            }
            n = 1;
          }
          at += n;
        }
      }
    };
  }

  private static AssetFormatException ended(String file, long at, int length, long position) {
    return new AssetFormatException(file + ":byte " + at,
        "GLB ended while reading " + length + " bytes at byte " + position);
  }
}
