package dev.appsim.session.room.archive.internal;

import dev.appsim.session.room.IntegrityException;
import dev.appsim.session.room.archive.ReusableEntry;
import dev.appsim.session.room.archive.ZipEntryInfo;
import dev.appsim.session.room.archive.ZipMethod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether an entry of an earlier archive holds exactly the deflated bytes this writer
 * would produce for a source, and if so prepares a copy of them: the source is read once (size,
 * CRC-32, and its start deflated exactly as {@link EntryPreparer} deflates), the old entry is
 * inflated once (size, CRC-32 and SHA-256 checked) and its raw bytes read once (they must start
 * with that compressed start). The copy checks the raw bytes' CRC-32 again as it writes them.
 * Problems with the earlier archive mean "compress instead"; problems with the source (it changed
 * since planning) are thrown as they are.
 */
public final class EntryReuse {
  /** The start of the source compressed for the comparison: enough to tell levels and deflaters apart. */
  static final int PREFIX_INPUT = 256 << 10;
  /** Stop looking for compressed output after this much input (very repetitive data). */
  static final int PREFIX_INPUT_MAX = 4 << 20;
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
    byte[] input = new byte[EntryPreparer.CHUNK];
    byte[] output = new byte[EntryPreparer.CHUNK];
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    CRC32 crc = new CRC32();
    long size = 0;
    boolean complete = false;
    Deflater deflater = new Deflater(level, true);
    boolean feeding = true;
    try {
      while (true) {
        int n = source.readNBytes(input, 0, EntryPreparer.CHUNK);
        if (n == 0) {
          break;
        }
        size += n;
        crc.update(input, 0, n);
        if (feeding) {
          // Fed in the same full chunks as EntryPreparer: what it emits so far is a prefix of
          // what EntryPreparer writes for the whole source.
          deflater.setInput(input, 0, n);
          while (!deflater.needsInput()) {
            compressed.write(output, 0, deflater.deflate(output));
          }
          feeding = size < PREFIX_INPUT || (compressed.size() == 0 && size < PREFIX_INPUT_MAX);
        }
        if (n < EntryPreparer.CHUNK) {
          break;
        }
      }
      if (feeding) {
        deflater.finish();
        while (!deflater.finished()) {
          compressed.write(output, 0, deflater.deflate(output));
        }
        complete = true;
      }
    } finally {
      deflater.end();
    }
    return new Start(size, crc.getValue(), compressed.toByteArray(), complete);
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
