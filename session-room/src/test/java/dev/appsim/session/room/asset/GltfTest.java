package dev.appsim.session.room.asset;

import static dev.appsim.session.room.asset.Assets.rewrite;
import static dev.appsim.session.room.asset.Assets.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GltfTest {
  private static final String CHAIR = "{\n"
      + "  \"asset\" : { \"version\" : \"2.0\", \"extras\": {\"uri\": \"not/a/reference.png\"} },\n"
      + "  \"buffers\": [ {\"byteLength\": 4, \"uri\":\"chair.bin\"},\n"
      + "               {\"byteLength\": 4, \"uri\": \"data:application/octet-stream;base64,AAAAAA==\"} ],\n"
      + "  \"images\" : [\n"
      + "    { \"uri\" : \"textures/wood%20grain.png\" },\n"
      + "    { \"uri\": \"DATA:image/png;base64,iVBORw0KGgo=\" },\n"
      + "    { \"bufferView\": 3, \"mimeType\": \"image/png\" },\n"
      + "    { \"name\": \"caf\\u00e9\", \"uri\": \"caf\\u00e9.png\" }\n"
      + "  ]\n"
      + "}\n";

  @TempDir Path tmp;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content);
  }

  @Test
  void findsBufferAndImageUrisSkippingDataUrisAndDecodingPercentEscapes() throws IOException {
    Path gltf = write("chair.gltf", CHAIR);
    assertEquals(List.of(
            new AssetReference("chair.bin", "/buffers/0/uri", ReferenceKind.BUFFER),
            new AssetReference("textures/wood grain.png", "/images/0/uri", ReferenceKind.IMAGE),
            new AssetReference("café.png", "/images/3/uri", ReferenceKind.IMAGE)),
        AssetScanner.create().scan(gltf));
  }

  @Test
  void detectsFormatIgnoringCase() throws IOException {
    Path gltf = write("CHAIR.GLTF", CHAIR);
    assertEquals(3, AssetScanner.create().scan(gltf).size());
  }

  @Test
  void rewriteSplicesOnlyTheStringTokensAndKeepsFormatting() throws IOException {
    Path gltf = write("chair.gltf", CHAIR);
    byte[] out = rewrite(gltf, Map.of(
        "chair.bin", "assets/chair 1.bin",
        "café.png", "assets/café.png"));
    String expected = CHAIR
        .replace("\"uri\":\"chair.bin\"", "\"uri\":\"assets/chair%201.bin\"")
        .replace("\"uri\": \"caf\\u00e9.png\"", "\"uri\": \"assets/caf%C3%A9.png\"");
    assertEquals(expected, utf8(out));
  }

  @Test
  void rewriteThenScanGivesTheNewValues() throws IOException {
    Path gltf = write("chair.gltf", CHAIR);
    byte[] out = rewrite(gltf, ref -> "assets/" + ref.raw() + " #?%\"\\");
    Path copy = Files.write(tmp.resolve("copy.gltf"), out);
    assertEquals(List.of(
            new AssetReference("assets/chair.bin #?%\"\\", "/buffers/0/uri", ReferenceKind.BUFFER),
            new AssetReference("assets/textures/wood grain.png #?%\"\\", "/images/0/uri", ReferenceKind.IMAGE),
            new AssetReference("assets/café.png #?%\"\\", "/images/3/uri", ReferenceKind.IMAGE)),
        AssetScanner.create().scan(copy));
  }

  @Test
  void rewriteWithIdentityIsByteIdenticalEvenForUnusualEncodings() throws IOException {
    String odd = "{\"images\":[{\"uri\":\"a%7Eb\\/c.png\"}]}";
    Path gltf = write("odd.gltf", odd);
    assertArrayEquals(Files.readAllBytes(gltf), rewrite(gltf, AssetReference::raw));
  }

  @Test
  void writesDriveAndUncPathsAsFileUris() throws IOException {
    Path gltf = write("a.gltf", "{\"images\":[{\"uri\":\"x.png\"},{\"uri\":\"y.png\"}]}");
    byte[] out = rewrite(gltf, Map.of("x.png", "C:\\Users\\bo\\my x.png", "y.png", "\\\\nas\\share\\y.png"));
    assertEquals("{\"images\":[{\"uri\":\"file:///C:/Users/bo/my%20x.png\"},"
        + "{\"uri\":\"file://nas/share/y.png\"}]}", utf8(out));
  }

  @Test
  void encodesColonsSoThatANewNameNeverReadsAsAScheme() throws IOException {
    Path gltf = write("a.gltf", "{\"images\":[{\"uri\":\"x.png\"}]}");
    Path copy = Files.write(tmp.resolve("b.gltf"), rewrite(gltf, Map.of("x.png", "ab:c.png")));
    assertEquals("{\"images\":[{\"uri\":\"ab%3Ac.png\"}]}", Files.readString(copy));
    assertEquals("ab:c.png", AssetScanner.create().scan(copy).get(0).raw());
  }

  @Test
  void writesSlashPairsWithoutHostAndShareAsPlainPaths() throws IOException {
    Path gltf = write("a.gltf", "{\"images\":[{\"uri\":\"x.png\"}]}");
    Path copy = Files.write(tmp.resolve("b.gltf"), rewrite(gltf, Map.of("x.png", "\\\\")));
    assertEquals("{\"images\":[{\"uri\":\"%5C%5C\"}]}", Files.readString(copy));
    assertEquals("\\\\", AssetScanner.create().scan(copy).get(0).raw());
  }

  @Test
  void keepsUrisWithSchemeOrBadEscapesAsWritten() throws IOException {
    Path gltf = write("a.gltf",
        "{\"images\":[{\"uri\":\"file:///C:/a%20b.png\"},{\"uri\":\"100%.png\"},{\"uri\":\"%FF.png\"}]}");
    assertEquals(List.of("file:///C:/a%20b.png", "100%.png", "%FF.png"),
        AssetScanner.create().scan(gltf).stream().map(AssetReference::raw).toList());
  }

  @Test
  void skipsHugeDataUriWithoutReadingItAsAString() throws IOException {
    String big = "data:application/octet-stream;base64," + "A".repeat(200_000);
    Path gltf = write("a.gltf", "{\"buffers\":[{\"uri\":\"" + big + "\"}]}");
    assertEquals(List.of(), AssetScanner.create().scan(gltf));
  }

  private AssetFormatException rejected(String name, String json) throws IOException {
    Path gltf = write(name, json);
    return assertThrows(AssetFormatException.class, () -> AssetScanner.create().scan(gltf));
  }

  @Test
  void rejectsInvalidJsonWithPointerAndLine() throws IOException {
    AssetFormatException e = rejected("bad.gltf", "{\"images\":[{\"uri\":\"a.png\"},\n{\"uri\": ]}");
    assertEquals(tmp.resolve("bad.gltf") + ":/images/1/uri", e.location());
    assertEquals("invalid glTF JSON at line 2, column 9: Unexpected character (']' (code 93)): "
        + "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        e.getMessage());
  }

  @Test
  void rejectsRootThatIsNotAnObject() throws IOException {
    AssetFormatException e = rejected("a.gltf", "[1]");
    assertEquals(tmp.resolve("a.gltf") + ":", e.location());
    assertEquals("glTF JSON must be an object, found [", e.getMessage());
    assertEquals("glTF JSON must be an object, found no content",
        rejected("empty.gltf", "").getMessage());
  }

  @Test
  void rejectsDuplicateKeys() throws IOException {
    AssetFormatException e = rejected("a.gltf", "{\"images\":[{\"uri\":\"a.png\",\"uri\":\"b.png\"}]}");
    assertEquals(tmp.resolve("a.gltf") + ":/images/0/uri", e.location());
    assertEquals("invalid glTF JSON at line 1, column 32: Duplicate Object property \"uri\"",
        e.getMessage());
  }

  @Test
  void rejectsDeepNestingAndLongUris() throws IOException {
    AssetFormatException deep = rejected("deep.gltf", "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}");
    assertEquals(tmp.resolve("deep.gltf") + ":/a" + "/0".repeat(63), deep.location());
    assertEquals("invalid glTF JSON at line 1, column 70: Document nesting depth (65) exceeds the "
        + "maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`)", deep.getMessage());
    AssetFormatException longUri = rejected("long.gltf",
        "{\"images\":[{\"uri\":\"" + "a".repeat(70_000) + "\"}]}");
    assertEquals(tmp.resolve("long.gltf") + ":/images/0/uri", longUri.location());
    assertEquals("invalid glTF JSON at line 1, column 70021: String value length (70000) exceeds the "
        + "maximum allowed (65536, from `StreamReadConstraints.getMaxStringLength()`)", longUri.getMessage());
  }

  @Test
  void rejectsFilesOverTheSizeLimit() throws IOException {
    Path gltf = write("a.gltf", CHAIR);
    AssetScanner small = AssetScanner.create(AssetLimits.defaults().withMaxGltfBytes(10));
    AssetFormatException e = assertThrows(AssetFormatException.class, () -> small.scan(gltf));
    assertEquals(gltf + ":byte 10", e.location());
    assertEquals("glTF file is larger than the limit of 10 bytes (AssetLimits.maxGltfBytes)", e.getMessage());
  }

  @Test
  void rejectsNullAndEmptyReplacements() throws IOException {
    Path gltf = write("a.gltf", CHAIR);
    assertEquals("replacement for \"chair.bin\" at " + gltf + ":/buffers/0/uri is empty",
        assertThrows(IllegalArgumentException.class, () -> rewrite(gltf, ref -> "")).getMessage());
    assertEquals("replacement for \"chair.bin\" at " + gltf + ":/buffers/0/uri is null",
        assertThrows(NullPointerException.class, () -> rewrite(gltf, ref -> null)).getMessage());
  }
}
