package dev.appsim.session.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small GLB reader written from the glTF 2.0 specification (section 4.4), independent of the
 * exporter: checks the header and chunk framing and gives the JSON and the BIN chunk.
 */
final class GlbReader {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  final JsonNode json;
  final ByteBuffer bin;

  private GlbReader(JsonNode json, ByteBuffer bin) {
    this.json = json;
    this.bin = bin;
  }

  static GlbReader read(byte[] glb) {
    ByteBuffer b = ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0x46546C67, b.getInt(), "magic glTF");
    assertEquals(2, b.getInt(), "version");
    assertEquals(glb.length, b.getInt(), "declared length is the file length");
    int jsonLength = b.getInt();
    assertEquals(0x4E4F534A, b.getInt(), "first chunk is JSON");
    assertEquals(0, jsonLength % 4, "JSON chunk length is 4-byte aligned");
    byte[] text = new byte[jsonLength];
    b.get(text);
    JsonNode json = MAPPER.readTree(new String(text, StandardCharsets.UTF_8).stripTrailing());
    ByteBuffer bin = ByteBuffer.allocate(0);
    if (b.hasRemaining()) {
      int binLength = b.getInt();
      assertEquals(0x004E4942, b.getInt(), "second chunk is BIN");
      assertEquals(0, binLength % 4, "BIN chunk length is 4-byte aligned");
      assertEquals(binLength, b.remaining(), "BIN chunk ends the file");
      bin = b.slice().order(ByteOrder.LITTLE_ENDIAN);
      long declared = json.get("buffers").get(0).get("byteLength").asLong();
      assertTrue(declared <= binLength && binLength - declared < 4, "buffer fills the chunk but for padding");
    }
    return new GlbReader(json, bin);
  }

  int count(String array) {
    JsonNode a = json.get(array);
    return a == null ? 0 : a.size();
  }

  JsonNode accessor(int index) {
    return json.get("accessors").get(index);
  }

  /** Float {@code component} of element {@code i} of a FLOAT accessor. */
  float floatAt(int accessor, int i, int component) {
    JsonNode a = accessor(accessor);
    JsonNode view = json.get("bufferViews").get(a.get("bufferView").asInt());
    int width = switch (a.get("type").asString()) {
      case "SCALAR" -> 1;
      case "VEC3" -> 3;
      case "VEC4" -> 4;
      default -> throw new AssertionError(a.get("type"));
    };
    int offset = view.path("byteOffset").asInt(0) + a.path("byteOffset").asInt(0);
    return bin.getFloat(offset + (i * width + component) * 4);
  }

  /** Index {@code i} of an index accessor. */
  long indexAt(int accessor, int i) {
    JsonNode a = accessor(accessor);
    JsonNode view = json.get("bufferViews").get(a.get("bufferView").asInt());
    int offset = view.path("byteOffset").asInt(0);
    return switch (a.get("componentType").asInt()) {
      case 5121 -> bin.get(offset + i) & 0xFF;
      case 5123 -> bin.getShort(offset + 2 * i) & 0xFFFF;
      case 5125 -> bin.getInt(offset + 4 * i) & 0xFFFFFFFFL;
      default -> throw new AssertionError(a.get("componentType"));
    };
  }
}
