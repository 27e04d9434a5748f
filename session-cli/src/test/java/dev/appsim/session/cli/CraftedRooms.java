package dev.appsim.session.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Rooms written by hand with java.util.zip, the way another tool or an attacker writes them: a
 * well-formed archive and a manifest whose sizes and SHA-256 are right, around whatever session
 * and missing records a test wants.
 */
final class CraftedRooms {
  static final String CUBE = "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n";
  static final String SIDECAR = "{\"format\":\"appsim.geometry-cache\",\"formatVersion\":\"1.0\",\"meshBlocks\":[],"
      + "\"planes\":[]}";

  private CraftedRooms() {}

  /** A session with one model node at {@code modelPath} and, unless null, a sidecar at {@code cacheSource}. */
  static String session(String modelPath, String cacheSource) {
    String cache = cacheSource == null ? "" : ",\"geometryCache\":{\"source\":\"" + json(cacheSource) + "\"}";
    return "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"crafted\"},"
        + "\"scene\":{\"nodes\":[{\"id\":\"m\",\"kind\":\"model\",\"asset\":\"" + json(modelPath) + "\"}]}" + cache + "}";
  }

  /** A {@code missing} record of the session at {@code pointer}. */
  static String record(String pointer, String path) {
    return "{\"pointer\":\"" + pointer + "\",\"path\":\"" + json(path) + "\"}";
  }

  /** A room with {@code assets/cube.obj}, {@code assets/room.geocache} and {@code session}. */
  static Path write(Path file, String session, String... missingRecords) throws IOException {
    return write(file, session, Map.of(), missingRecords);
  }

  /** As {@link #write(Path, String, String...)}, with {@code assets} (entry name to text) as well. */
  static Path write(Path file, String session, Map<String, String> assets, String... missingRecords)
      throws IOException {
    Map<String, String> entries = new TreeMap<>(Map.of("assets/cube.obj", CUBE, "assets/room.geocache", SIDECAR,
        "session.json", session));
    entries.putAll(assets);
    List<String> listed = new ArrayList<>();
    entries.forEach((name, content) -> listed.add(entryJson(name, content)));
    String manifest = "{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"generator\":{\"name\":\"hand\","
        + "\"version\":\"1\"},\"session\":\"session.json\",\"entries\":[" + String.join(",", listed) + "]"
        + (missingRecords.length == 0 ? "" : ",\"missing\":[" + String.join(",", missingRecords) + "]") + "}";
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      stored(zip, "mimetype", "application/vnd.appsim.room+zip");
      stored(zip, "room.json", manifest);
      for (Map.Entry<String, String> e : entries.entrySet()) {
        stored(zip, e.getKey(), e.getValue());
      }
    }
    return file;
  }

  private static void stored(ZipOutputStream zip, String name, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static String entryJson(String path, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return "{\"path\":\"" + path + "\",\"size\":" + bytes.length + ",\"sha256\":\"" + sha256(bytes)
        + "\",\"mediaType\":\"application/octet-stream\"}";
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
