package dev.appsim.session.room.archive;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.archive.internal.ArchiveEnd;
import dev.appsim.session.room.archive.internal.CentralDirectoryCheck;
import dev.appsim.session.room.archive.internal.EntryNames;
import dev.appsim.session.room.archive.internal.VerifiedEntryStream;
import dev.appsim.session.room.error.IntegrityException;
import dev.appsim.session.room.error.UnsafeArchiveException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens an untrusted ZIP archive and checks all of it before any entry's data is read: the end
 * records, every central directory record against {@link ArchiveLimits} and the name rules,
 * every local header and data descriptor against its directory record, and that the entries,
 * the directory and the end records tile the file, so no byte is unaccounted for and no other
 * zip tool can see an entry or a name that this reader did not check. The archive is parsed by
 * this library alone; peak memory is the entries kept plus a constant, whatever the directory
 * or its extra fields claim.
 * Anything hostile or malformed fails with {@link UnsafeArchiveException} whose location is the
 * entry's name (empty for archive-wide problems).
 *
 * <pre>{@code
 * try (SafeZipReader zip = SafeZipReader.open(roomFile, ArchiveLimits.defaults())) {
 *   try (InputStream in = zip.openStream("room.json")) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Entry streams read the archive with positional reads, so any number may be open at once,
 * from any threads; each verifies size and CRC-32 ({@link IntegrityException} on a mismatch).
 */
public final class SafeZipReader implements Closeable {
  private final Path archive;
  private final String label;
  private final FileChannel channel;
  private final List<ZipEntryInfo> entries;
  private final Map<String, ZipEntryInfo> byName;
  private final long totalSize;

  private SafeZipReader(Path archive, FileChannel channel, List<ZipEntryInfo> entries) {
    this.archive = archive;
    this.label = label(archive);
    this.channel = channel;
    this.entries = List.copyOf(entries);
    Map<String, ZipEntryInfo> map = new LinkedHashMap<>();
    long total = 0;
    for (ZipEntryInfo e : entries) {
      map.put(e.name(), e);
      total += e.size();
    }
    this.byName = map;
    this.totalSize = total;
  }

  /**
   * Opens with {@link ArchiveLimits#defaults()}; see {@link #open(Path, ArchiveLimits)}.
   *
   * @param archive the zip file
   * @return the checked archive, which the caller closes
   * @throws UnsafeArchiveException if the archive is malformed, hostile or over a limit
   * @throws IOException if the file cannot be read (missing, not a regular file, no access)
   */
  public static SafeZipReader open(Path archive) throws IOException {
    return open(archive, ArchiveLimits.defaults());
  }

  /**
   * Opens and validates {@code archive}.
   *
   * @param archive the zip file
   * @param limits bounds on entry count, sizes, name lengths and compression ratio
   * @return the checked archive, which the caller closes
   * @throws UnsafeArchiveException if the archive is malformed, hostile or over a limit
   * @throws IOException if the file cannot be read (missing, not a regular file, no access)
   */
  public static SafeZipReader open(Path archive, ArchiveLimits limits) throws IOException {
    requireNonNull(archive, "archive is null");
    requireNonNull(limits, "limits is null");
    if (!Files.isRegularFile(archive)) {
      if (Files.exists(archive)) {
        throw new FileSystemException(archive.toString(), null, "not a regular file");
      }
      throw new NoSuchFileException(archive.toString());
    }
    FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ);
    try {
      List<ZipEntryInfo> entries = new CentralDirectoryCheck(label(archive), channel, limits).run();
      return new SafeZipReader(archive, channel, entries);
    } catch (IOException | RuntimeException | Error e) {
      channel.close();
      throw e;
    }
  }

  private static String label(Path archive) {
    Path name = archive.getFileName();
    return name == null ? archive.toString() : name.toString();
  }

  /** {@return the archive file} */
  public Path archive() {
    return archive;
  }

  /** {@return every entry, in central directory order} */
  public List<ZipEntryInfo> entries() {
    return entries;
  }

  /**
   * {@return the entry with exactly this name, or empty when there is none}
   *
   * @param name the entry name, compared exactly (case and all)
   */
  public Optional<ZipEntryInfo> entry(String name) {
    requireNonNull(name, "name is null");
    return Optional.ofNullable(byName.get(name));
  }

  /** {@return sum of the declared uncompressed sizes of all entries} */
  public long totalSize() {
    return totalSize;
  }

  /**
   * Opens the content of the named entry without touching any other.
   *
   * @param name the entry name, compared exactly
   * @return the uncompressed content, which the caller closes
   * @throws IntegrityException if there is no such entry, or (while reading) if the content's
   *     size or CRC-32 disagrees with the directory
   * @throws IOException if the archive is closed or cannot be read
   */
  public InputStream openStream(String name) throws IOException {
    ZipEntryInfo info = entry(name).orElseThrow(() ->
        new IntegrityException(name, label + ": no entry " + EntryNames.quote(name)));
    return openStream(info);
  }

  /**
   * Opens the content of an entry listed by {@link #entries()}.
   *
   * @param info an entry of this archive, as {@link #entries()} or {@link #entry} gave it
   * @return the uncompressed content, which the caller closes
   * @throws IllegalArgumentException if {@code info} is not an entry of this archive
   * @throws IntegrityException (while reading) if the content's size or CRC-32 disagrees with the
   *     directory
   * @throws IOException if the archive is closed or cannot be read
   */
  public InputStream openStream(ZipEntryInfo info) throws IOException {
    requireNonNull(info, "info is null");
    if (!info.equals(byName.get(info.name()))) {
      throw new IllegalArgumentException("entry " + EntryNames.quote(info.name()) + " is not an entry of " + label);
    }
    if (!channel.isOpen()) {
      throw new IOException(label + " is closed");
    }
    return new VerifiedEntryStream(channel, label, info.name(), info.method(),
        info.dataOffset(), info.compressedSize(), info.size(), info.crc32());
  }

  /**
   * The data of an entry listed by {@link #entries()} exactly as the archive holds it (deflated
   * bytes for a deflated entry), {@link ZipEntryInfo#compressedSize()} bytes, nothing inflated or
   * checked: for copying an entry into another archive, where the caller checks the content.
   *
   * @param info an entry of this archive, as {@link #entries()} or {@link #entry} gave it
   * @return the raw data, which the caller closes
   * @throws IllegalArgumentException if {@code info} is not an entry of this archive
   * @throws IntegrityException (while reading) if the archive ends before the entry's data does
   * @throws IOException if the archive is closed or cannot be read
   */
  public InputStream openRaw(ZipEntryInfo info) throws IOException {
    requireNonNull(info, "info is null");
    if (!info.equals(byName.get(info.name()))) {
      throw new IllegalArgumentException("entry " + EntryNames.quote(info.name()) + " is not an entry of " + label);
    }
    if (!channel.isOpen()) {
      throw new IOException(label + " is closed");
    }
    return new RawEntryStream(channel, label, info);
  }

  /** Positional reads of one entry's raw data, failing if the archive ends early. */
  private static final class RawEntryStream extends InputStream {
    private final FileChannel channel;
    private final String label;
    private final ZipEntryInfo info;
    private long read;

    RawEntryStream(FileChannel channel, String label, ZipEntryInfo info) {
      this.channel = channel;
      this.label = label;
      this.info = info;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      long left = info.compressedSize() - read;
      if (left == 0) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int n = channel.read(java.nio.ByteBuffer.wrap(b, off, (int) Math.min(len, left)), info.dataOffset() + read);
      if (n <= 0) {
        throw new IntegrityException(info.name(), label + ": entry " + EntryNames.quote(info.name())
            + ": data is truncated: the archive ends " + read + " bytes into the entry's data");
      }
      read += n;
      return n;
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
