package dev.appsim.session.codec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile "violation floods" as an attacker writes them: a session or sidecar whose one mesh
 * block's vertex array holds millions of elements that are not numbers, each a violation of its
 * own for a few bytes (JSON {@code [],}: 3 bytes; Smile null: 1 byte).
 */
final class Floods {
  private static final String SESSION_HEAD = "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
      + "\"metadata\":{\"name\":\"n\"},\"scene\":{\"nodes\":[]},\"geometryCache\":";
  private static final String SIDECAR_HEAD = "{\"format\":\"appsim.geometry-cache\",\"formatVersion\":\"1.0\",";

  private Floods() {}

  /** Whether the flood is a whole session or a geometry-cache sidecar. */
  enum Kind { SESSION, SIDECAR }

  /** Writes a JSON flood of {@code elements} bad vertices to {@code file}. */
  static Path json(Path file, Kind kind, long elements) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(ascii(kind == Kind.SESSION ? SESSION_HEAD + "{" : SIDECAR_HEAD));
      out.write(ascii("\"meshBlocks\":[{\"id\":\"m\",\"indices\":[],\"vertices\":["));
      byte[] element = ascii("[],");
      for (long i = 0; i < elements - 1; i++) {
        out.write(element);
      }
      out.write(ascii("[]]}]}" + (kind == Kind.SESSION ? "}" : "")));
    }
    return file;
  }

  /** Writes a Smile flood of {@code elements} nulls as vertices to {@code file}. */
  static Path smile(Path file, Kind kind, long elements) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      SmileBytes smile = new SmileBytes(out).raw(SmileBytes.HEADER).raw(0xFA);
      if (kind == Kind.SESSION) {
        smile.name("format").text("appsim.session")
            .name("formatVersion").text("1.0")
            .name("metadata").raw(0xFA).name("name").text("n").raw(0xFB)
            .name("scene").raw(0xFA).name("nodes").raw(0xF8, 0xF9).raw(0xFB)
            .name("geometryCache").raw(0xFA);
      } else {
        smile.name("format").text("appsim.geometry-cache").name("formatVersion").text("1.0");
      }
      smile.name("meshBlocks").raw(0xF8, 0xFA)
          .name("id").text("m")
          .name("indices").raw(0xF8, 0xF9)
          .name("vertices").raw(0xF8);
      for (long i = 0; i < elements; i++) {
        out.write(0x21);
      }
      smile.raw(0xF9, 0xFB, 0xF9, 0xFB);
      if (kind == Kind.SESSION) {
        smile.raw(0xFB);
      }
    }
    return file;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
