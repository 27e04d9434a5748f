package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.SessionValidationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each class of bad input gives our exception with pointer and position, never a library's. */
class MalformedInputTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();
  private static final String VALID = """
      {
        "format": "appsim.session",
        "formatVersion": "1.0",
        "metadata": {"name": "x"},
        "scene": {"nodes": []}
      }
      """;

  private static SessionFormatException formatError(String json) {
    return formatError(json.getBytes(StandardCharsets.UTF_8));
  }

  private static SessionFormatException formatError(byte[] bytes) {
    return assertThrows(SessionFormatException.class, () -> CODEC.read(bytes));
  }

  private static SessionValidationException invalid(String json) {
    return assertThrows(SessionValidationException.class,
        () -> CODEC.read(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String withScene(String sceneMembers) {
    return VALID.replace("\"nodes\": []", sceneMembers);
  }

  @Nested
  class Json {
    @Test
    void rejectsTruncatedInput() {
      SessionFormatException e = formatError(VALID.substring(0, 60));
      assertEquals("/formatVersion (line 4, column 3): Unexpected end-of-input within/between Object entries",
          e.getMessage());
      assertEquals(4, e.line());
      assertEquals(3, e.column());
    }

    @Test
    void rejectsTruncatedInputWithoutJacksonsStartMarkerNoise() {
      String json = "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"x\"},"
          + "\"scene\":{\"nodes\":[{\"id\":\"a\",\"kind\":\"light\",\"light\":{\"type\":\"spot\",\"color\":[1,1,1],\"intensity\":-1,\"castShadows\":false,\"inn";
      SessionFormatException e = formatError(json.substring(0, 100));
      assertEquals("/scene/nodes/0/id (line 1, column 101): Unexpected end-of-input: expected close marker for Object",
          e.getMessage());
    }

    @Test
    void rejectsAMismatchedCloseMarkerWithoutJacksonsStartingAtNoise() {
      // Jackson words this "(for Array starting at [byte offset: #UNKNOWN])"; the pointer says where.
      SessionFormatException e = formatError(withScene("\"nodes\": [}"));
      assertEquals("/scene/nodes (line 5, column 23): Unexpected close marker '}': expected ']'", e.getMessage());
    }

    @Test
    void rejectsNaN() {
      SessionFormatException e = formatError(withScene(
          "\"nodes\": [{\"id\": \"a\", \"kind\": \"group\", \"transform\": {\"position\": [NaN, 0, 0]}}]"));
      assertEquals("/scene/nodes/0/transform/position/0 (line 5, column 82): Non-standard token 'NaN',"
          + " JSON allows only finite numbers", e.getMessage());
    }

    @Test
    void rejectsInfinity() {
      assertEquals("/scene/x (line 5, column 39): Non-standard token 'Infinity', JSON allows only finite numbers",
          formatError(withScene("\"nodes\": [], \"x\": Infinity")).getMessage());
      assertEquals("/scene/x (line 5, column 40): Non-standard token '-Infinity', JSON allows only finite numbers",
          formatError(withScene("\"nodes\": [], \"x\": -Infinity")).getMessage());
    }

    @Test
    void rejectsComments() {
      assertEquals("/formatVersion (line 4, column 3): Unexpected character ('/' (code 47)):"
              + " maybe a (non-standard) comment? JSON has no comments",
          formatError(VALID.replace("\"metadata\"", "// note\n  \"metadata\"")).getMessage());
    }

    @Test
    void rejectsTrailingGarbage() {
      assertEquals("/ (line 7, column 1): Unrecognized token 'garbage': was expecting"
              + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
          formatError(VALID + "garbage").getMessage());
    }

    @Test
    void rejectsASecondRootValue() {
      assertEquals("/ (line 7, column 1): unexpected content after the end of the document: an object",
          formatError(VALID + "{}").getMessage());
    }

    @Test
    void rejectsDuplicateKeys() {
      assertEquals("/metadata/name (line 4, column 35): Duplicate Object property \"name\"",
          formatError(VALID.replace("{\"name\": \"x\"}", "{\"name\": \"x\", \"name\": \"y\"}")).getMessage());
    }

    @Test
    void rejectsAByteOrderMark() {
      SessionFormatException e = formatError("\uFEFF" + VALID);
      assertEquals("/ (line 1, column 1): a UTF-8 byte order mark (EF BB BF) starts the input;"
          + " a JSON session is UTF-8 without a byte order mark", e.getMessage());
      assertEquals(0, e.byteOffset());
    }

    @Test
    void rejectsInvalidUtf8() {
      byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
      int x = VALID.indexOf("\"x\"");
      bytes[x + 1] = (byte) 0xC3;
      bytes[x + 2] = (byte) 0x28;
      assertEquals("/metadata/name (line 4, column 25): invalid UTF-8 at byte 82: byte 0x28 in the sequence"
          + " that byte 0xC3 starts is not a continuation byte (0x80 to 0xBF)", formatError(bytes).getMessage());
    }

    @Test
    void rejectsDeepNesting() {
      String deep = "{\"format\": \"appsim.session\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
      SessionFormatException e = formatError(deep);
      assertEquals(1, e.line());
      assertEquals(98, e.column());
      assertEquals("Document nesting depth (65) exceeds the maximum allowed (64, from ReadLimits.maxNestingDepth)",
          e.reason());
      assertEquals("/x" + "/0".repeat(63), e.pointer());
    }

    @Test
    void rejectsAMillionDigitNumber() {
      assertEquals("/x (line 1, column 35): a number is longer than 100 characters (ReadLimits.maxNumberLength)",
          formatError("{\"format\": \"appsim.session\", \"x\": 1" + "0".repeat(1_000_000) + "}").getMessage());
    }

    @Test
    void rejectsAnOverLongString() {
      assertEquals("/format (line 1, column 12): String value length (16839848) exceeds the maximum allowed"
              + " (16777216, from ReadLimits.maxStringLength)",
          formatError("{\"format\": \"" + "a".repeat(17 << 20) + "\"}").getMessage());
    }

    @Test
    void rejectsAnOverLongName() {
      assertEquals("/ (line 1, column 1): Name length (2000) exceeds the maximum allowed"
              + " (1024, from ReadLimits.maxNameLength)",
          formatError("{\"" + "a".repeat(2000) + "\": 1}").getMessage());
    }

    @Test
    void rejectsAnEmptyInput() {
      assertEquals("/: the input is empty; expected a session object", formatError(" \n ").getMessage());
    }

    @Test
    void rejectsAJsonArray() {
      assertEquals("/ (line 1, column 1): unrecognised input: found byte 0x5B ('['),"
          + " expected '{' of a JSON session or the Smile header 3A 29 0A", formatError("[1]").getMessage());
    }

    @Test
    void rejectsADocumentOverTheSizeLimit() {
      SessionCodec small = SessionCodec.builder()
          .limits(ReadLimits.builder().maxDocumentBytes(50).build()).build();
      assertEquals("/: the file has 114 bytes, more than 50 (ReadLimits.maxDocumentBytes)",
          assertThrows(SessionFormatException.class,
              () -> small.read(VALID.getBytes(StandardCharsets.UTF_8))).getMessage());
      assertEquals("/ (byte 50): the input is larger than 50 bytes (ReadLimits.maxDocumentBytes)",
          assertThrows(SessionFormatException.class,
              () -> small.read(new java.io.ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8))))
              .getMessage());
    }
  }

  @Nested
  class WrongValues {
    @Test
    void reportsEveryWrongTypeAndBrokenRuleAtOnce() {
      SessionValidationException e = invalid("""
          {"format": "appsim.other", "formatVersion": "1.0",
           "metadata": {"name": 1, "createdAt": "yesterday"},
           "scene": {"nodes": [
             {"id": "a", "kind": "model"},
             {"id": "b", "kind": "group", "parent": "zz", "visible": "yes"},
             {"id": "c", "kind": "light", "light": {"type": "spot", "color": [1, 1], "intensity": -1, "castShadows": false}}]}}
          """);
      assertEquals("""
          7 violations:
            /metadata/name: expected a string, found the number 1 (line 2, column 23)
            /metadata/createdAt: "yesterday" is not an RFC 3339 UTC instant such as "2026-11-20T09:15:00Z" (line 2, column 39)
            /scene/nodes/0: missing required member "asset"
            /scene/nodes/1/visible: expected a boolean, found the string "yes" (line 5, column 60)
            /scene/nodes/2/light/color: expected 3 numbers, found 2 (line 6, column 73)
            /scene/nodes/1/parent: unknown node "zz"
            /format: expected "appsim.session", found "appsim.other\"""".replace("\\\"", "\""),
          e.getMessage());
    }

    @Test
    void reportsModelRulesWithFullPointers() {
      assertEquals("/scene/nodes/1/transform/rotation: rotation is not a unit quaternion:"
              + " norm 2.0 differs from 1 by more than 0.001",
          invalid(withScene("\"nodes\": [{\"id\": \"a\", \"kind\": \"group\"},"
              + " {\"id\": \"c\", \"kind\": \"group\", \"transform\": {\"rotation\": [0, 0, 0, 2]}}]"))
              .getMessage());
    }

    @Test
    void reportsUnknownParentsWithTheirNodePointer() {
      assertEquals("/scene/nodes/1/parent: unknown node \"zz\"", invalid(withScene(
          "\"nodes\": [{\"id\": \"a\", \"kind\": \"group\"}, {\"id\": \"b\", \"kind\": \"group\", \"parent\": \"zz\"}]"))
          .getMessage());
    }

    @Test
    void reportsSelectionOfUnknownNodesWithItsDocumentPointer() {
      assertEquals("/gizmos/room/selection/0: unknown node \"nope\"", invalid("""
          {"format": "appsim.session", "formatVersion": "1.0", "metadata": {"name": "x"},
           "scene": {"nodes": [{"id": "a", "kind": "group"}]},
           "gizmos": {"room": {"selection": ["nope"]}}}
          """).getMessage());
    }

    @Test
    void reportsNumbersThatOverflow() {
      assertEquals("/scene/nodes/0/light/intensity: number 1e999999999 is not finite (line 5, column 110)",
          invalid(withScene("\"nodes\": [{\"id\": \"a\", \"kind\": \"light\", \"light\": {\"type\": \"point\","
              + " \"color\": [1,1,1], \"intensity\": 1e999999999, \"castShadows\": false}}]")).getMessage());
    }

    @Test
    void reportsLoneSurrogates() {
      assertEquals("/metadata/name: string has a lone surrogate U+D800 at index 0;"
              + " it cannot be written as UTF-8 (line 4, column 24)",
          invalid(VALID.replace("{\"name\": \"x\"}", "{\"name\": \"\\ud800\"}")).getMessage());
    }

    @Test
    void reportsMeshIndicesOutOfRange() {
      assertEquals("""
          2 violations:
            /geometryCache/meshBlocks/0/indices/2: index 4294967296 is outside 0..2147483647 (line 1, column 193)
            /geometryCache/meshBlocks/0/vertices/1: expected a number, found the string "1" (line 1, column 166)"""
              .lines().sorted().toList(),
          invalid("{\"format\": \"appsim.session\", \"formatVersion\": \"1.0\", \"metadata\": {\"name\": \"x\"},"
              + " \"scene\": {\"nodes\": []}, \"geometryCache\": {\"meshBlocks\": [{\"id\": \"m\", \"vertices\": [0, \"1\", 2],"
              + " \"indices\": [0, 0, 4294967296]}]}}").getMessage().lines().sorted().toList());
    }
  }

  @Nested
  class Smile {
    private final byte[] valid = CODEC.toBytes(CODEC.read(VALID.getBytes(StandardCharsets.UTF_8)), SessionFormat.SMILE);

    @Test
    void rejectsSmileWithoutItsHeader() {
      assertEquals("/ (line 1, column 1): unrecognised input: found byte 0xFA,"
              + " expected '{' of a JSON session or the Smile header 3A 29 0A",
          formatError(Arrays.copyOfRange(valid, 4, valid.length)).getMessage());
    }

    @Test
    void rejectsTruncatedSmile() {
      byte[] truncated = Arrays.copyOf(valid, valid.length - 5);
      // Bytes in memory are parsed in place, a stream through a buffer: Jackson words the end differently.
      SessionFormatException inMemory = formatError(truncated);
      assertEquals("/scene (byte 71): Needed to read 5 bytes, reached end-of-input", inMemory.getMessage());
      SessionFormatException streamed = assertThrows(SessionFormatException.class,
          () -> CODEC.read(new ByteArrayInputStream(truncated)));
      assertEquals("/scene (byte 71): Needed to read 5 bytes, only got 4 before end-of-input", streamed.getMessage());
      for (SessionFormatException e : List.of(inMemory, streamed)) {
        assertEquals(71, e.byteOffset());
        assertEquals(-1, e.line());
      }
    }

    @Test
    void rejectsCorruptSmileWithOurExceptionOnly() {
      for (int i = 3; i < valid.length; i++) {
        for (int value : new int[] {0x00, 0x7F, 0xF8, 0xFA, 0xFF}) {
          byte[] corrupt = valid.clone();
          corrupt[i] = (byte) value;
          try {
            CODEC.read(corrupt);
          } catch (dev.appsim.session.model.SessionException expected) {
            // the only acceptable failure
          }
        }
      }
    }
  }
}
