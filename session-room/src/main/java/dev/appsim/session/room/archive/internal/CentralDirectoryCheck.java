package dev.appsim.session.room.archive.internal;

import dev.appsim.session.room.archive.ArchiveLimits;
import dev.appsim.session.room.archive.ZipEntryInfo;
import dev.appsim.session.room.archive.ZipMethod;
import dev.appsim.session.room.error.UnsafeArchiveException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Validates a whole archive's structure with our own parser (no other zip library reads it):
 * the end records, every directory record, every local header and data descriptor, and that
 * the entries, the directory and the end records tile the file with no byte unaccounted for,
 * so that no other tool can find entries or names we did not check.
 *
 * <p>Memory is bounded by the entries kept (names and a few numbers each) plus a constant: the
 * directory is read through a fixed window and every header's extra fields are bounded by
 * {@link ExtraFields}.
 */
public final class CentralDirectoryCheck {
  private static final int ENCRYPTION_FLAGS = 0x0001 | 0x0040 | 0x2000;
  private static final int DESCRIPTOR_FLAG = 0x0008;

  private final String label;
  private final FileChannel channel;
  private final ArchiveLimits limits;

  public CentralDirectoryCheck(String label, FileChannel channel, ArchiveLimits limits) {
    this.label = label;
    this.channel = channel;
    this.limits = limits;
  }

  /** A checked directory record: the entry as the directory describes it, before its local header is read. */
  private record Checked(String name, ZipMethod method, long size, long compressedSize, long crc, int flags,
      long localOffset, byte[] rawName) {}

  /** An entry whose local header was checked: its bytes span [start, end) of the file. */
  private record Placed(ZipEntryInfo info, long start, long end) {}

  /** Runs every check and returns the entries in directory order. */
  public List<ZipEntryInfo> run() throws IOException {
    ArchiveEnd end;
    try {
      end = ArchiveEnd.read(channel);
    } catch (ZipProblem p) {
      throw archiveProblem(p.getMessage());
    }
    if (end.entries() > limits.maxEntries()) {
      throw archiveProblem("archive has " + end.entries() + " entries, more than the limit of " + limits.maxEntries());
    }
    List<Checked> entries = readDirectory(end);
    List<Placed> placed = new ArrayList<>(entries.size());
    List<ZipEntryInfo> infos = new ArrayList<>(entries.size());
    for (Checked c : entries) {
      Placed p = checkLocal(c, end);
      placed.add(p);
      infos.add(p.info());
    }
    checkTiling(placed, end);
    return infos;
  }

  private List<Checked> readDirectory(ArchiveEnd end) throws IOException {
    DirectoryCursor cursor = new DirectoryCursor(channel, end.cdOffset(), end.cdSize());
    EntryNames.Clashes clashes = new EntryNames.Clashes();
    List<Checked> entries = new ArrayList<>((int) end.entries());
    long total = 0;
    for (long i = 0; i < end.entries(); i++) {
      CentralRecord record;
      try {
        record = CentralRecord.read(cursor, i);
      } catch (ZipProblem p) {
        throw archiveProblem(p.getMessage());
      }
      Checked checked = checkRecord(record, clashes);
      total += checked.size();
      if (total > limits.maxTotalSize()) {
        throw entryProblem(checked.name(), "brings the total uncompressed size to " + total
            + " bytes, more than the limit of " + limits.maxTotalSize());
      }
      entries.add(checked);
    }
    if (cursor.remaining() != 0) {
      throw archiveProblem("central directory holds " + cursor.remaining() + " bytes after its " + end.entries()
          + (end.entries() == 1 ? " record" : " records") + ", where a second directory could hide");
    }
    return entries;
  }

  private Checked checkRecord(CentralRecord r, EntryNames.Clashes clashes) throws IOException {
    String name;
    try {
      name = EntryNames.decode(r.name(), r.utf8());
    } catch (ZipProblem p) {
      throw entryProblem(new String(r.name(), StandardCharsets.UTF_8), p.getMessage());
    }
    Optional<String> problem = EntryNames.problem(name, limits.maxNameBytes(), limits.maxSegmentBytes(), limits.maxDepth())
        .or(() -> clashes.add(name));
    if (problem.isPresent()) {
      throw entryProblem(name, problem.get());
    }
    if ((r.flags() & ENCRYPTION_FLAGS) != 0) {
      throw entryProblem(name, "is encrypted");
    }
    int method = r.method();
    ZipMethod zipMethod = ZipMethod.ofCode(method).orElseThrow(() -> entryProblem(name,
        "uses compression method " + method + "; only 0 (stored) and 8 (deflated) are allowed"));
    EntryAttributes.check(r.externalAttributes(), name.endsWith("/"))
        .ifPresent(p -> {
          throw entryProblem(name, p);
        });
    if (r.commentLength() != 0) {
      throw entryProblem(name, "has a " + r.commentLength() + "-byte comment; a room's entries have none");
    }
    long[] resolved;
    try {
      resolved = Zip64Values.central(r, ExtraFields.check(r.extra(), ExtraFields.Header.CENTRAL));
    } catch (ZipProblem p) {
      throw entryProblem(name, p.getMessage());
    }
    if (r.diskStart() != 0 && r.diskStart() != 0xFFFF) {
      throw entryProblem(name, "starts on disk " + r.diskStart() + "; a room is one file");
    }
    long size = resolved[0];
    long compressed = resolved[1];
    checkSizes(name, zipMethod, size, compressed);
    return new Checked(name, zipMethod, size, compressed, r.crc(),
        r.flags(), resolved[2], r.name());
  }

