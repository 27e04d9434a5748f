package dev.appsim.session.room.archive.internal;

import dev.appsim.session.room.UnsafeArchiveException;
import dev.appsim.session.room.archive.ArchiveLimits;
import dev.appsim.session.room.archive.ZipEntryInfo;
import dev.appsim.session.room.archive.ZipMethod;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Validates a whole archive's structure: end records, every directory record, every local
 * header, and that entry data ranges neither overlap nor leave bytes before the first entry.
 */
public final class CentralDirectoryCheck {
  private static final int S_IFMT = 0170000;
  private static final int S_IFLNK = 0120000;
  private static final int S_IFREG = 0100000;
  private static final int S_IFDIR = 0040000;
  private static final long DOS_REPARSE_POINT = 0x400;

  private final Path archive;
  private final String label;
  private final FileChannel channel;
  private final ArchiveLimits limits;

  public CentralDirectoryCheck(Path archive, String label, FileChannel channel, ArchiveLimits limits) {
    this.archive = archive;
    this.label = label;
    this.channel = channel;
    this.limits = limits;
  }

  /** Runs every check and returns the entries in directory order. */
  public List<ZipEntryInfo> run() throws IOException {
    ArchiveEnd end;
    try {
      end = ArchiveEnd.read(channel);
    } catch (ArchiveEnd.Problem p) {
      throw archiveProblem(p.getMessage(), null);
    }
    if (end.entries() > limits.maxEntries()) {
      throw archiveProblem("archive has " + end.entries() + " entries, more than the limit of " + limits.maxEntries(), null);
    }
    List<ZipArchiveEntry> raw = parse();
    if (raw.size() != end.entries()) {
      throw archiveProblem("central directory holds " + raw.size() + " entries but the end record says " + end.entries(), null);
    }
    EntryNames.Clashes clashes = new EntryNames.Clashes();
    List<ZipEntryInfo> infos = new ArrayList<>(raw.size());
    List<long[]> ranges = new ArrayList<>(raw.size());
    long total = 0;
    for (ZipArchiveEntry e : raw) {
      String name = decodeName(e);
      checkEntry(e, name, clashes);
      total += e.getSize();
      if (total > limits.maxTotalSize()) {
        throw entryProblem(name, "brings the total uncompressed size to " + total
            + " bytes, more than the limit of " + limits.maxTotalSize());
      }
      LocalHeader local = readLocal(e, name, end);
      ranges.add(new long[] {e.getLocalHeaderOffset(), local.dataOffset() + e.getCompressedSize(), infos.size()});
      infos.add(new ZipEntryInfo(name, e.getMethod() == 0 ? ZipMethod.STORED : ZipMethod.DEFLATED,
          e.getSize(), e.getCompressedSize(), e.getCrc(), local.dataOffset()));
    }
    checkRanges(ranges, infos, end);
    return infos;
  }

  private List<ZipArchiveEntry> parse() throws IOException {
    // Commons Compress parses the directory; any failure it has on corrupt input is ours to name.
    try (ZipFile zip = ZipFile.builder().setPath(archive).setMaxNumberOfDisks(1)
        .setUseUnicodeExtraFields(false).setIgnoreLocalFileHeader(true).get()) {
      return Collections.list(zip.getEntries());
    } catch (FileSystemException e) {
      throw e;
    } catch (IOException | RuntimeException | LinkageError e) {
      throw archiveProblem("not a readable zip archive (" + e + ")", e);
    }
  }

