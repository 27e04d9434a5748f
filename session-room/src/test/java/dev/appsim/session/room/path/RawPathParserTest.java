package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.room.path.RawPath.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawPathParserTest {

  private static void assertParsed(String raw, Kind kind, String root, String... segments) {
    RawPath parsed = RawPathParser.parse(raw);
    assertEquals(new RawPath(kind, root, List.of(segments)), parsed, raw);
  }

  private static void assertRejected(String raw, String message) {
    PathSyntaxException e = assertThrows(PathSyntaxException.class, () -> RawPathParser.parse(raw));
    assertEquals(message, e.getMessage());
    // Locations quote the path as every room message does: controls escaped, cut after 200.
    String shown = raw.replace("\n", "\\u000A");
    assertEquals(shown.length() <= 200 ? shown : shown.substring(0, 200) + "... (" + raw.length() + " characters)",
        e.location());
  }

  @Test
  void parsesDrivePathWithBackslashes() {
    assertParsed("C:\\Users\\ana\\chair.gltf", Kind.WINDOWS_DRIVE, "C:", "Users", "ana", "chair.gltf");
  }

  @Test
  void parsesDrivePathWithForwardAndMixedSlashesAndLowerCaseLetter() {
    assertParsed("c:/Users/ana/chair.gltf", Kind.WINDOWS_DRIVE, "C:", "Users", "ana", "chair.gltf");
    assertParsed("D:\\a/b\\\\c", Kind.WINDOWS_DRIVE, "D:", "a", "b", "c");
  }

  @Test
  void parsesDriveRoot() {
    assertParsed("C:\\", Kind.WINDOWS_DRIVE, "C:");
    assertEquals("C:\\", RawPathParser.parse("C:/").toString());
  }

  @Test
  void foldsDotSegmentsAndDropsDotDotAboveAbsoluteRoot() {
    assertParsed("C:\\a\\.\\b\\..\\c", Kind.WINDOWS_DRIVE, "C:", "a", "c");
    assertParsed("C:\\..\\..\\x", Kind.WINDOWS_DRIVE, "C:", "x");
    assertParsed("/../etc/./x", Kind.POSIX_ABSOLUTE, "/", "etc", "x");
  }

  @Test
  void rejectsDriveRelativePath() {
    assertRejected("C:data\\x.gltf",
        "\"C:data\\x.gltf\": drive-relative path is not supported; expected C:\\ or C:/ after the drive letter");
    assertRejected("d:",
        "\"d:\": drive-relative path is not supported; expected D:\\ or D:/ after the drive letter");
  }

  @Test
  void parsesUncWithBackslashesSlashesAndMixed() {
    assertParsed("\\\\nas\\share\\scenes\\x.glb", Kind.UNC, "\\\\nas\\share", "scenes", "x.glb");
    assertParsed("//nas/share/scenes/x.glb", Kind.UNC, "\\\\nas\\share", "scenes", "x.glb");
    assertParsed("\\\\nas/share\\x.glb", Kind.UNC, "\\\\nas\\share", "x.glb");
    assertParsed("\\\\nas\\share", Kind.UNC, "\\\\nas\\share");
  }

  @Test
  void keepsUncShareWhenDotDotFollows() {
    assertParsed("\\\\nas\\share\\..\\x", Kind.UNC, "\\\\nas\\share", "x");
  }

  @Test
  void rejectsUncWithoutShare() {
    assertRejected("\\\\nas", "\"\\\\nas\": UNC path needs a host and a share: \\\\host\\share\\...");
    assertRejected("//nas/", "\"//nas/\": UNC path needs a host and a share: \\\\host\\share\\...");
    assertRejected("\\\\..\\share", "\"\\\\..\\share\": UNC path needs a host and a share: \\\\host\\share\\...");
  }

  @Test
  void parsesWindowsLongPathPrefixes() {
    assertParsed("\\\\?\\C:\\very\\long", Kind.WINDOWS_DRIVE, "C:", "very", "long");
    assertParsed("\\\\?\\UNC\\nas\\share\\x", Kind.UNC, "\\\\nas\\share", "x");
    assertRejected("\\\\?\\Volume{1}\\x",
        "\"\\\\?\\Volume{1}\\x\": \\\\?\\ prefix must be followed by a drive (C:\\) or UNC\\host\\share");
  }

  @Test
  void parsesPosixAbsolute() {
    assertParsed("/home/ana/scenes/lamp.glb", Kind.POSIX_ABSOLUTE, "/", "home", "ana", "scenes", "lamp.glb");
    assertParsed("/", Kind.POSIX_ABSOLUTE, "/");
    assertParsed("\\x\\y", Kind.POSIX_ABSOLUTE, "/", "x", "y");
  }

  @Test
  void parsesHome() {
    assertParsed("~", Kind.HOME, "~");
    assertParsed("~/scenes/lamp.glb", Kind.HOME, "~", "scenes", "lamp.glb");
    assertParsed("~\\scenes", Kind.HOME, "~", "scenes");
    assertParsed("~/../x", Kind.HOME, "~", "..", "x");
  }

  @Test
  void rejectsTildeUser() {
    assertRejected("~ana/x", "\"~ana/x\": ~user paths are not supported; expected ~ or ~/...");
  }

  @Test
  void parsesRelativeKeepingLeadingDotDot() {
    assertParsed("models/chair.gltf", Kind.RELATIVE, "", "models", "chair.gltf");
    assertParsed("..\\models\\chair.gltf", Kind.RELATIVE, "", "..", "models", "chair.gltf");
    assertParsed("./a/../../b", Kind.RELATIVE, "", "..", "b");
    assertParsed(".", Kind.RELATIVE, "");
    assertParsed("chair gltf with spaces.gltf", Kind.RELATIVE, "", "chair gltf with spaces.gltf");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "file:///C:/Users/ana/x.gltf ; WINDOWS_DRIVE ; C: ; Users/ana/x.gltf",
      "file:/C:/x.gltf              ; WINDOWS_DRIVE ; C: ; x.gltf",
      "FILE:///c|/x.gltf            ; WINDOWS_DRIVE ; C: ; x.gltf",
      "file:///home/ana/x.gltf      ; POSIX_ABSOLUTE ; / ; home/ana/x.gltf",
      "file:/home/ana/x.gltf        ; POSIX_ABSOLUTE ; / ; home/ana/x.gltf",
      "file://localhost/home/x      ; POSIX_ABSOLUTE ; / ; home/x",
      "file:///home/x?query#frag    ; POSIX_ABSOLUTE ; / ; home/x",
  })
  void parsesFileUris(String raw, Kind kind, String root, String segments) {
    assertParsed(raw, kind, root, segments.split("/"));
  }

  @Test
  void parsesUncFileUri() {
    assertParsed("file://nas/share/scenes/x.glb", Kind.UNC, "\\\\nas\\share", "scenes", "x.glb");
  }

  @Test
  void percentDecodesFileUrisAsUtf8() {
    assertParsed("file:///home/ana/my%20chair%C3%A9.gltf", Kind.POSIX_ABSOLUTE, "/", "home", "ana", "my chairé.gltf");
    assertParsed("file:///C:/a%2Fb", Kind.WINDOWS_DRIVE, "C:", "a", "b");
  }

  @Test
  void rejectsMalformedFileUris() {
    assertRejected("file:///x%2", "\"file:///x%2\": malformed percent-encoding at index 2; expected %XX");
    assertRejected("file:///x%zz", "\"file:///x%zz\": malformed percent-encoding at index 2; expected %XX");
    assertRejected("file:///x%C3", "\"file:///x%C3\": percent-encoded bytes are not valid UTF-8");
    assertRejected("file:relative/x", "\"file:relative/x\": file URI must hold an absolute path: file:///...");
    assertRejected("file:///x%00y",
        "\"file:///x%00y\": control character 0x00 at index 2; paths cannot hold control characters");
  }

  @Test
  void rejectsOtherSchemes() {
    assertRejected("https://example.com/x.glb",
        "\"https://example.com/x.glb\": unsupported URI scheme \"https\"; expected a path or a file: URI");
  }

  @Test
  void rejectsEmptyTooLongAndControlCharacters() {
    assertRejected("", "path is empty");
    String tooLong = "a".repeat(RawPathParser.MAX_LENGTH + 1);
    assertRejected(tooLong, "path has 32768 characters, more than the limit of 32767");
    assertRejected("a\nb", "\"a\\u000Ab\": control character 0x0A at index 1; paths cannot hold control characters");
  }

  @Test
  void rendersCanonicalText() {
    assertEquals("C:\\a\\b", RawPathParser.parse("c:/a/b").toString());
    assertEquals("\\\\nas\\share\\a", RawPathParser.parse("//nas/share/a").toString());
    assertEquals("/a/b", RawPathParser.parse("/a//b/").toString());
    assertEquals("~/a", RawPathParser.parse("~\\a").toString());
    assertEquals("../a", RawPathParser.parse("..\\a").toString());
  }
}
