package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.SessionDocument;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersioningTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aNewerMinorWithUnknownMembersSurvivesReadAndWrite() {
    String newer = """
        {
          "format": "appsim.session",
          "formatVersion": "1.9",
          "metadata": {
            "name": "from the future",
            "mood": "calm"
          },
          "scene": {
            "nodes": [
              {
                "id": "room",
                "kind": "group",
                "transform": {
                  "position": [1.0, 2.0, 3.0],
                  "skew": [0.0, 0.5]
                },
                "tags": ["a", "b"]
              }
            ],
            "ambience": {
              "sound": "rain",
              "volume": 0.25
            }
          },
          "weather": null
        }
        """;
    SessionDocument doc = CODEC.read(utf8(newer));
    assertEquals(new FormatVersion(1, 9), doc.formatVersion());
    assertEquals(newer, new String(CODEC.toBytes(doc, SessionFormat.JSON), StandardCharsets.UTF_8));
    assertEquals(doc, CODEC.read(CODEC.toBytes(doc, SessionFormat.SMILE)));
  }

  @Test
  void anOlderMinorIsWrittenAsOurVersion() {
    SessionDocument doc = SessionDocument.builder().formatVersion(new FormatVersion(1, 0)).build();
    String json = new String(CODEC.toBytes(doc, SessionFormat.JSON), StandardCharsets.UTF_8);
    assertEquals(true, json.contains("\"formatVersion\": \"1.0\""));
  }

  @Test
  void aNewerMajorIsRefusedNamingBothVersions() {
    UnsupportedVersionException e = assertThrows(UnsupportedVersionException.class, () -> CODEC.read(utf8(
        "{\"format\": \"appsim.session\", \"formatVersion\": \"2.0\", \"metadata\": {\"name\": 5}}")));
    assertEquals("/formatVersion: formatVersion 2.0 is newer than this library supports (1.0);"
        + " a reader of format 1.x cannot read major version 2, upgrade the library", e.getMessage());
    assertEquals(new FormatVersion(2, 0), e.found());
    assertEquals(FormatVersion.CURRENT, e.supported());
  }

  @Test
  void anOlderMajorWithoutMigrationIsRefused() {
    assertEquals("/formatVersion: formatVersion 0.5 is older than the supported 1.0"
            + " and no SessionMigration from major 0 is installed",
        assertThrows(UnsupportedVersionException.class, () -> CODEC.read(utf8(
            "{\"format\": \"appsim.session\", \"formatVersion\": \"0.5\", \"objects\": []}"))).getMessage());
  }

  @Test
  void aMalformedVersionIsAViolation() {
    assertEquals("/formatVersion: \"1.x\" is not MAJOR.MINOR with digits only, such as \"1.0\"",
        assertThrows(dev.appsim.session.model.SessionValidationException.class, () -> CODEC.read(utf8(
            "{\"format\": \"appsim.session\", \"formatVersion\": \"1.x\", \"metadata\": {\"name\": \"\"},"
                + " \"scene\": {\"nodes\": []}}"))).getMessage());
  }

  // Regression: FORMAT 1.1 allows any digits, but "01.0" was refused as "not digits only".
  @Test
  void aVersionWithLeadingZerosIsReadAsTheSameNumber() {
    SessionDocument doc = CODEC.read(utf8("{\"format\": \"appsim.session\", \"formatVersion\": \"01.02\","
        + " \"metadata\": {\"name\": \"\"}, \"scene\": {\"nodes\": []}}"));
    assertEquals(new FormatVersion(1, 2), doc.formatVersion());
  }

  @Test
  void aVersionPartTooLargeToHoldIsNamedAsSuch() {
    assertEquals("/formatVersion: \"1.9999999999\" has a MAJOR or MINOR part above 999999999",
        assertThrows(dev.appsim.session.model.SessionValidationException.class, () -> CODEC.read(utf8(
            "{\"format\": \"appsim.session\", \"formatVersion\": \"1.9999999999\", \"metadata\": {\"name\": \"\"},"
                + " \"scene\": {\"nodes\": []}}"))).getMessage());
  }

  /** Version 0 called the nodes "objects" and had no metadata. */
  static final class ZeroToOne implements SessionMigration {
    @Override
    public int sourceMajor() {
      return 0;
    }

    @Override
    public Map<String, Object> migrate(Map<String, Object> document) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("format", document.get("format"));
      out.put("formatVersion", "1.0");
      out.put("metadata", Map.of("name", "migrated"));
      out.put("scene", Map.of("nodes", document.get("objects")));
      return out;
    }
  }

  @Test
  void anOlderMajorIsMigratedByARegisteredMigration() {
    SessionCodec codec = SessionCodec.builder().migration(new ZeroToOne()).build();
    SessionDocument doc = codec.read(utf8("{\"format\": \"appsim.session\", \"formatVersion\": \"0.5\","
        + " \"objects\": [{\"id\": \"room\", \"kind\": \"group\"}]}"));
    assertEquals("migrated", doc.metadata().name());
    assertEquals(List.of("room"), doc.scene().nodes().stream().map(n -> n.id()).toList());
    assertEquals(FormatVersion.CURRENT, doc.formatVersion());
  }

  @Test
  void aMigrationMustStateTheVersionFirst() {
    SessionCodec codec = SessionCodec.builder().migration(new ZeroToOne()).build();
    assertEquals("/formatVersion: formatVersion 0.5 needs migration to 1.0, but it follows other members;"
            + " a document to migrate must state formatVersion first",
        assertThrows(UnsupportedVersionException.class, () -> codec.read(utf8(
            "{\"objects\": [], \"formatVersion\": \"0.5\"}"))).getMessage());
  }

  @Test
  void aMigrationReturningAValueThatIsNotPlainJsonIsAFormatErrorNotAnInternalOne() {
    SessionMigration foreign = new SessionMigration() {
      @Override
      public int sourceMajor() {
        return 0;
      }

      @Override
      public Map<String, Object> migrate(Map<String, Object> document) {
        return Map.of("formatVersion", "1.0", "when", java.time.LocalDate.of(2026, 1, 1));
      }
    };
    SessionCodec codec = SessionCodec.builder().migration(foreign).build();
    assertEquals("/: the migrated document cannot be read back: cannot write a java.time.LocalDate in an unknown"
            + " member; only plain JSON values are allowed",
        assertThrows(SessionFormatException.class, () -> codec.read(utf8(
            "{\"formatVersion\": \"0.5\"}"))).getMessage());
  }
}