  private String decodeName(ZipArchiveEntry e) {
    byte[] rawName = e.getRawName();
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(rawName)).toString();
    } catch (CharacterCodingException ex) {
      String lenient = new String(rawName, StandardCharsets.UTF_8);
      throw entryProblem(lenient, "name is not valid UTF-8");
    }
  }

  private void checkEntry(ZipArchiveEntry e, String name, EntryNames.Clashes clashes) {
    Optional<String> problem = EntryNames.problem(name, limits.maxNameBytes(), limits.maxSegmentBytes(), limits.maxDepth())
        .or(() -> clashes.add(name));
    if (problem.isPresent()) {
      throw entryProblem(name, problem.get());
    }
    if (e.getGeneralPurposeBit().usesEncryption() || e.getGeneralPurposeBit().usesStrongEncryption()) {
      throw entryProblem(name, "is encrypted");
    }
    int method = e.getMethod();
    if (method != 0 && method != 8) {
      throw entryProblem(name, "uses compression method " + method + "; only 0 (stored) and 8 (deflated) are allowed");
    }
    if (e.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX) {
      int type = e.getUnixMode() & S_IFMT;
      if (type == S_IFLNK) {
        throw entryProblem(name, "is a symbolic link");
      }
      if (type != 0 && type != S_IFREG && type != S_IFDIR) {
        throw entryProblem(name, String.format(java.util.Locale.ROOT, "is a special file (mode %06o)", e.getUnixMode()));
      }
    } else if ((e.getExternalAttributes() & DOS_REPARSE_POINT) != 0) {
      throw entryProblem(name, "is a reparse point (a Windows link)");
    }
    long size = e.getSize();
    long compressed = e.getCompressedSize();
    if (size < 0 || compressed < 0) {
      throw entryProblem(name, "has an unknown or negative size (" + size + ", compressed " + compressed + ")");
    }
    if (name.endsWith("/") && size != 0) {
      throw entryProblem(name, "is a directory but carries " + size + " bytes of data");
    }
    if (method == 0 && size != compressed) {
      throw entryProblem(name, "is stored but its size " + size + " differs from its compressed size " + compressed);
    }
    if (size > limits.maxEntrySize()) {
      throw entryProblem(name, "is " + size + " bytes uncompressed, more than the limit of " + limits.maxEntrySize());
    }
    if (size > limits.ratioThreshold() && (compressed == 0 || (double) size / compressed > limits.maxRatio())) {
      throw entryProblem(name, "expands " + size + " bytes from " + compressed
          + ", more than the limit ratio of " + limits.maxRatio() + ":1");
    }
  }

  private LocalHeader readLocal(ZipArchiveEntry e, String name, ArchiveEnd end) throws IOException {
    long offset = e.getLocalHeaderOffset();
    LocalHeader local;
    try {
      if (offset < 0 || offset >= end.cdOffset()) {
        throw new ArchiveEnd.Problem("local header offset " + offset + " is outside the entry area");
      }
      local = LocalHeader.read(channel, offset);
    } catch (ArchiveEnd.Problem p) {
      throw entryProblem(name, p.getMessage());
    }
    if (!Arrays.equals(local.name(), e.getRawName())) {
      throw entryProblem(name, "local header names it " + EntryNames.quote(new String(local.name(), StandardCharsets.UTF_8))
          + ", the central directory does not");
    }
    if (local.method() != e.getMethod()) {
      throw entryProblem(name, "local header says method " + local.method() + ", the central directory " + e.getMethod());
    }
    if ((local.flags() & 1) != 0) {
      throw entryProblem(name, "is encrypted");
    }
    boolean descriptor = (local.flags() & 8) != 0;
    if (!descriptor && (local.size() != e.getSize() || local.compressedSize() != e.getCompressedSize() || local.crc() != e.getCrc())) {
      throw entryProblem(name, "local header says " + local.size() + " bytes (compressed " + local.compressedSize()
          + ", CRC " + Long.toHexString(local.crc()) + "), the central directory " + e.getSize() + " (compressed "
          + e.getCompressedSize() + ", CRC " + Long.toHexString(e.getCrc()) + ")");
    }
    if (local.dataOffset() + e.getCompressedSize() > end.cdOffset()) {
      throw entryProblem(name, "data (offset " + local.dataOffset() + ", " + e.getCompressedSize()
          + " bytes) runs into the central directory at offset " + end.cdOffset());
    }
    return local;
  }

  /** Entries must tile the file from offset 0 without sharing bytes. */
  private void checkRanges(List<long[]> ranges, List<ZipEntryInfo> infos, ArchiveEnd end) {
    if (ranges.isEmpty()) {
      if (end.cdOffset() != 0) {
        throw archiveProblem(end.cdOffset() + " bytes precede an archive with no entries", null);
      }
      return;
    }
    ranges.sort(Comparator.comparingLong(r -> r[0]));
    if (ranges.get(0)[0] != 0) {
      String first = infos.get((int) ranges.get(0)[2]).name();
      throw archiveProblem(ranges.get(0)[0] + " bytes precede the first entry " + EntryNames.quote(first), null);
    }
    for (int i = 1; i < ranges.size(); i++) {
      long[] previous = ranges.get(i - 1);
      long[] current = ranges.get(i);
      if (current[0] < previous[1]) {
        String name = infos.get((int) current[2]).name();
        String other = infos.get((int) previous[2]).name();
        throw entryProblem(name, "overlaps the data of entry " + EntryNames.quote(other));
      }
    }
  }

  private UnsafeArchiveException entryProblem(String name, String problem) {
    return new UnsafeArchiveException(name, label + ": entry " + EntryNames.quote(name) + " " + problem);
  }

  private UnsafeArchiveException archiveProblem(String problem, @Nullable Throwable cause) {
    return new UnsafeArchiveException("", label + ": " + problem, cause);
  }
}
