package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RawPathTest {

  private static boolean startsWith(String path, String prefix) {
    return RawPathParser.parse(path).startsWith(RawPathParser.parse(prefix));
  }

  @Test
  void matchesWindowsPrefixIgnoringCaseAndSlashes() {
    assertTrue(startsWith("c:/users/ANA/MagicLeap/data/x.gltf", "C:\\Users\\ana\\MagicLeap"));
    assertTrue(startsWith("//NAS/Share/x", "\\\\nas\\share"));
  }

  @Test
  void matchesComponentWiseNotByCharacters() {
    assertFalse(startsWith("C:\\Users\\ana\\MagicLeap2\\x", "C:\\Users\\ana\\MagicLeap"));
    assertFalse(startsWith("/home/anabel/x", "/home/ana"));
  }

  @Test
  void matchesPosixPrefixCaseSensitively() {
    assertTrue(startsWith("/home/ana/x", "/home/ana"));
    assertFalse(startsWith("/home/Ana/x", "/home/ana"));
  }

  @Test
  void neverMatchesAcrossForms() {
    assertFalse(startsWith("/C/x", "C:\\"));
    assertFalse(startsWith("~/x", "/home"));
    assertFalse(startsWith("C:\\x", "D:\\"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"assets/models/chair.gltf", "a", "a b/c.png", "é/ü.png", ".hidden/x"})
  void acceptsArchiveSafeRelativePaths(String raw) {
    assertTrue(RawPath.isArchiveSafeRelative(raw), raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/a", "a\\b", "C:/a", "c:a", "a/../b", "..", "./a", "a//b", "a/",
      "file:///a", "a\u0000b", "a\tb", "~/a", "~", "a/$HOME/b", "${HOME}", "a/%USERPROFILE%/b", "100%.png"})
  void rejectsArchiveUnsafePaths(String raw) {
    assertFalse(RawPath.isArchiveSafeRelative(raw), raw);
  }

  @Test
  void remapRejectsRelativePrefixAndRelativeTarget() {
    IllegalArgumentException relativeFrom = assertThrows(IllegalArgumentException.class,
        () -> PathRemap.of("data/models", Path.of("/x")));
    assertEquals("remap prefix \"data/models\" is relative; expected a drive, UNC, POSIX or ~ path",
        relativeFrom.getMessage());
    IllegalArgumentException relativeTo = assertThrows(IllegalArgumentException.class,
        () -> PathRemap.of("C:\\x", Path.of("y")));
    assertEquals("remap target \"y\" must be an absolute path", relativeTo.getMessage());
  }
}
