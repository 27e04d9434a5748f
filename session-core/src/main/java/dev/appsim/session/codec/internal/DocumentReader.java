package dev.appsim.session.codec.internal;

import dev.appsim.session.codec.ReadLimits;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.codec.SessionFormatException;
import dev.appsim.session.codec.UnsupportedVersionException;
import dev.appsim.session.model.Excerpt;
import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.Generator;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.GeometryCacheSource;
import dev.appsim.session.model.GizmoState;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionValidationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one session document from a parser in a single streaming pass, keeping no tree of the
 * document: every part becomes its model record as soon as its object ends.
 */
public final class DocumentReader {
  private final TokenReader in;
  private final ShapeReader shapes;
  private final Migrations migrations;
  private final Function<Map<String, @Nullable Object>, SessionDocument> migratedReader;

  /**
   * @param migrations migrations from older majors
   * @param migratedReader reads a migrated document given as plain values
   */
  public DocumentReader(JsonParser parser, SessionFormat format, ReadLimits limits,
      Migrations migrations, Function<Map<String, @Nullable Object>, SessionDocument> migratedReader) {
    this(parser, format, limits, null, migrations, migratedReader);
  }

  /**
   * As {@link #DocumentReader(JsonParser, SessionFormat, ReadLimits, Migrations, Function)}, with
   * the lengths of binary values known ahead of the parser ({@link CheckedInput#binaryLengths()}).
   */
  public DocumentReader(JsonParser parser, SessionFormat format, ReadLimits limits, @Nullable BinaryLengths binaryLengths,
      Migrations migrations, Function<Map<String, @Nullable Object>, SessionDocument> migratedReader) {
    this.in = new TokenReader(parser, format, limits, binaryLengths);
    this.shapes = new ShapeReader(in);
    this.migrations = migrations;
    this.migratedReader = migratedReader;
  }

