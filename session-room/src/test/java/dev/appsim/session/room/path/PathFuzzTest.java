package dev.appsim.session.room.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.room.FuzzOutcomes;
import dev.appsim.session.room.path.RawPath.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of raw path parsing and resolution (docs/fuzzing.md) on arbitrary
 * strings, including lone surrogates and control characters. The parser may only refuse with
 * {@link PathSyntaxException}; the resolver may not throw at all.
 */
class PathFuzzTest {
  @TempDir
  static Path tmp;

  private static PathResolver resolver;
  private static Path referencing;

  @BeforeAll
  static void files() throws IOException {
    referencing = Files.createDirectories(tmp.resolve("session"));
    Files.writeString(referencing.resolve("a.txt"), "a");
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve("h.txt"), "h");
    Path remapped = Files.createDirectories(tmp.resolve("remapped/data"));
    Files.writeString(remapped.resolve("r.txt"), "r");
    Path search = Files.createDirectories(tmp.resolve("search/models"));
    Files.writeString(search.resolve("chair.gltf"), "{}");
    resolver = new PathResolver(ResolverOptions.builder()
        .environment(Map.of("ROOT", tmp.toString(), "EMPTY", "", "SELF", "$SELF"))
        .home(home)
        .addRemap("C:\\Users\\ana", tmp.resolve("remapped"))
        .addSearchPath(tmp.resolve("search"))
        .build());
  }

  /** Parsing either fails with our exception or gives a path that keeps RawPath's promises. */
  @FuzzTest(maxDuration = "10m")
  void parseRawPath(FuzzedDataProvider data) {
    String raw = data.consumeRemainingAsString();
    RawPath path;
    try {
      path = RawPathParser.parse(raw);
    } catch (SessionException e) {
      FuzzOutcomes.expected(e);
      return;
    }
    requireNoControl(path.root(), raw);
    boolean leading = true;
    for (String segment : path.segments()) {
      assertFalse(segment.isEmpty() || segment.equals(".") || segment.contains("/") || segment.contains("\\"),
          "segment \"" + segment + "\" of " + path + " parsed from \"" + raw + "\"");
      requireNoControl(segment, raw);
      boolean dots = segment.equals("..");
      assertFalse(dots && (!leading || !(path.kind() == Kind.RELATIVE || path.kind() == Kind.HOME)),
          "\"..\" inside " + path.kind() + " " + path.segments() + " parsed from \"" + raw + "\"");
      leading &= dots;
    }
    // The canonical text of an absolute path names the same path; relative ones may be empty.
    if (path.kind() != Kind.RELATIVE) {
      assertEquals(path, RawPathParser.parse(path.toString()), "canonical text of \"" + raw + "\" reparsed");
    }
  }

  /** Resolution never throws and only ever reports an existing regular file. */
  @FuzzTest(maxDuration = "10m")
  void resolvePath(FuzzedDataProvider data) {
    String raw = data.consumeRemainingAsString();
    Resolution r = resolver.resolve(raw, referencing);
    assertEquals(raw, r.raw());
    if (r.isFound()) {
      assertTrue(Files.isRegularFile(r.file()), "found " + r.file() + " for \"" + raw + "\", not a regular file");
    }
    assertTrue(r.explain().startsWith(RawPathParser.quote(raw)), r.explain());
  }

  private static void requireNoControl(String text, String raw) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertFalse(c < 0x20 || c == 0x7F, "control character in \"" + text + "\" parsed from \"" + raw + "\"");
    }
  }
}
