package dev.appsim.session.room.archive.internal;

import dev.appsim.session.room.archive.ReusableEntry;
import dev.appsim.session.room.archive.ZipEntryInfo;
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
 * would produce for the planned content, and if so prepares a copy of them, without reading the
 * source again: the old entry is inflated once (size and CRC-32 checked by the reader, SHA-256
 * against the plan's, which the planner computed from the source), the start of what it inflates
 * to is deflated exactly as {@link EntryPreparer} deflates it (content under 1 MiB whole, larger
 * content's first 128 KiB block, see {@link DeflateBlocks}), and the old raw bytes must start
 * with that compressed start (read once, for their CRC-32 too). The copy checks the raw bytes'
 * CRC-32 again as it writes them. Since the old content has the plan's SHA-256, the copy is the
 * planned content whatever happened to the source since planning. Problems with the earlier
 * archive mean "compress instead".
 */
public final class EntryReuse {
  private static final int COPY_BUFFER = 256 << 10;

  private final int level;

  public EntryReuse(int level) {
    this.level = level;
  }

  /**
   * Returns the copy of {@code base}'s data, or null when it is not the planned content
   * compressed the same way (the caller then compresses the source).
   */
  public @Nullable PreparedEntry prepare(ReusableEntry base) throws IOException {
    ZipEntryInfo old = base.entry();
    // The check below deflates the start of the old content: a method of its own needs its own.
    boolean comparable = switch (old.method()) {
      case STORED -> false;
      case DEFLATED -> true;
    };
    if (!comparable || old.isDirectory()) {
      return null;
    }
    long rawCrc;
    try {
      byte @Nullable [] start = compressedStartIfPlanned(base);
      if (start == null) {
        return null;
      }
      rawCrc = rawCrcIfStartsWith(base, start);
    } catch (IntegrityException | IOException e) {
      // A corrupt, truncated or unreadable earlier archive: compress instead.
      return null;
    }
    if (rawCrc < 0) {
      return null;
    }
    return PreparedEntry.copied(old.crc32(), old.size(), old.compressedSize(), out -> copy(base, rawCrc, out));
  }

  /**
   * Inflates the old entry once (the reader checks its size and CRC-32 against the directory),
   * hashing it; returns the writer's compression of its start, or null if its SHA-256 is not the
   * planned one or it could not be the writer's output (a whole stream of another length).
   * Holds at most 1 MiB of content: an entry of 1 MiB or more needs only its first block.
   */
  private byte @Nullable [] compressedStartIfPlanned(ReusableEntry base) throws IOException {
    ZipEntryInfo old = base.entry();
    boolean whole = old.size() < DeflateBlocks.THRESHOLD;
    byte[] head = new byte[whole ? (int) old.size() : DeflateBlocks.BLOCK];
    MessageDigest sha = sha256();
    long size;
    try (InputStream in = base.archive().openStream(old)) {
      int headLength = in.readNBytes(head, 0, head.length);
      sha.update(head, 0, headLength);
      size = headLength;
      byte[] buffer = new byte[COPY_BUFFER];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        sha.update(buffer, 0, n);
        size += n;
      }
    }
    if (size != old.size() || !HexFormat.of().formatHex(sha.digest()).equals(base.sha256())) {
      return null;
    }
    if (!whole) {
      return DeflateBlocks.block(head, 0, DeflateBlocks.BLOCK, null, false, level);
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    DeflateBlocks.singleStream(head, head.length, level, all::write);
    return all.size() == old.compressedSize() ? all.toByteArray() : null;
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