  /**
   * Reads the document; the parser stands before its first token or on its {@code START_OBJECT}.
   *
   * @param wholeInput whether nothing may follow the document (false inside a host's mapper)
   */
  public SessionDocument readDocument(boolean wholeInput) {
    JsonParser p = in.parser();
    startRoot(p, "session");
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      throw new IllegalStateException("startRoot let a non-object through");
    }
    FormatVersion version = null;
    String format = null;
    Metadata metadata = null;
    SceneGraph scene = null;
    GizmoState gizmos = null;
    GeometryCacheSource cache = null;
    boolean onlyFormatSoFar = true;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "format" -> format = in.readString();
        case "formatVersion" -> {
          version = version();
          if (version != null && version.major() < FormatVersion.CURRENT.major()) {
            return migrate(version, format, onlyFormatSoFar, wholeInput);
          }
        }
        case "metadata" -> metadata = metadata();
        case "scene" -> scene = new SceneReader(in, shapes).scene();
        case "gizmos" -> gizmos = new GizmoReader(in, shapes).gizmos();
        case "geometryCache" -> cache = new GeometryReader(in, shapes).cacheSource();
        default -> o.readUnknown(m);
      }
      if (!m.equals("format")) {
        onlyFormatSoFar = false;
      }
    }
    endRoot(p, wholeInput);
    checkFormat(o.saw("format"), format, SessionDocument.FORMAT);
    o.require("formatVersion", "metadata", "scene");
    in.throwIfInvalid();
    FormatVersion v = version;
    Metadata md = metadata;
    SceneGraph sg = scene;
    GizmoState gz = gizmos;
    GeometryCacheSource gc = cache;
    SessionDocument doc = o.build(() -> new SessionDocument(v, md, sg, gz, gc, o.extensions()));
    in.throwIfInvalid();
    return doc;
  }

  /** Reads a geometry-cache sidecar file: {@code format}, {@code formatVersion} and cache members. */
  public GeometryCache readSidecar() {
    JsonParser p = in.parser();
    startRoot(p, "geometry cache");
    Map<String, @Nullable Object> header = new LinkedHashMap<>();
    GeometryCacheSource cache = new GeometryReader(in, shapes).cache(false, header);
    endRoot(p, true);
    Object format = header.get("format");
    Object versionText = header.get("formatVersion");
    if (format == null) {
      in.missing("", "format");
    } else if (!GeometryCache.SIDECAR_FORMAT.equals(format)) {
      in.violation("/format", "expected \"" + GeometryCache.SIDECAR_FORMAT + "\", found " + quoted(format));
    }
    if (versionText instanceof String text) {
      FormatVersion version = parseVersion(text);
      if (version != null && version.major() != FormatVersion.CURRENT.major()) {
        throw new UnsupportedVersionException(version, FormatVersion.CURRENT,
            "geometry cache formatVersion " + version + " has another major than the supported "
                + FormatVersion.CURRENT + "; only " + FormatVersion.CURRENT.major() + ".x sidecars can be read");
      }
    } else if (versionText == null) {
      in.missing("", "formatVersion");
    } else {
      in.violation("/formatVersion", "expected a string, found " + quoted(versionText));
    }
    in.throwIfInvalid();
    if (!(cache instanceof GeometryCache inline)) {
      // cache() returns null only after recording a violation, and never an external one here
      throw new IllegalStateException("a sidecar read without violations gave " + cache);
    }
    return inline;
  }

  private void startRoot(JsonParser p, String what) {
    JsonToken token = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (token == null) {
      throw new SessionFormatException("", "the input is empty; expected a " + what + " object");
    }
    if (token != JsonToken.START_OBJECT) {
      throw in.fatal("expected a " + what + " object, found " + in.describe(token));
    }
  }

  private void endRoot(JsonParser p, boolean wholeInput) {
    if (wholeInput) {
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw in.fatal("unexpected content after the end of the document: " + in.describe(trailing));
      }
    }
  }

  private void checkFormat(boolean seen, @Nullable String format, String expected) {
    if (!seen) {
      in.missing("", "format");
    } else if (format == null) {
      return;
    } else if (!format.equals(expected)) {
      in.violation("/format", "expected \"" + expected + "\", found \"" + Excerpt.of(format) + "\"");
    }
  }

  private @Nullable FormatVersion version() {
    String text = in.readString();
    if (text == null) {
      return null;
    }
    FormatVersion version = parseVersion(text);
    if (version != null && version.major() > FormatVersion.CURRENT.major()) {
      throw new UnsupportedVersionException(version, FormatVersion.CURRENT,
          "formatVersion " + version + " is newer than this library supports (" + FormatVersion.CURRENT
              + "); a reader of format " + FormatVersion.CURRENT.major() + ".x cannot read major version "
              + version.major() + ", upgrade the library");
    }
    return version;
  }

  private @Nullable FormatVersion parseVersion(String text) {
    try {
      return FormatVersion.parse(text);
    } catch (SessionValidationException e) {
      in.violation("/formatVersion", "\"" + Excerpt.of(text) + (text.matches("[0-9]++\\.[0-9]++")
          ? "\" has a MAJOR or MINOR part above " + FormatVersion.MAX_PART
          : "\" is not MAJOR.MINOR with digits only, such as \"1.0\""));
      return null;
    }
  }

  private SessionDocument migrate(FormatVersion version, @Nullable String format, boolean first,
      boolean wholeInput) {
    if (!migrations.has(version.major())) {
      throw new UnsupportedVersionException(version, FormatVersion.CURRENT,
          "formatVersion " + version + " is older than the supported " + FormatVersion.CURRENT
              + " and no SessionMigration from major " + version.major() + " is installed");
    }
    if (!first) {
      throw new UnsupportedVersionException(version, FormatVersion.CURRENT,
          "formatVersion " + version + " needs migration to " + FormatVersion.CURRENT
              + ", but it follows other members; a document to migrate must state formatVersion first");
    }
    Map<String, @Nullable Object> doc = new LinkedHashMap<>();
    if (format != null) {
      doc.put("format", format);
    }
    doc.put("formatVersion", version.toString());
    for (String m; (m = in.nextMember()) != null; ) {
      doc.put(m, in.readPlainValue());
    }
    endRoot(in.parser(), wholeInput);
    return migratedReader.apply(migrations.apply(doc, version));
  }

  private @Nullable Metadata metadata() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    String name = null;
    Instant createdAt = null;
    Instant modifiedAt = null;
    Generator generator = null;
    Map<String, String> properties = Map.of();
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "name" -> name = in.readString();
        case "createdAt" -> createdAt = in.readInstant();
        case "modifiedAt" -> modifiedAt = in.readInstant();
        case "generator" -> generator = generator();
        case "properties" -> properties = properties();
        default -> o.readUnknown(m);
      }
    }
    o.require("name");
    String n = name;
    Instant c = createdAt;
    Instant mod = modifiedAt;
    Generator g = generator;
    Map<String, String> props = properties;
    return o.build(() -> new Metadata(n, c, mod, g, props, o.extensions()));
  }

  private @Nullable Generator generator() {
    ObjectReader o = ObjectReader.open(in);
    if (o == null) {
      return null;
    }
    String name = null;
    String version = null;
    for (String m; (m = o.nextMember()) != null; ) {
      switch (m) {
        case "name" -> name = in.readString();
        case "version" -> version = in.readString();
        default -> o.readUnknown(m);
      }
    }
    o.require("name", "version");
    String n = name;
    String v = version;
    return o.build(() -> new Generator(n, v, o.extensions()));
  }

  private @Nullable Map<String, String> properties() {
    if (!in.beginObject()) {
      return null;
    }
    long before = in.errors();
    Map<String, String> out = new LinkedHashMap<>();
    for (String name; (name = in.nextMember()) != null; ) {
      if (out.size() >= in.limits().maxArrayLength()) {
        throw in.fatal("properties hold more than " + in.limits().maxArrayLength()
            + " entries (ReadLimits.maxArrayLength)");
      }
      String value = in.readString();
      if (value != null) {
        out.put(name, value);
      }
    }
    return in.errors() > before ? null : out;
  }

  private static String quoted(Object value) {
    return value instanceof String s ? Excerpt.quoted(s) : Excerpt.of(String.valueOf(value));
  }
}