  private void checkSizes(String name, ZipMethod method, long size, long compressed) {
    if (name.endsWith("/") && size != 0) {
      throw entryProblem(name, "is a directory but carries " + size + " bytes of data");
    }
    if (!method.compresses() && size != compressed) {
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

  /** Checks the local header (and data descriptor) against the directory record. */
  private Placed checkLocal(Checked c, ArchiveEnd end) throws IOException {
    String name = c.name();
    long offset = c.localOffset();
    if (offset >= end.cdOffset()) {
      throw entryProblem(name, "has its local header offset " + offset + " outside the entry area (which ends at "
          + end.cdOffset() + ")");
    }
    LocalHeader local;
    try {
      local = LocalHeader.read(channel, offset);
    } catch (ZipProblem p) {
      throw entryProblem(name, p.getMessage());
    }
    if (!Arrays.equals(local.name(), c.rawName())) {
      throw entryProblem(name, "local header names it " + EntryNames.quote(new String(local.name(), StandardCharsets.UTF_8))
          + ", the central directory does not");
    }
    if ((local.flags() & ENCRYPTION_FLAGS) != 0) {
      throw entryProblem(name, "is encrypted");
    }
    if (local.flags() != c.flags()) {
      throw entryProblem(name, String.format(Locale.ROOT, "local header has flags 0x%04X, the central directory 0x%04X",
          local.flags(), c.flags()));
    }
    if (local.method() != c.method().code()) {
      throw entryProblem(name, "local header says method " + local.method() + ", the central directory "
          + c.method().code());
    }
    checkLocalSizes(c, local);
    long dataEnd = local.dataOffset() + c.compressedSize();
    if (dataEnd > end.cdOffset() || dataEnd < 0) {
      throw entryProblem(name, "data (offset " + local.dataOffset() + ", " + c.compressedSize()
          + " bytes) runs into the central directory at offset " + end.cdOffset());
    }
    long entryEnd = dataEnd;
    if (local.hasDescriptor()) {
      try {
        entryEnd += DataDescriptor.length(channel, dataEnd, end.cdOffset(), local.zip64(), c.crc(),
            c.compressedSize(), c.size());
      } catch (ZipProblem p) {
        throw entryProblem(name, p.getMessage());
      }
    }
    ZipEntryInfo info = new ZipEntryInfo(name, c.method(), c.size(), c.compressedSize(), c.crc(), local.dataOffset());
    return new Placed(info, offset, entryEnd);
  }

  private void checkLocalSizes(Checked c, LocalHeader local) {
    boolean agree = local.size() == c.size() && local.compressedSize() == c.compressedSize() && local.crc() == c.crc();
    // With a data descriptor the header may hold zeros; the descriptor then must agree.
    boolean deferred = local.hasDescriptor() && (local.size() == 0 || local.size() == c.size())
        && (local.compressedSize() == 0 || local.compressedSize() == c.compressedSize())
        && (local.crc() == 0 || local.crc() == c.crc());
    if (!agree && !deferred) {
      throw entryProblem(c.name(), "local header says " + local.size() + " bytes (compressed "
          + local.compressedSize() + ", CRC " + Long.toHexString(local.crc()) + "), the central directory "
          + c.size() + " (compressed " + c.compressedSize() + ", CRC " + Long.toHexString(c.crc()) + ")");
    }
  }

  /** Entries must tile the file from offset 0 to the directory, without gaps or shared bytes. */
  private void checkTiling(List<Placed> placed, ArchiveEnd end) {
    List<Placed> byOffset = new ArrayList<>(placed);
    byOffset.sort(Comparator.comparingLong(Placed::start));
    long expected = 0;
    @Nullable Placed previous = null;
    for (Placed p : byOffset) {
      String name = p.info().name();
      if (previous == null && p.start() > 0) {
        throw archiveProblem(p.start() + " bytes precede the first entry " + EntryNames.quote(name));
      }
      if (previous != null && p.start() < expected) {
        throw entryProblem(name, "overlaps the data of entry " + EntryNames.quote(previous.info().name()));
      }
      if (previous != null && p.start() > expected) {
        throw archiveProblem((p.start() - expected) + " bytes at offset " + expected + " between entry "
            + EntryNames.quote(previous.info().name()) + " and entry " + EntryNames.quote(name) + " belong to no entry");
      }
      expected = p.end();
      previous = p;
    }
    if (previous == null && end.cdOffset() != 0) {
      throw archiveProblem(end.cdOffset() + " bytes precede an archive with no entries");
    }
    if (previous != null && expected != end.cdOffset()) {
      throw archiveProblem((end.cdOffset() - expected) + " bytes at offset " + expected + " between entry "
          + EntryNames.quote(previous.info().name()) + " and the central directory belong to no entry");
    }
  }

  private UnsafeArchiveException entryProblem(String name, String problem) {
    return new UnsafeArchiveException(name, label + ": entry " + EntryNames.quote(name) + " " + problem);
  }

  private UnsafeArchiveException archiveProblem(String problem) {
    return new UnsafeArchiveException("", label + ": " + problem);
  }
}
