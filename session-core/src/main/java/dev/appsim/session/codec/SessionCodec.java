package dev.appsim.session.codec;

import static java.util.Objects.requireNonNull;

import dev.appsim.session.codec.internal.ArrayLayout;
import dev.appsim.session.codec.internal.BinaryLengths;
import dev.appsim.session.codec.internal.BoundedInput;
import dev.appsim.session.codec.internal.CanonicalPrettyPrinter;
import dev.appsim.session.codec.internal.CheckedInput;
import dev.appsim.session.codec.internal.DocumentReader;
import dev.appsim.session.codec.internal.DocumentWriter;
import dev.appsim.session.codec.internal.ExactOutput;
import dev.appsim.session.codec.internal.Failures;
import dev.appsim.session.codec.internal.JacksonFactories;
import dev.appsim.session.codec.internal.MalformedInput;
import dev.appsim.session.codec.internal.Migrations;
import dev.appsim.session.codec.internal.ValueWriter;
import dev.appsim.session.codec.io.AtomicFiles;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.model.SessionInternalException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.smile.SmileFactory;
import tools.jackson.dataformat.smile.SmileGenerator;
import tools.jackson.dataformat.smile.SmileParserBase;

/**
 * Reads and writes session documents and geometry-cache sidecars as JSON or Smile. Immutable and
 * thread-safe: build one and share it.
 *
 * <pre>{@code
 * SessionCodec codec = SessionCodec.builder()
 *     .limits(ReadLimits.defaults().toBuilder().maxDocumentBytes(2L << 30).build())
 *     .build();
 * SessionDocument doc = codec.read(Path.of("living-room.session"));   // JSON or Smile, sniffed
 * codec.write(doc, Path.of("living-room.session"), SessionFormat.SMILE); // atomic replace
 * }</pre>
 *
 * <p>Reading streams: mesh arrays go straight into unboxed arrays and no tree of the document is
 * built, so memory stays close to the decoded arrays. Bad input raises a {@link
 * SessionFormatException} (syntax, limits, versions, ill-formed UTF-8; with pointer and position)
 * or a {@link dev.appsim.session.model.SessionValidationException} listing the broken rules (the
 * first {@link ReadLimits#maxViolations()}, then a count); I/O failures raise {@link IOException}.
 * No other exception type escapes for bad input. A bug of ours met while reading (an unexpected
 * runtime exception) is a {@link SessionInternalException}: of the same family, but not a verdict
 * on the input.
 *
 * <p>Writing gives the canonical form (FORMAT 1.2): the same document always gives the same
 * bytes.
 */
public final class SessionCodec {
  private static final SessionCodec DEFAULTS = builder().build();

  private final ReadLimits limits;
  private final SmileArrayEncoding smileArrays;
  private final Migrations migrations;
  private final JsonFactory json;
  private final SmileFactory smile;

  private SessionCodec(Builder b) {
    this.limits = b.limits;
    this.smileArrays = b.smileArrays;
    List<SessionMigration> all = new ArrayList<>();
    if (b.serviceLoader) {
      ServiceLoader.load(SessionMigration.class, SessionCodec.class.getClassLoader()).forEach(all::add);
    }
    all.addAll(b.migrations);
    this.migrations = new Migrations(all);
    this.json = JacksonFactories.json(limits);
    this.smile = JacksonFactories.smile(limits);
  }

  /**
   * {@return the shared codec with {@link ReadLimits#defaults()}, {@link SmileArrayEncoding#BINARY}
   * Smile arrays and the migrations found on the class path} Always the same instance.
   */
  public static SessionCodec defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder with the defaults of {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the bounds this codec checks while reading untrusted input} */
  public ReadLimits limits() {
    return limits;
  }

  /** {@return how this codec's Smile output stores mesh arrays; readers accept either} */
  public SmileArrayEncoding smileArrayEncoding() {
    return smileArrays;
  }

