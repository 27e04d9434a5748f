package dev.appsim.session.room.internal;

import dev.appsim.session.model.Excerpt;
import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.Generator;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.room.ManifestEntry;
import dev.appsim.session.room.MissingReference;
import dev.appsim.session.room.RoomManifest;
import dev.appsim.session.room.error.UnsafeArchiveException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.io.StringWriter;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/** Reads and writes {@code room.json} exactly as FORMAT.md section 2 lays it out. */
public final class ManifestJson {
  private static final String ENTRY = RoomManifest.MANIFEST_ENTRY;

  private ManifestJson() {}

  /** The manifest as UTF-8 JSON, members in the documented order, ending with a newline. */
  public static byte[] write(RoomManifest manifest) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = PrettyJson.generator(text)) {
      g.writeStartObject();
      g.writeStringProperty("format", RoomManifest.FORMAT);
      g.writeStringProperty("formatVersion", manifest.formatVersion().toString());
      g.writeObjectPropertyStart("generator");
      g.writeStringProperty("name", manifest.generator().name());
      g.writeStringProperty("version", manifest.generator().version());
      g.writeEndObject();
      g.writeStringProperty("session", manifest.session());
      g.writeArrayPropertyStart("entries");
      for (ManifestEntry e : manifest.entries()) {
        g.writeStartObject();
        g.writeStringProperty("path", e.path());
        g.writeNumberProperty("size", e.size());
        g.writeStringProperty("sha256", e.sha256());
        g.writeStringProperty("mediaType", e.mediaType());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!manifest.missing().isEmpty()) {
        g.writeArrayPropertyStart("missing");
        for (MissingReference m : manifest.missing()) {
          g.writeStartObject();
          if (m instanceof MissingReference.InSession s) {
            g.writeStringProperty("pointer", s.pointer());
          } else if (m instanceof MissingReference.InAsset a) {
            g.writeStringProperty("referrer", a.referrer());
            g.writeStringProperty("location", a.location());
          }
          g.writeStringProperty("path", m.path());
          if (m.original() != null) {
            g.writeStringProperty("original", m.original());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return (text + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Parses and checks a manifest from an untrusted archive.
   *
   * @throws UnsafeArchiveException naming {@code room.json} and the offending member
   */
  public static RoomManifest read(byte[] json) {
    Map<String, Object> root;
    try {
      root = JsonTree.object(json);
    } catch (JacksonException e) {
      throw new UnsafeArchiveException(ENTRY, "room.json is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null) {
      throw new UnsafeArchiveException(ENTRY, "room.json must hold one JSON object");
    }
    String format = string(root, "format", "/format");
    if (!RoomManifest.FORMAT.equals(format)) {
      throw new UnsafeArchiveException(ENTRY, "room.json /format: expected \"" + RoomManifest.FORMAT + "\", found \""
          + Excerpt.of(format) + "\"");
    }
    FormatVersion version;
    try {
      version = FormatVersion.parse(string(root, "formatVersion", "/formatVersion"));
    } catch (SessionException e) {
      throw new UnsafeArchiveException(ENTRY, "room.json /formatVersion: " + e.getMessage(), e);
    }
    if (version.major() != RoomManifest.CURRENT_VERSION.major()) {
      throw new UnsafeArchiveException(ENTRY, "room format " + version + " is not supported; this library reads "
          + RoomManifest.CURRENT_VERSION.major() + ".x");
    }
    Generator generator = root.get("generator") instanceof Map<?, ?> gen
        ? new Generator(string(gen, "name", "/generator/name"), string(gen, "version", "/generator/version"))
        : new Generator("", "");
    String session = string(root, "session", "/session");
    List<ManifestEntry> entries = new ArrayList<>();
    List<?> list = array(root, "entries", "/entries");
    for (int i = 0; i < list.size(); i++) {
      String at = "/entries/" + i;
      if (!(list.get(i) instanceof Map<?, ?> e)) {
        throw bad(at, "must be an object");
      }
      if (!(e.get("size") instanceof Long size)) {
        throw bad(at + "/size", "must be a whole number of bytes");
      }
      try {
        entries.add(new ManifestEntry(string(e, "path", at + "/path"), size,
            string(e, "sha256", at + "/sha256"), string(e, "mediaType", at + "/mediaType")));
      } catch (IllegalArgumentException ex) {
        throw bad(at, ex.getMessage());
      }
    }
    List<MissingReference> missing = new ArrayList<>();
    if (root.containsKey("missing")) {
      List<?> ms = array(root, "missing", "/missing");
      for (int i = 0; i < ms.size(); i++) {
        String at = "/missing/" + i;
        if (!(ms.get(i) instanceof Map<?, ?> m)) {
          throw bad(at, "must be an object");
        }
        String path = string(m, "path", at + "/path");
        @Nullable String pointer = optional(m, "pointer", at);
        @Nullable String referrer = optional(m, "referrer", at);
        @Nullable String location = optional(m, "location", at);
        @Nullable String original = optional(m, "original", at);
        try {
          missing.add(RoomReferences.record(path, pointer, referrer, location, original));
        } catch (IllegalArgumentException e) {
          throw bad(at, e.getMessage());
        }
      }
    }
    try {
      return new RoomManifest(version, generator, session, entries, missing);
    } catch (IllegalArgumentException e) {
      // Messages that start with a JSON Pointer read as "room.json /missing/0: ...".
      String message = e.getMessage();
      throw new UnsafeArchiveException(ENTRY, "room.json" + (message.startsWith("/") ? " " : ": ") + message, e);
    }
  }

  private static String string(Map<?, ?> node, String name, String pointer) {
    Object v = node.get(name);
    if (!(v instanceof String text)) {
      throw bad(pointer, v == null ? "is missing" : "must be a string");
    }
    return text;
  }

  private static @Nullable String optional(Map<?, ?> node, String name, String at) {
    Object v = node.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String text)) {
      throw bad(at + "/" + name, "must be a string");
    }
    return text;
  }

  private static List<?> array(Map<?, ?> node, String name, String pointer) {
    Object v = node.get(name);
    if (!(v instanceof List<?> list)) {
      throw bad(pointer, v == null ? "is missing" : "must be an array");
    }
    return list;
  }

  private static UnsafeArchiveException bad(String pointer, String message) {
    return new UnsafeArchiveException(ENTRY, "room.json " + pointer + ": " + message);
  }
}
