package dev.appsim.session.room.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.Generator;
import dev.appsim.session.room.ManifestEntry;
import dev.appsim.session.room.MissingReference;
import dev.appsim.session.room.RoomManifest;
import dev.appsim.session.room.error.UnsafeArchiveException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {
  private static final String SHA = "9f2c".repeat(16);
  private static final RoomManifest MANIFEST = new RoomManifest(FormatVersion.CURRENT,
      new Generator("session-cli", "0.1.0"), "session.json",
      List.of(new ManifestEntry("assets/models/sofa.gltf", 5012, SHA, "model/gltf+json"),
          new ManifestEntry("session.json", 10, SHA, "application/vnd.appsim.session+json")),
      List.of(MissingReference.inSession("/scene/nodes/5/asset", "missing/old.geocache")
              .withOriginal("D:\\scans\\old.geocache"),
          MissingReference.inAsset("assets/models/sofa.gltf", "/images/0/uri", "wood.png")));

  @Test
  void writesTheDocumentedLayout() {
    String expected = """
        {
          "format": "appsim.room",
          "formatVersion": "1.0",
          "generator": {
            "name": "session-cli",
            "version": "0.1.0"
          },
          "session": "session.json",
          "entries": [
            {
              "path": "assets/models/sofa.gltf",
              "size": 5012,
              "sha256": "%1$s",
              "mediaType": "model/gltf+json"
            },
            {
              "path": "session.json",
              "size": 10,
              "sha256": "%1$s",
              "mediaType": "application/vnd.appsim.session+json"
            }
          ],
          "missing": [
            {
              "pointer": "/scene/nodes/5/asset",
              "path": "missing/old.geocache",
              "original": "D:\\\\scans\\\\old.geocache"
            },
            {
              "referrer": "assets/models/sofa.gltf",
              "location": "/images/0/uri",
              "path": "wood.png"
            }
          ]
        }
        """.formatted(SHA);
    assertEquals(expected, new String(ManifestJson.write(MANIFEST), StandardCharsets.UTF_8));
  }

  @Test
  void readsWhatItWrites() {
    assertEquals(MANIFEST, ManifestJson.read(ManifestJson.write(MANIFEST)));
  }

  @Test
  void rejectsOtherFormats() {
    assertEquals("room.json /format: expected \"appsim.room\", found \"zip\"",
        fail("{\"format\":\"zip\",\"formatVersion\":\"1.0\",\"session\":\"s\",\"entries\":[]}"));
  }

  @Test
  void rejectsNewerMajor() {
    assertEquals("room format 2.0 is not supported; this library reads 1.x",
        fail("{\"format\":\"appsim.room\",\"formatVersion\":\"2.0\",\"session\":\"s\",\"entries\":[]}"));
  }

  @Test
  void rejectsSessionThatIsNotAnEntry() {
    assertEquals("room.json: session entry \"../evil.json\" is not among the entries",
        fail("{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"session\":\"../evil.json\",\"entries\":[]}"));
  }

  @Test
  void rejectsSessionEntriesOutsideTheRoot() {
    // A session in a folder would break every relative path once unpacked with --relative.
    String sha = "0".repeat(64);
    assertEquals("room.json: session entry \"sub/session.json\" must be \"session.json\" or \"session.smile\"",
        fail("{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"session\":\"sub/session.json\","
            + "\"entries\":[{\"path\":\"sub/session.json\",\"size\":2,\"sha256\":\"" + sha
            + "\",\"mediaType\":\"application/json\"}]}"));
  }

  @Test
  void rejectsBadEntryFields() {
    assertEquals("room.json /entries/0: sha256 of \"a\" must be 64 lowercase hex digits, was \"XYZ\"",
        fail("{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"session\":\"a\",\"entries\":"
            + "[{\"path\":\"a\",\"size\":1,\"sha256\":\"XYZ\",\"mediaType\":\"x\"}]}"));
    assertEquals("room.json /entries/0/size: must be a whole number of bytes",
        fail("{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"session\":\"a\",\"entries\":"
            + "[{\"path\":\"a\",\"size\":1.5,\"sha256\":\"" + SHA + "\",\"mediaType\":\"x\"}]}"));
  }

  @Test
  void rejectsUnsortedEntries() {
    String entry = "{\"path\":\"%s\",\"size\":1,\"sha256\":\"" + SHA + "\",\"mediaType\":\"x\"}";
    assertEquals("room.json: entries must be sorted by path without repeats: \"b\" comes before \"a\"",
        fail("{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"session\":\"a\",\"entries\":["
            + entry.formatted("b") + "," + entry.formatted("a") + "]}"));
  }

  @Test
  void rejectsDuplicateKeysAndGarbage() {
    assertEquals(true, fail("{\"format\":\"appsim.room\",\"format\":\"x\"}").startsWith("room.json is not valid JSON: Duplicate Object property \"format\""));
    assertEquals(true, fail("{\"format\"").startsWith("room.json is not valid JSON"));
    assertEquals("room.json must hold one JSON object", fail("[1]"));
  }

  @Test
  void readsMembersInAnyOrderAndIgnoresUnknownOnes() {
    String entry = "{\"mediaType\":\"x\",\"extra\":[1,{\"a\":null}],\"sha256\":\"" + SHA + "\",\"size\":7,\"path\":\"session.json\"}";
    RoomManifest read = ManifestJson.read(("{\"entries\":[" + entry + "],\"later\":{\"x\":true},\"session\":\"session.json\","
        + "\"formatVersion\":\"1.0\",\"format\":\"appsim.room\"}").getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(new ManifestEntry("session.json", 7, SHA, "x")), read.entries());
    assertEquals(new Generator("", ""), read.generator());
  }

  @Test
  void saysWhichValueHasTheWrongType() {
    String head = "{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"session\":\"a\",\"entries\":";
    String entry = "[{\"path\":\"a\",\"size\":%s,\"sha256\":\"" + SHA + "\",\"mediaType\":\"x\"}]}";
    for (String size : List.of("null", "\"1\"", "true", "1e3", "99999999999999999999", "[1]", "{}")) {
      assertEquals("room.json /entries/0/size: must be a whole number of bytes", fail(head + entry.formatted(size)), size);
    }
    assertEquals("room.json /session: must be a string", fail("{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\","
        + "\"session\":null,\"entries\":[]}"));
    assertEquals("room.json /session: is missing", fail("{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\","
        + "\"entries\":[]}"));
    assertEquals("room.json /entries: must be an array", fail(head + "{}}"));
    assertEquals("room.json /entries/0: must be an object", fail(head + "[\"a\"]}"));
    assertEquals("room.json /generator/version: must be a string", fail("{\"format\":\"appsim.room\","
        + "\"formatVersion\":\"1.0\",\"generator\":{\"name\":\"n\",\"version\":2},\"session\":\"a\",\"entries\":[]}"));
  }

  @Test
  void refusesTruncatedAndTrailingContent() {
    String whole = "{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"session\":\"a\",\"entries\":[]}";
    for (String bad : List.of(whole + " {}", whole + "x", whole.substring(0, whole.length() - 1),
        whole.substring(0, whole.length() - 2), "{\"entries\":[1,")) {
      assertEquals(true, fail(bad).startsWith("room.json is not valid JSON: "), bad);
    }
    assertEquals("room.json must hold one JSON object", fail(""));
    assertEquals("room.json must hold one JSON object", fail("\"appsim.room\""));
  }

  @Test
  void refusesManifestsWithMoreTokensThanAnyRoomNeedsBeforeBuildingThem() {
    // A 64 MiB manifest of "{}," compresses 100:1 and would build tens of millions of nodes.
    String json = "{\"entries\":[" + "{},".repeat(PrettyJson.MAX_MANIFEST_TOKENS / 2) + "{}]}";
    assertEquals("room.json is not valid JSON: Token count (" + (PrettyJson.MAX_MANIFEST_TOKENS + 1)
        + ") exceeds the maximum allowed (" + PrettyJson.MAX_MANIFEST_TOKENS
        + ", from `StreamReadConstraints.getMaxTokenCount()`)", fail(json));
  }

  @Test
  void refusesMissingRecordsThatWouldPointOutsideTheRoom() {
    // Whatever the manifest says, a record cannot exempt a local path, a URI, ~ or a UNC share.
    String head = "{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"session\":\"session.json\",\"entries\":"
        + "[{\"path\":\"session.json\",\"size\":1,\"sha256\":\"" + SHA + "\",\"mediaType\":\"x\"}],\"missing\":[";
    String record = "{\"pointer\":\"/scene/nodes/0/asset\",\"path\":\"%s\"}]}";
    assertEquals("room.json /missing/0: path \"/etc/passwd\" is absolute, expected \"missing/<name>\"",
        fail(head + record.formatted("/etc/passwd")));
    assertEquals("room.json /missing/0: path \"file:///etc/passwd\" is a URI with scheme \"file\", expected"
        + " \"missing/<name>\"", fail(head + record.formatted("file:///etc/passwd")));
    assertEquals("room.json /missing/0: path \"~/.bashrc\" starts with \"~\", the home folder, expected"
        + " \"missing/<name>\"", fail(head + record.formatted("~/.bashrc")));
    assertEquals("room.json /missing/0: path \"\\\\host\\share\\x\" is a UNC path, expected \"missing/<name>\"",
        fail(head + record.formatted("\\\\\\\\host\\\\share\\\\x")));
    assertEquals("room.json /missing/0: referrer \"assets/x.mtl\" is not an asset entry of this room",
        fail(head + "{\"referrer\":\"assets/x.mtl\",\"location\":\"line 1\",\"path\":\"a.png\"}]}"));
    assertEquals("room.json /missing/0/original: must be a string",
        fail(head + "{\"pointer\":\"/scene/nodes/0/asset\",\"path\":\"missing/a\",\"original\":1}]}"));
  }

  @Test
  void refusesEntriesUnderMissing() {
    String entry = "{\"path\":\"%s\",\"size\":1,\"sha256\":\"" + SHA + "\",\"mediaType\":\"x\"}";
    assertEquals("room.json: entry \"Missing/old.obj\" lies under \"missing/\", which must hold no entry so that"
            + " skipped references name nothing",
        fail("{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"session\":\"session.json\",\"entries\":["
            + entry.formatted("Missing/old.obj") + "," + entry.formatted("session.json") + "]}"));
  }

  private static String fail(String json) {
    UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class,
        () -> ManifestJson.read(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("room.json", e.location());
    return e.getMessage();
  }
}
