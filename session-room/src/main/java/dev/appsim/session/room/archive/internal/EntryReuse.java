package dev.appsim.session.room.archive.internal;

import dev.appsim.session.room.archive.ReusableEntry;
import dev.appsim.session.room.archive.ZipEntryInfo;
import dev.appsim.session.room.archive.ZipMethod;
import dev.appsim.session.room.error.IntegrityException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether an entry of an earlier archive holds exactly the deflated bytes this writer
 * would produce for a source, and if so prepares a copy of them: the source is read once (size,
 * CRC-32; content under 1 MiB deflated whole, larger content's first 128 KiB block deflated,
 * exactly as {@link EntryPreparer} deflates them, see {@link DeflateBlocks}), the old entry is
 * inflated once (size, CRC-32 and SHA-256 checked) and its raw bytes read once (they must start
 * with that compressed start). The copy checks the raw bytes' CRC-32 again as it writes them.
 * Problems with the earlier archive mean "compress instead"; problems with the source (it changed
 * since planning) are thrown as they are.
 */
public final class EntryReuse {
  private static final int COPY_BUFFER = 256 << 10;

  private final int level;

  public EntryReuse(int level) {
    this.level = level;
  }

  /**
   * Reads {@code source} to its end and returns the copy of {@code base}'s data, or null when it
   * is not the same content compressed the same way (the caller then compresses the source).
   */
  public @Nullable PreparedEntry prepare(InputStream source, ReusableEntry base) throws IOException {
    ZipEntryInfo old = base.entry();
    if (old.method() != ZipMethod.DEFLATED || old.isDirectory()) {
      drain(source);
      return null;
    }
    Start start = readSource(source);
    if (start.size != old.size() || start.crc != old.crc32()) {
      return null;
    }
    if (start.complete ? start.compressed.length != old.compressedSize() : start.compressed.length == 0) {
      return null;
    }
    long rawCrc;
    try {
      if (!inflatesTo(base)) {
        return null;
      }
      rawCrc = rawCrcIfStartsWith(base, start.compressed);
    } catch (IntegrityException | IOException e) {
      // A corrupt, truncated or unreadable earlier archive: compress instead.
      return null;
    }
    if (rawCrc < 0) {
      return null;
    }
    return PreparedEntry.copied(start.crc, start.size, old.compressedSize(), out -> copy(base, rawCrc, out));
  }

  /** What reading the source found. */
  private record Start(long size, long crc, byte[] compressed, boolean complete) {}

  private Start readSource(InputStream source) throws IOException {
    byte[] head = new byte[DeflateBlocks.THRESHOLD];
    int headLength = source.readNBytes(head, 0, head.length);
    CRC32 crc = new CRC32();
    crc.update(head, 0, headLength);
    long size = headLength;
    byte[] input = new byte[COPY_BUFFER];
    int n;
    while ((n = source.readNBytes(input, 0, input.length)) > 0) {
      size += n;
      crc.update(input, 0, n);
    }
    if (headLength < DeflateBlocks.THRESHOLD) {
      // One deflate stream: compress it all, the old data must be exactly this.
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      DeflateBlocks.singleStream(head, headLength, level, all::write);
      return new Start(size, crc.getValue(), all.toByteArray(), true);
    }
    // Blocks: the first block, compressed as the writer compresses it, starts the old data.
    return new Start(size, crc.getValue(), DeflateBlocks.block(head, 0, DeflateBlocks.BLOCK, null, false, level), false);
  }

  /** Whether the old entry inflates (size and CRC-32 checked by the reader) to content with the promised SHA-256. */
  private static boolean inflatesTo(ReusableEntry base) throws IOException {
    MessageDigest sha = sha256();
    byte[] buffer = new byte[COPY_BUFFER];
    try (InputStream in = base.archive().openStream(base.entry())) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest()).equals(base.sha256());
  }

  /** The CRC-32 of the old entry's raw bytes, or -1 if they do not start with {@code start}. */
  private static long rawCrcIfStartsWith(ReusableEntry base, byte[] start) throws IOException {
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[COPY_BUFFER];
    long at = 0;
    try (InputStream raw = base.archive().openRaw(base.entry())) {
      int n;
      while ((n = raw.read(buffer)) >= 0) {
        if (at < start.length) {
          int compare = (int) Math.min(n, start.length - at);
          if (!Arrays.equals(buffer, 0, compare, start, (int) at, (int) at + compare)) {
            return -1;
          }
        }
        crc.update(buffer, 0, n);
        at += n;
      }
    }
    return at == base.entry().compressedSize() ? crc.getValue() : -1;
  }

  private static void copy(ReusableEntry base, long expectedRawCrc, OutputSink out) throws IOException {
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[COPY_BUFFER];
    long copied = 0;
    try (InputStream raw = base.archive().openRaw(base.entry())) {
      int n;
      while ((n = raw.read(buffer)) >= 0) {
        crc.update(buffer, 0, n);
        out.write(buffer, 0, n);
        copied += n;
      }
    }
    if (copied != base.entry().compressedSize() || crc.getValue() != expectedRawCrc) {
      throw new IOException("the data of " + EntryNames.quote(base.entry().name()) + " in "
          + base.archive().archive().getFileName() + " changed while it was copied");
    }
  }

  private static void drain(InputStream in) throws IOException {
    in.transferTo(java.io.OutputStream.nullOutputStream());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
