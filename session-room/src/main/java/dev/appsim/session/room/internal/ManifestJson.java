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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes {@code room.json} exactly as FORMAT.md section 2 lays it out. */
public final class ManifestJson {
  private static final String ENTRY = RoomManifest.MANIFEST_ENTRY;

  private ManifestJson() {}

  /** The manifest as UTF-8 JSON, members in the documented order, ending with a newline. */
  public static byte[] write(RoomManifest manifest) {
    ObjectNode root = PrettyJson.mapper().createObjectNode();
    root.put("format", RoomManifest.FORMAT);
    root.put("formatVersion", manifest.formatVersion().toString());
    ObjectNode generator = root.putObject("generator");
    generator.put("name", manifest.generator().name());
    generator.put("version", manifest.generator().version());
    root.put("session", manifest.session());
    ArrayNode entries = root.putArray("entries");
    for (ManifestEntry e : manifest.entries()) {
      ObjectNode o = entries.addObject();
      o.put("path", e.path());
      o.put("size", e.size());
      o.put("sha256", e.sha256());
      o.put("mediaType", e.mediaType());
    }
    if (!manifest.missing().isEmpty()) {
      ArrayNode missing = root.putArray("missing");
      for (MissingReference m : manifest.missing()) {
        ObjectNode o = missing.addObject();
        if (m instanceof MissingReference.InSession s) {
          o.put("pointer", s.pointer());
        } else if (m instanceof MissingReference.InAsset a) {
          o.put("referrer", a.referrer());
          o.put("location", a.location());
        }
        o.put("path", m.path());
        if (m.original() != null) {
          o.put("original", m.original());
        }
      }
    }
    String text = PrettyJson.writer().writeValueAsString(root) + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Parses and checks a manifest from an untrusted archive.
   *
   * @throws UnsafeArchiveException naming {@code room.json} and the offending member
   */
  public static RoomManifest read(byte[] json) {
    JsonNode root;
    try {
      root = PrettyJson.mapper().readTree(json);
    } catch (JacksonException e) {
      throw new UnsafeArchiveException(ENTRY, "room.json is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
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
    JsonNode gen = root.get("generator");
    Generator generator = gen != null && gen.isObject()
        ? new Generator(string(gen, "name", "/generator/name"), string(gen, "version", "/generator/version"))
        : new Generator("", "");
    String session = string(root, "session", "/session");
    List<ManifestEntry> entries = new ArrayList<>();
    JsonNode list = array(root, "entries", "/entries");
    for (int i = 0; i < list.size(); i++) {
      JsonNode e = list.get(i);
      String at = "/entries/" + i;
      if (!e.isObject()) {
        throw bad(at, "must be an object");
      }
      JsonNode size = e.get("size");
      if (size == null || !size.isIntegralNumber() || !size.canConvertToLong()) {
        throw bad(at + "/size", "must be a whole number of bytes");
      }
      try {
        entries.add(new ManifestEntry(string(e, "path", at + "/path"), size.longValue(),
            string(e, "sha256", at + "/sha256"), string(e, "mediaType", at + "/mediaType")));
      } catch (IllegalArgumentException ex) {
        throw bad(at, ex.getMessage());
      }
    }
    List<MissingReference> missing = new ArrayList<>();
    if (root.has("missing")) {
      JsonNode ms = array(root, "missing", "/missing");
      for (int i = 0; i < ms.size(); i++) {
        JsonNode m = ms.get(i);
        String at = "/missing/" + i;
        if (!m.isObject()) {
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

  private static String string(JsonNode node, String name, String pointer) {
    JsonNode v = node.get(name);
    if (v == null || !v.isString()) {
      throw bad(pointer, v == null ? "is missing" : "must be a string");
    }
    return v.stringValue();
  }

  private static @Nullable String optional(JsonNode node, String name, String at) {
    @Nullable JsonNode v = node.get(name);
    if (v == null) {
      return null;
    }
    if (!v.isString()) {
      throw bad(at + "/" + name, "must be a string");
    }
    return v.stringValue();
  }

  private static JsonNode array(JsonNode node, String name, String pointer) {
    JsonNode v = node.get(name);
    if (v == null || !v.isArray()) {
      throw bad(pointer, v == null ? "is missing" : "must be an array");
    }
    return v;
  }

  private static UnsafeArchiveException bad(String pointer, String message) {
    return new UnsafeArchiveException(ENTRY, "room.json " + pointer + ": " + message);
  }
}
