package dev.appsim.session.room.asset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Applying edits gives the copy that the rewrite before #13 wrote, statement by statement while
 * reading (kept here as the oracle): for random OBJ and MTL text and random replacement maps,
 * the same bytes, or the same refusal of a name the statement cannot hold.
 */
class TextEditsProperties {
  private static final List<String> NEW_NAMES = List.of("n.png", "t/wood.png", "dir/x y.mtl", "ü/ä.mtl", "bad #x.png",
      " lead.png", "a\tb.mtl", "k.mtl");
  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("text-edits");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  private static Arbitrary<String> word() {
    return Arbitraries.strings().withChars("abXY09_.ü").ofMinLength(1).ofMaxLength(5);
  }

  private static Arbitrary<String> name() {
    return word().list().ofMinSize(1).ofMaxSize(2).map(w -> String.join("\\ ", w) + ".mtl");
  }

  @Provide
  Arbitrary<String> objText() {
    Arbitrary<String> mtllib = name().list().ofMinSize(1).ofMaxSize(3).map(n -> "mtllib " + String.join(" ", n));
    Arbitrary<String> plainNames = word().list().ofMinSize(1).ofMaxSize(3).map(n -> "mtllib " + String.join(" ", n));
    Arbitrary<String> continued = word().list().ofSize(2).map(n -> "mtllib " + n.get(0) + ".mtl \\\n" + n.get(1) + ".mtl");
    Arbitrary<String> other = Arbitraries.of("v 0 0 0", "f 1 2 3", "# mtllib no.mtl", "usemtl m", "", "mtllib a.mtl # c");
    return text(Arbitraries.oneOf(mtllib, plainNames, continued, other));
  }

  @Provide
  Arbitrary<String> mtlText() {
    Arbitrary<String> options = Arbitraries.of("", "-s 1 1 1 ", "-bm 0.5 ", "-imfchan r ", "-o 1 2 ");
    Arbitrary<String> map = net.jqwik.api.Combinators.combine(Arbitraries.of("map_Kd ", "bump ", "map_Ka ", "refl "),
        options, word().list().ofMinSize(1).ofMaxSize(2), Arbitraries.of("", " -bm 1.5", " -clamp on"))
        .as((k, o, n, after) -> k + o + String.join(" ", n) + ".png" + after);
    Arbitrary<String> continued = word().list().ofSize(2).map(n -> "map_Kd " + n.get(0) + " \\\n" + n.get(1) + ".png");
    Arbitrary<String> other = Arbitraries.of("newmtl m", "Kd 1 1 1", "# map_Kd no.png", "", "illum 2");
    return text(Arbitraries.oneOf(map, continued, other));
  }

  private static Arbitrary<String> text(Arbitrary<String> line) {
    return net.jqwik.api.Combinators.combine(line.list().ofMinSize(1).ofMaxSize(8), Arbitraries.of("\n", "\r\n"),
        Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((lines, eol, bom, lastEol) -> (bom ? "\uFEFF" : "") + String.join(eol, lines) + (lastEol ? eol : ""));
  }

  @Property(tries = 300)
  void objEditsGiveTheLineByLineRewrite(@ForAll("objText") String text, @ForAll long seed) throws IOException {
    check("g.obj", text, seed);
  }

  @Property(tries = 300)
  void mtlEditsGiveTheLineByLineRewrite(@ForAll("mtlText") String text, @ForAll long seed) throws IOException {
    check("g.mtl", text, seed);
  }

  private static void check(String fileName, String text, long seed) throws IOException {
    Path file = Files.writeString(dir.resolve(fileName), text);
    Random random = new Random(seed);
    Map<String, String> map = new HashMap<>();
    for (AssetReference ref : AssetScanner.create().scan(file)) {
      List<AssetReference> all = new ArrayList<>(ref.alternatives());
      all.add(ref);
      for (AssetReference r : all) {
        if (random.nextInt(3) > 0) {
          map.put(r.raw(), NEW_NAMES.get(random.nextInt(NEW_NAMES.size())));
        }
      }
    }
    Function<AssetReference, String> replacement = r -> map.getOrDefault(r.raw(), r.raw());
    TextAsset format = (TextAsset) FormatHandlers.DEFAULT.forName(fileName);
    String expected;
    byte[] oracle = null;
    try {
      oracle = lineByLine(format, Files.readAllBytes(file), file.toString(), replacement);
      expected = null;
    } catch (IllegalArgumentException e) {
      expected = e.getMessage();
    }
    try {
      byte[] copy = Assets.rewrite(file, replacement);
      assertEquals(null, expected, "the old rewrite refused this copy");
      assertArrayEquals(oracle, copy, text + " " + map);
    } catch (IllegalArgumentException e) {
      assertEquals(expected, e.getMessage());
    }
  }

  /** The rewrite before #13: each statement written as it is read, references spliced in place. */
  static byte[] lineByLine(TextAsset format, byte[] source, String file, Function<AssetReference, String> replacement)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LineReader lines = new LineReader(new ByteArrayInputStream(source), file, AssetLimits.defaults().maxLineBytes());
    while (lines.next()) {
      byte[] line = lines.bytes();
      int copied = 0;
      for (Splice s : format.references(line, lines.textStart(), lines.length(), lines.number(), file)) {
        String next = Replacements.apply(replacement, s.reference(), file);
        if (!next.equals(s.reference().raw())) {
          copied = splice(out, line, copied, s, format.encode(next, s, false, file));
          continue;
        }
        for (Splice alternative : s.alternatives()) {
          String part = Replacements.apply(replacement, alternative.reference(), file);
          if (!part.equals(alternative.reference().raw())) {
            copied = splice(out, line, copied, alternative, format.encode(part, alternative, true, file));
          }
        }
      }
      out.write(line, copied, lines.length() - copied);
      out.write(lines.terminator());
    }
    return out.toByteArray();
  }

  private static int splice(OutputStream out, byte[] line, int copied, Splice s, byte[] bytes) throws IOException {
    out.write(line, copied, (int) s.start() - copied);
    out.write(bytes);
    out.write(TextTokens.continuations(line, (int) s.start(), (int) s.end()));
    return (int) s.end();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
