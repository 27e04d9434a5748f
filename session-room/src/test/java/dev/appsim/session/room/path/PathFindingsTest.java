package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Strings found by fuzzing ({@link PathFuzzTest}, docs/fuzzing.md), minimised, each guarding the
 * fix of one finding. Enable a test once its finding is fixed.
 */
class PathFindingsTest {

  @Test
  void parseRefusesAControlCharacterPercentEncodedInAFileUriHost() {
    PathSyntaxException e = assertThrows(PathSyntaxException.class, () -> RawPathParser.parse("file://a%01/s"));
    assertEquals("\"file://a%01/s\": control character 0x01 at index 1; paths cannot hold control characters",
        e.getMessage());
  }

  @Test
  void parseRefusesAControlCharacterPercentEncodedInAFileUriPathBelowAHost() {
    PathSyntaxException e = assertThrows(PathSyntaxException.class, () -> RawPathParser.parse("file://h/s/a%02b"));
    assertEquals("\"file://h/s/a%02b\": control character 0x02 at index 5; paths cannot hold control characters",
        e.getMessage());
  }

  @Test
  void parseRefusesQuestionMarkAsUncHost() {
    PathSyntaxException e = assertThrows(PathSyntaxException.class, () -> RawPathParser.parse("//?/UNC/?/s/x"));
    assertEquals("\"//?/UNC/?/s/x\": UNC path needs a host and a share: \\\\host\\share\\...", e.getMessage());
  }

  @Test
  void parseRefusesQuestionMarkAsFileUriHost() {
    PathSyntaxException e = assertThrows(PathSyntaxException.class, () -> RawPathParser.parse("file://%3F/s/x"));
    assertEquals("\"file://%3F/s/x\": UNC path needs a host and a share: \\\\host\\share\\...", e.getMessage());
  }

  @Test
  void parseRefusesQuestionMarkHostWhoseCanonicalTextNamesAnotherHost() {
    PathSyntaxException e = assertThrows(PathSyntaxException.class,
        () -> RawPathParser.parse("//?/UNC/?/UNC/h/s/x"));
    assertEquals("\"//?/UNC/?/UNC/h/s/x\": UNC path needs a host and a share: \\\\host\\share\\...", e.getMessage());
  }
}
