package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RawPathParserProperties {

  private static Arbitrary<String> segment() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('A', 'Z', '0', '_', '-', ' ', '.', 'é')
        .ofMinLength(1).ofMaxLength(8)
        .filter(s -> !s.equals(".") && !s.equals(".."));
  }

  private static Arbitrary<String> separator() {
    return Arbitraries.of("/", "\\", "//", "\\/");
  }

  private static Arbitrary<String> joined() {
    return Combinators.combine(segment().list().ofMinSize(1).ofMaxSize(6), separator())
        .as((segments, sep) -> String.join(sep, segments));
  }

  @Group
  class NeverThrowsAnythingButOurException {
    @Property(tries = 2000)
    void forAnyString(@ForAll("hostile") String raw) {
      try {
        assertNotNull(RawPathParser.parse(raw));
      } catch (PathSyntaxException expected) {
        assertFalse(expected.getMessage().isEmpty());
      }
    }

    @Property(tries = 500)
    void resolverRecordsInsteadOfThrowing(@ForAll("hostile") String raw) {
      PathResolver resolver = new PathResolver(ResolverOptions.builder()
          .environment(Map.of("A", "/a")).home(Path.of("/nonexistent-home"))
          .addSearchPath(Path.of("/nonexistent-search")).build());
      Resolution r = resolver.resolve(raw, Path.of("/nonexistent-folder"));
      assertFalse(r.isFound());
      assertFalse(r.explain().isEmpty());
    }

    @Provide
    Arbitrary<String> hostile() {
      return Arbitraries.oneOf(
          Arbitraries.strings().ofMaxLength(40),
          Arbitraries.strings().withChars("C:\\/%~$.{}?#|fileFILE:Aa0 ").ofMaxLength(30),
          Arbitraries.strings().withChars("/\\%0123456789ABCDEFfile:").ofMaxLength(30).map(s -> "file:" + s));
    }
  }

  @Group
  class Forms {
    @Property
    void windowsDrivePathsKeepTheirSegments(
        @ForAll("drive") char drive, @ForAll("segments") List<String> segments, @ForAll("sep") String sep) {
      RawPath parsed = RawPathParser.parse(drive + ":" + sep + String.join(sep, segments));
      assertEquals(RawPath.Kind.WINDOWS_DRIVE, parsed.kind());
      assertEquals(Character.toUpperCase(drive) + ":", parsed.root());
      assertEquals(segments, parsed.segments());
    }

    @Property
    void posixPathsKeepTheirSegments(@ForAll("segments") List<String> segments) {
      RawPath parsed = RawPathParser.parse("/" + String.join("/", segments));
      assertEquals(new RawPath(RawPath.Kind.POSIX_ABSOLUTE, "/", segments), parsed);
    }

    @Property
    void canonicalTextParsesToTheSamePath(@ForAll("absoluteOrRelative") String raw) {
      RawPath parsed = RawPathParser.parse(raw);
      assertEquals(parsed, RawPathParser.parse(parsed.toString()));
    }

    @Property
    void archiveSafePathsAreRelativeWithoutDotDot(@ForAll("joinedWithSlash") String raw) {
      if (RawPath.isArchiveSafeRelative(raw)) {
        RawPath parsed = RawPathParser.parse(raw);
        assertEquals(RawPath.Kind.RELATIVE, parsed.kind());
        assertEquals(List.of(raw.split("/")), parsed.segments());
      }
    }

    @Provide
    Arbitrary<Character> drive() {
      return Arbitraries.chars().range('a', 'z').injectDuplicates(0.1)
          .flatMap(c -> Arbitraries.of(c, Character.toUpperCase(c)));
    }

    @Provide
    Arbitrary<List<String>> segments() {
      return segment().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> sep() {
      return separator();
    }

    @Provide
    Arbitrary<String> joinedWithSlash() {
      return Arbitraries.strings().withChars("ab./:\\").ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> absoluteOrRelative() {
      return Arbitraries.oneOf(
          joined().map(s -> "C:" + "\\" + s),
          joined().map(s -> "\\\\host\\share\\" + s),
          joined().map(s -> "/" + s),
          joined().map(s -> "~/" + s),
          joined().map(s -> "x/" + s),
          joined().map(s -> "../" + s));
    }
  }
}
