package dev.appsim.session.room.archive;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.room.archive.internal.EntryNames;
import dev.appsim.session.room.archive.internal.EntryPreparer;
import dev.appsim.session.room.archive.internal.EntryReuse;
import dev.appsim.session.room.archive.internal.OutputSink;
import dev.appsim.session.room.archive.internal.PreparedEntry;
import dev.appsim.session.room.archive.internal.Scratch;
import dev.appsim.session.room.archive.internal.Workers;
import dev.appsim.session.room.archive.internal.ZipRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * Writes a ZIP archive whose bytes depend only on the entries given: not on the thread count,
 * file times, umask, default time zone or locale.
 *
 * <p>Entries are written in the order given. Deflated entries (and stored entries from streams of
 * unknown size) are prepared ahead by worker threads into bounded buffers that spill to temporary
 * files beside the output; the calling thread appends them in order. Stored entries of known size
 * are streamed straight into the output, their data starting at a 64-byte aligned offset unless
 * the spec says otherwise. ZIP64 records appear only when a size, offset or count needs them.
 *
 * <p>Content of 1 MiB or more is deflated in independent 128 KiB blocks, pigz-style (each primed
 * with the previous block's last 32 KiB, sync-flushed), by a second pool of {@code threads}
 * threads, so one large entry keeps every core busy; smaller content is one deflate stream. At
 * most {@code 2 * threads} entries are prepared ahead and at most {@code 2 * threads} blocks of
 * one entry are in flight, so memory is bounded by the options, not by the entries. A deflated
 * entry whose source names a {@link ReusableEntry} is copied from that earlier archive when it
 * holds exactly these bytes.
 *
 * <pre>{@code
 * new RoomZipWriter(WriteOptions.defaults()).write(tmp, List.of(
 *     ZipEntrySpec.storedPlain("mimetype", ZipEntrySource.ofBytes(mime)),
 *     ZipEntrySpec.deflated("room.json", ZipEntrySource.ofBytes(manifest)),
 *     ZipEntrySpec.stored("assets/chair.glb", ZipEntrySource.ofPath(chair))),
 *     WriteProgressListener.NONE);
 * }</pre>
 *
 * <p>The output file is created or truncated; on failure it and every temporary file are deleted.
 * Replacing a previous archive atomically is the caller's job. Instances are immutable and
 * thread-safe.
 */
public final class RoomZipWriter {
  private static final int COPY_BUFFER = 256 << 10;
  private static final AtomicInteger THREAD_IDS = new AtomicInteger();

  private final WriteOptions options;

  /**
   * A writer with these options.
   *
   * @param options compression level, thread count and the size beyond which prepared entries
   *     spill to disk
   */
  public RoomZipWriter(WriteOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /**
   * Writes {@code entries} to {@code output}.
   *
   * @param output the archive file, created or truncated; deleted on failure
   * @param entries the entries, written in this order
   * @param listener called on the writing thread after each entry; {@link WriteProgressListener#NONE} for none
   * @return how many entries were written, and which were copied from an earlier archive
   * @throws IllegalArgumentException if a name breaks the rules {@link SafeZipReader} enforces
   *     (with default limits), names clash, or a name ends with {@code /}
   * @throws IOException if a source cannot be read, a file changes size while being written, or
   *     the output cannot be written; the message names the entry
   */
  public WriteResult write(Path output, List<ZipEntrySpec> entries, WriteProgressListener listener) throws IOException {
    requireNonNull(output, "output is null");
    requireNonNull(listener, "listener is null");
    List<ZipEntrySpec> specs = List.copyOf(requireNonNull(entries, "entries is null"));
    List<byte[]> names = checkNames(specs);
    long[] estimates = new long[specs.size()];
    for (int i = 0; i < specs.size(); i++) {
      estimates[i] = sizeOf(specs.get(i));
    }
    Path absolute = output.toAbsolutePath();
    Scratch.sweep(absolute.getParent());
    Scratch scratch = new Scratch(absolute.getParent(), "write " + absolute);
    @Nullable ExecutorService pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads(), RoomZipWriter::thread) : null;
    // A pool of its own: entry workers wait for their blocks, so sharing one pool could deadlock.
    @Nullable ExecutorService blockPool = options.threads() > 1
        ? Executors.newFixedThreadPool(options.threads(), RoomZipWriter::blockThread) : null;
    EntryPreparer preparer = new EntryPreparer(options.level(), options.spillThreshold(), scratch, blockPool,
        2 * options.threads());
    EntryReuse reuse = new EntryReuse(options.level());
    List<@Nullable Future<PreparedEntry>> futures = new ArrayList<>();
    boolean done = false;
    WriteResult result;
    try (OutputSink out = new OutputSink(FileChannel.open(output, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))) {
      result = new Run(specs, names, estimates, preparer, reuse, pool, futures, out, listener).writeAll();
      done = true;
    } finally {
      if (pool != null) {
        futures.forEach(f -> {
          if (f != null) {
            f.cancel(true);
          }
        });
        pool.shutdownNow();
        awaitQuietly(pool);
        if (!done) {
          closeCompleted(futures);
        }
      }
      if (blockPool != null) {
        blockPool.shutdownNow();
        awaitQuietly(blockPool);
      }
      scratch.closeQuietly();
      if (!done) {
        Files.deleteIfExists(output);
      }
    }
    return result;
  }

  private static List<byte[]> checkNames(List<ZipEntrySpec> specs) {
    ArchiveLimits limits = ArchiveLimits.defaults();
    EntryNames.Clashes clashes = new EntryNames.Clashes();
    List<byte[]> names = new ArrayList<>(specs.size());
    for (ZipEntrySpec spec : specs) {
      String name = spec.name();
      Optional<String> problem = name.endsWith("/")
          ? Optional.of("name ends with '/': folders are implied by file names, not written")
          : EntryNames.problem(name, limits.maxNameBytes(), limits.maxSegmentBytes(), limits.maxDepth())
              .or(() -> clashes.add(name));
      if (problem.isPresent()) {
        throw new IllegalArgumentException("entry " + EntryNames.quote(name) + ": " + problem.get());
      }
      names.add(name.getBytes(StandardCharsets.UTF_8));
    }
    return names;
  }

  private static long sizeOf(ZipEntrySpec spec) throws IOException {
    try {
      return spec.source().size();
    } catch (IOException e) {
      throw new IOException("entry " + EntryNames.quote(spec.name()) + ": cannot read size of source: " + e, e);
    }
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(r, "room-zip-deflate-" + THREAD_IDS.incrementAndGet());
    t.setDaemon(true);
    return t;
  }

  private static Thread blockThread(Runnable r) {
    Thread t = new Thread(r, "room-zip-block-" + THREAD_IDS.incrementAndGet());
    t.setDaemon(true);
    return t;
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeCompleted(List<@Nullable Future<PreparedEntry>> futures) {
    for (@Nullable Future<PreparedEntry> f : futures) {
      if (f != null && f.isDone() && !f.isCancelled()) {
        try {
          f.get().close();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException | IOException ignored) {
          // Spill files are deleted with the scratch folder anyway.
        }
      }
    }
  }

  /** One write: the per-archive state. */
  private final class Run {
    private final List<ZipEntrySpec> specs;
    private final List<byte[]> names;
    private final long[] estimates;
    private final EntryPreparer preparer;
    private final EntryReuse reuse;
    private final @Nullable ExecutorService pool;
    private final List<@Nullable Future<PreparedEntry>> futures;
    private final OutputSink out;
    private final WriteProgressListener listener;
    private final List<byte[]> central = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();

    Run(List<ZipEntrySpec> specs, List<byte[]> names, long[] estimates, EntryPreparer preparer, EntryReuse reuse,
        @Nullable ExecutorService pool, List<@Nullable Future<PreparedEntry>> futures, OutputSink out, WriteProgressListener listener) {
      this.specs = specs;
      this.names = names;
      this.estimates = estimates;
      this.preparer = preparer;
      this.reuse = reuse;
      this.pool = pool;
      this.futures = futures;
      this.out = out;
      this.listener = listener;
    }

    WriteResult writeAll() throws IOException {
      long bytesTotal = 0;
      for (long e : estimates) {
        bytesTotal += e;
      }
      long bytesDone = 0;
      int window = 2 * options.threads();
      for (int i = 0; i < specs.size(); i++) {
        submitUpTo(Math.min(specs.size(), i + window));
        ZipEntrySpec spec = specs.get(i);
        long size;
        try {
          size = needsPreparation(spec) ? writePrepared(i) : writeDirect(i);
        } catch (IOException | UncheckedIOException e) {
          IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
          throw new IOException("entry " + EntryNames.quote(spec.name()) + ": " + io.getMessage(), io);
        }
        bytesDone += size;
        bytesTotal += size - estimates[i];
        listener.progress(i + 1, specs.size(), bytesDone, bytesTotal);
      }
      long cdOffset = out.position();
      for (byte[] record : central) {
        out.write(record);
      }
      out.write(ZipRecords.endRecords(specs.size(), cdOffset, out.position() - cdOffset));
      out.flush();
      return new WriteResult(specs.size(), copied);
    }

    private boolean needsPreparation(ZipEntrySpec spec) {
      return spec.method().compresses() || !spec.source().sizeIsExact();
    }

    private void submitUpTo(int end) {
      for (int j = futures.size(); j < end; j++) {
        ZipEntrySpec spec = specs.get(j);
        futures.add(pool != null && needsPreparation(spec) ? pool.submit(() -> prepare(spec)) : null);
      }
    }

    private PreparedEntry prepare(ZipEntrySpec spec) throws IOException {
      Optional<ReusableEntry> base = spec.source().reusable();
      if (base.isPresent() && spec.method().compresses()) {
        // The source is not opened: the old data is checked against the plan's SHA-256 instead.
        @Nullable PreparedEntry copy = reuse.prepare(base.get());
        if (copy != null) {
          return copy;
        }
      }
      try (InputStream in = spec.source().open()) {
        return preparer.prepare(in, spec.method());
      }
    }

    private long writePrepared(int i) throws IOException {
      ZipEntrySpec spec = specs.get(i);
      @Nullable Future<PreparedEntry> future = futures.get(i);
      try (PreparedEntry entry = future == null ? prepare(spec) : Workers.await(future, "a deflate worker")) {
        long offset = out.position();
        int method = spec.method().code();
        out.write(ZipRecords.localHeader(names.get(i), method, entry.crc(), entry.size(),
            entry.compressedSize(), spec.aligned() ? offset : -1));
        entry.writeTo(out);
        if (entry.isCopied()) {
          copied.add(spec.name());
        }
        central.add(ZipRecords.centralHeader(names.get(i), method, entry.crc(), entry.size(), entry.compressedSize(), offset));
        futures.set(i, null);
        return entry.size();
      }
    }


    /** Streams a stored entry of known size, then patches the CRC into its local header. */
    private long writeDirect(int i) throws IOException {
      ZipEntrySpec spec = specs.get(i);
      long size = estimates[i];
      long offset = out.position();
      out.write(ZipRecords.localHeader(names.get(i), 0, 0, size, size, spec.aligned() ? offset : -1));
      CRC32 crc = new CRC32();
      byte[] buffer = new byte[COPY_BUFFER];
      long copied = 0;
      try (InputStream in = spec.source().open()) {
        int n;
        while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
          copied += n;
          if (copied > size) {
            break;
          }
          crc.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      }
      if (copied != size) {
        throw new IOException("source changed while writing: expected " + size + " bytes, "
            + (copied > size ? "found more" : "found " + copied));
      }
      byte[] crcBytes = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue()).array();
      out.patch(offset + 14, crcBytes);
      central.add(ZipRecords.centralHeader(names.get(i), 0, crc.getValue(), size, size, offset));
      return size;
    }
  }
}