  /**
   * Reads a session from a file, JSON or Smile, detected from its first bytes. A file larger than
   * {@link ReadLimits#maxDocumentBytes()} is refused before it is opened.
   *
   * @param file the {@code .session} file
   * @return the document, migrated to the current format major if it was older
   * @throws SessionFormatException if the bytes are not a readable session: bad syntax or
   *     UTF-8, a broken {@link ReadLimits} limit, or an {@link UnsupportedVersionException}
   * @throws dev.appsim.session.model.SessionValidationException if the document breaks rules of
   *     the model, listing them
   * @throws IOException if the file cannot be read
   */
  public SessionDocument read(Path file) throws IOException {
    long size = Files.size(file);
    checkSize(size);
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, size, reader -> reader.readDocument(true));
    }
  }

  /**
   * Reads a session from a stream, JSON or Smile, detected from its first bytes. The stream is
   * read to its end (content after the document is refused) and is not closed.
   *
   * @param in the encoded session; more than {@link ReadLimits#maxDocumentBytes()} bytes is refused
   * @return the document, migrated to the current format major if it was older
   * @throws SessionFormatException if the bytes are not a readable session: bad syntax or
   *     UTF-8, a broken {@link ReadLimits} limit, or an {@link UnsupportedVersionException}
   * @throws dev.appsim.session.model.SessionValidationException if the document breaks rules of
   *     the model, listing them
   * @throws IOException if reading the stream fails
   */
  public SessionDocument read(InputStream in) throws IOException {
    return parse(in, reader -> reader.readDocument(true));
  }

  /**
   * Reads a session from bytes, JSON or Smile, detected from the first bytes.
   *
   * @param bytes the whole encoded session; not modified
   * @return the document, migrated to the current format major if it was older
   * @throws SessionFormatException if the bytes are not a readable session: bad syntax or
   *     UTF-8, a broken {@link ReadLimits} limit, or an {@link UnsupportedVersionException}
   * @throws dev.appsim.session.model.SessionValidationException if the document breaks rules of
   *     the model, listing them
   */
  public SessionDocument read(byte[] bytes) {
    return readBytes(bytes, reader -> reader.readDocument(true));
  }

  /**
   * Writes {@code doc} to {@code file} in canonical form, replacing it atomically (see {@link
   * AtomicFiles}): the file holds either its old bytes or the whole new ones.
   *
   * @param doc the document to write
   * @param file the target; a symbolic link is followed and stays a link
   * @param format the encoding to write
   * @throws dev.appsim.session.codec.io.SpecialFileException if {@code file} exists and is not a
   *     regular file (a folder, a device, a FIFO); nothing is written
   * @throws IOException if writing, syncing or moving fails; the target is then unchanged
   */
  public void write(SessionDocument doc, Path file, SessionFormat format) throws IOException {
    requireNonNull(doc, "doc is null");
    requireNonNull(format, "format is null");
    AtomicFiles.write(file, out -> write(doc, out, format));
  }

  /**
   * Writes {@code doc} to a stream in canonical form; the stream is flushed, not closed. JSON
   * output ends with a line feed.
   *
   * @param doc the document to write
   * @param out where the encoded bytes go
   * @param format the encoding to write
   * @throws IOException if writing to the stream fails; part of the document may have been
   *     written
   */
  public void write(SessionDocument doc, OutputStream out, SessionFormat format) throws IOException {
    requireNonNull(doc, "doc is null");
    generate(out, format, writer -> writer.document(doc));
  }

  /**
   * Encodes a document in memory, as {@link #write(SessionDocument, OutputStream, SessionFormat)}
   * writes it.
   *
   * @param doc the document to encode
   * @param format the encoding
   * @return the canonical bytes: the same document always gives the same bytes
   */
  public byte[] toBytes(SessionDocument doc, SessionFormat format) {
    requireNonNull(doc, "doc is null");
    try {
      if (format == SessionFormat.SMILE && smileArrays == SmileArrayEncoding.BINARY) {
        return exactSmile(doc);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(estimatedSize(doc, format));
      write(doc, out, format);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Binary arrays are most of such a document. A first pass counts its size without producing
  // their bytes (a few microseconds per array), so the bytes are then written once, into the
  // array returned, instead of into a buffer that toByteArray() copies again.
  private byte[] exactSmile(SessionDocument doc) throws IOException {
    ExactOutput counted = ExactOutput.counting();
    generate(counted, SessionFormat.SMILE, DocumentWriter::countingSmile, writer -> writer.document(doc));
    ExactOutput out = ExactOutput.ofSize(counted.count());
    write(doc, out, SessionFormat.SMILE);
    return out.bytes();
  }

  // Sized for the mesh arrays so that large documents are not copied while the buffer grows.
  private static int estimatedSize(SessionDocument doc, SessionFormat format) {
    long values = 0;
    if (doc.geometryCache() instanceof GeometryCache cache) {
      for (var block : cache.meshBlocks()) {
        values += block.vertices().size() + block.indices().size()
            + (block.normals() == null ? 0 : block.normals().size())
            + (block.confidence() == null ? 0 : block.confidence().size());
      }
    }
    long estimate = 4096 + values * (format == SessionFormat.SMILE ? 4 : 12);
    return (int) Math.min(estimate, Integer.MAX_VALUE - 8);
  }

  /**
   * Reads a geometry-cache sidecar file (FORMAT 1.5), JSON or Smile, detected from its first
   * bytes. A file larger than {@link ReadLimits#maxDocumentBytes()} is refused before it is opened.
   *
   * @param file the sidecar file
   * @return the geometry cache
   * @throws SessionFormatException if the bytes are not a readable sidecar: bad syntax or UTF-8,
   *     a broken {@link ReadLimits} limit, or an unsupported version
   * @throws dev.appsim.session.model.SessionValidationException if the cache breaks rules of the
   *     model, listing them
   * @throws IOException if the file cannot be read
   */
  public GeometryCache readGeometryCache(Path file) throws IOException {
    long size = Files.size(file);
    checkSize(size);
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, size, DocumentReader::readSidecar);
    }
  }

  /**
   * Reads a geometry-cache sidecar from a stream, JSON or Smile, detected from its first bytes;
   * the stream is not closed.
   *
   * @param in the encoded sidecar; more than {@link ReadLimits#maxDocumentBytes()} bytes is refused
   * @return the geometry cache
   * @throws SessionFormatException if the bytes are not a readable sidecar: bad syntax or UTF-8,
   *     a broken {@link ReadLimits} limit, or an unsupported version
   * @throws dev.appsim.session.model.SessionValidationException if the cache breaks rules of the
   *     model, listing them
   * @throws IOException if reading the stream fails
   */
  public GeometryCache readGeometryCache(InputStream in) throws IOException {
    return parse(in, DocumentReader::readSidecar);
  }

  /**
   * Reads a geometry-cache sidecar from bytes, JSON or Smile, detected from the first bytes.
   *
   * @param bytes the whole encoded sidecar; not modified
   * @return the geometry cache
   * @throws SessionFormatException if the bytes are not a readable sidecar: bad syntax or UTF-8,
   *     a broken {@link ReadLimits} limit, or an unsupported version
   * @throws dev.appsim.session.model.SessionValidationException if the cache breaks rules of the
   *     model, listing them
   */
  public GeometryCache readGeometryCache(byte[] bytes) {
    return readBytes(bytes, DocumentReader::readSidecar);
  }

  /**
   * Writes a geometry-cache sidecar file in canonical form, replacing it atomically with the
   * guarantees of {@link #write(SessionDocument, Path, SessionFormat)}.
   *
   * @param cache the geometry cache to write
   * @param file the target; a symbolic link is followed and stays a link
   * @param format the encoding to write
   * @throws dev.appsim.session.codec.io.SpecialFileException if {@code file} exists and is not a
   *     regular file; nothing is written
   * @throws IOException if writing, syncing or moving fails; the target is then unchanged
   */
  public void writeGeometryCache(GeometryCache cache, Path file, SessionFormat format) throws IOException {
    requireNonNull(cache, "cache is null");
    AtomicFiles.write(file, out -> writeGeometryCache(cache, out, format));
  }

  /**
   * Writes a geometry-cache sidecar to a stream in canonical form; the stream is flushed, not
   * closed.
   *
   * @param cache the geometry cache to write
   * @param out where the encoded bytes go
   * @param format the encoding to write
   * @throws IOException if writing to the stream fails; part of the sidecar may have been written
   */
  public void writeGeometryCache(GeometryCache cache, OutputStream out, SessionFormat format) throws IOException {
    requireNonNull(cache, "cache is null");
    generate(out, format, writer -> writer.sidecar(cache));
  }

  /**
   * Reads a document from a host application's parser standing on (or before) its {@code
   * START_OBJECT}, leaving it on the matching {@code END_OBJECT}; used by {@link
   * SessionJacksonModule}. Errors carry positions when the parser is a JSON one.
   */
  SessionDocument readFrom(JsonParser parser) {
    SessionFormat format = parser instanceof SmileParserBase
        ? SessionFormat.SMILE : SessionFormat.JSON;
    return guard(parser, format, () -> reader(parser, format).readDocument(false));
  }

  /** Writes {@code doc} to a host application's generator, with its layout; for {@link SessionJacksonModule}. */
  void writeTo(SessionDocument doc, JsonGenerator generator) {
    DocumentWriter.of(generator, ArrayLayout.NONE,
        generator instanceof SmileGenerator ? smileArrays : null).document(doc);
  }

  private void checkSize(long size) {
    if (size > limits.maxDocumentBytes()) {
      throw new SessionFormatException("", "the file has " + size + " bytes, more than "
          + limits.maxDocumentBytes() + " (ReadLimits.maxDocumentBytes)");
    }
  }

  private <T> T readBytes(byte[] bytes, Function<DocumentReader, T> action) {
    requireNonNull(bytes, "bytes is null");
    checkSize(bytes.length);
    try {
      SessionFormat format = SessionFormat.detect(bytes, Math.min(bytes.length, SessionFormat.DETECTION_BYTES));
      // Bytes that pass the text check whole are parsed in place: no stream copies, and each
      // binary array arrives in one piece, so it is decoded once into an array of its size. Bytes
      // that fail take the streaming path, which stops the parser at the value holding the bad
      // byte so the error names its pointer.
      if (CheckedInput.passes(bytes, format == SessionFormat.SMILE, limits.maxNestingDepth(), limits.maxNumberLength())) {
        return parse(() -> factory(format).createParser(ObjectReadContext.empty(), bytes), format, action);
      }
      return parse(new ByteArrayInputStream(bytes), action);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  private <T> T parse(InputStream in, Function<DocumentReader, T> action) throws IOException {
    return parse(in, -1, action);
  }

  /** @param size the stream's length when known (a file's), else -1 */
  private <T> T parse(InputStream in, long size, Function<DocumentReader, T> action) throws IOException {
    requireNonNull(in, "in is null");
    byte[] head = new byte[SessionFormat.DETECTION_BYTES];
    int n = BoundedInput.readHead(in, head);
    SessionFormat format = SessionFormat.detect(head, n);
    InputStream bounded = new BoundedInput(head, n, in, limits.maxDocumentBytes());
    // Jackson's decoders accept malformed UTF-8 (overlong '/' among others): check the bytes first.
    // With the size known, the Smile check ahead of the parser also hands the reader each binary
    // array's length, so the array is made at its size instead of growing as pieces arrive.
    CheckedInput checked = format == SessionFormat.JSON ? CheckedInput.json(bounded, limits.maxNumberLength())
        : size >= 0 ? CheckedInput.smile(bounded, limits.maxNestingDepth(), size)
        : CheckedInput.smile(bounded, limits.maxNestingDepth());
    return parse(() -> factory(format).createParser(ObjectReadContext.empty(), checked), format,
        checked.binaryLengths(), action);
  }

  private <T> T parse(Supplier<JsonParser> open, SessionFormat format, Function<DocumentReader, T> action)
      throws IOException {
    return parse(open, format, null, action);
  }

  private <T> T parse(Supplier<JsonParser> open, SessionFormat format, @Nullable BinaryLengths binaryLengths,
      Function<DocumentReader, T> action) throws IOException {
    JsonParser parser;
    try {
      parser = open.get();
    } catch (JacksonIOException e) {
      throw ioOf(e);
    } catch (JacksonException e) {
      throw Failures.translate(e, null, format);
    } catch (MalformedInput e) {
      throw Failures.malformed(e, null, format);
    }
    try (parser) {
      return guard(parser, format, () -> action.apply(
          new DocumentReader(parser, format, limits, binaryLengths, migrations, readMigrated())));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw Failures.translate(e, null, format);
    }
  }

  /**
   * Every failure of reading becomes ours: bad input a {@link SessionFormatException}, I/O an
   * {@link UncheckedIOException} (unwrapped by the callers that declare IOException), and any
   * other runtime failure, a bug of ours, a {@link SessionInternalException}.
   */
  private static <T> T guard(JsonParser parser, SessionFormat format, Supplier<T> action) {
    try {
      return action.get();
    } catch (SessionException e) {
      throw e;
    } catch (MalformedInput e) {
      throw Failures.malformed(e, parser, format);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(ioOf(e));
    } catch (JacksonException e) {
      throw Failures.translate(e, parser, format);
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new SessionInternalException(Failures.pointer(parser), "reading a " + format + " session", e);
    }
  }

  private static IOException ioOf(JacksonIOException e) {
    IOException cause = e.getCause();
    return cause != null ? cause : new IOException(e.getMessage(), e);
  }

  private DocumentReader reader(JsonParser parser, SessionFormat format) {
    return new DocumentReader(parser, format, limits, migrations, readMigrated());
  }

  private Function<Map<String, @Nullable Object>, SessionDocument> readMigrated() {
    return doc -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
        new ValueWriter(g, ArrayLayout.NONE).plainValue(doc);
      } catch (IllegalArgumentException | JacksonException e) {
        // A migration's output, not our bug: it holds a value that plain JSON cannot carry.
        throw new SessionFormatException("", "the migrated document cannot be read back: " + e.getMessage(),
            -1, -1, -1, e);
      }
      return read(out.toByteArray());
    };
  }

  private TokenStreamFactory factory(SessionFormat format) {
    return format == SessionFormat.SMILE ? smile : json;
  }

  private void generate(OutputStream out, SessionFormat format,
      Consumer<DocumentWriter> body) throws IOException {
    generate(out, format, g -> DocumentWriter.of(g, ArrayLayout.NONE, smileArrays), body);
  }

  private void generate(OutputStream out, SessionFormat format, Function<JsonGenerator, DocumentWriter> smileWriter,
      Consumer<DocumentWriter> body) throws IOException {
    requireNonNull(out, "out is null");
    requireNonNull(format, "format is null");
    try {
      if (format == SessionFormat.JSON) {
        CanonicalPrettyPrinter printer = new CanonicalPrettyPrinter();
        try (JsonGenerator g = json.createGenerator(new CanonicalContext(printer), out, JsonEncoding.UTF8)) {
          body.accept(DocumentWriter.of(g, printer, null));
          g.writeRaw('\n');
        }
      } else {
        try (JsonGenerator g = smile.createGenerator(ObjectWriteContext.empty(), out)) {
          body.accept(smileWriter.apply(g));
        }
      }
    } catch (JacksonIOException e) {
      throw ioOf(e);
    }
  }

  /** Hands the canonical printer to the JSON generator. */
  private static final class CanonicalContext extends ObjectWriteContext.Base {
    private final PrettyPrinter printer;

    CanonicalContext(PrettyPrinter printer) {
      this.printer = printer;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return printer;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /**
   * Builds a {@link SessionCodec}. Every setter returns this builder; {@code null} arguments are
   * refused with a {@link NullPointerException}. Not thread-safe: fill one builder from one
   * thread, then share the immutable codec.
   */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();
    private SmileArrayEncoding smileArrays = SmileArrayEncoding.BINARY;
    private final List<SessionMigration> migrations = new ArrayList<>();
    private boolean serviceLoader = true;

    private Builder() {}

    /**
     * Sets the limits on untrusted input; default {@link ReadLimits#defaults()}.
     *
     * @param value the limits the codec checks while reading
     * @return this builder
     */
    public Builder limits(ReadLimits value) {
      this.limits = requireNonNull(value, "limits is null");
      return this;
    }

    /**
     * Sets how Smile output stores mesh arrays; default {@link SmileArrayEncoding#BINARY}. Reading
     * accepts both encodings whatever this says.
     *
     * @param value the encoding of mesh arrays in Smile output
     * @return this builder
     */
    public Builder smileArrayEncoding(SmileArrayEncoding value) {
      this.smileArrays = requireNonNull(value, "smileArrayEncoding is null");
      return this;
    }

    /**
     * Adds a migration. It wins over one for the same {@link SessionMigration#sourceMajor()}
     * found by the service loader, and a later one added here wins over an earlier one.
     *
     * @param value the migration, shared by every read of the codec
     * @return this builder
     */
    public Builder migration(SessionMigration value) {
      migrations.add(requireNonNull(value, "migration is null"));
      return this;
    }

    /**
     * Sets whether {@link #build()} loads migrations with {@link ServiceLoader}; default {@code
     * true}. Turn it off to read with exactly the migrations added here.
     *
     * @param value {@code true} to load {@link SessionMigration} services from the class path
     * @return this builder
     */
    public Builder loadMigrationServices(boolean value) {
      this.serviceLoader = value;
      return this;
    }

    /**
     * {@return a new codec with the settings so far} Migration services, when enabled, are loaded
     * now (with the class loader of this library), not on each read.
     */
    public SessionCodec build() {
      return new SessionCodec(this);
    }
  }
}
