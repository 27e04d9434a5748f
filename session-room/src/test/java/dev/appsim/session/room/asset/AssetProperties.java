package dev.appsim.session.room.asset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class AssetProperties {
  private static Path dir;

  @BeforeContainer
  static void createFolder() throws IOException {
    dir = Files.createTempDirectory("asset-properties");
  }

  @AfterContainer
  static void deleteFolder() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] rewrite(Path file, Function<AssetReference, String> f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AssetRewriter.create().rewrite(file, f, out);
    return out.toByteArray();
  }

  private static List<String> raws(Path file) throws IOException {
    return AssetScanner.create().scan(file).stream().map(AssetReference::raw).toList();
  }

  /** Any path text: spaces, percent signs, quotes, backslashes, non-ASCII. */
  private static Arbitrary<String> anyName() {
    return Arbitraries.strings().withCharRange('a', 'z')
        .withChars(' ', '%', '"', '\\', '#', '?', 'é', '漢', '/', '.', '-', '\u0001')
        .ofMinLength(1).ofMaxLength(12)
        .filter(s -> !s.regionMatches(true, 0, "data:", 0, 5));
  }

  /** A name an OBJ/MTL line can hold: no line break or surrounding blank, starting with a letter. */
  private static Arbitrary<String> lineName(boolean spaces) {
    return Combinators.combine(
            Arbitraries.chars().range('a', 'z'),
            Arbitraries.strings().withCharRange('a', 'z')
                .withChars(spaces ? "./_-é漢 " : "./_-é漢").ofMaxLength(10))
        .as((first, rest) -> (first + rest).strip());
  }

  @Group
  class Gltf {
    @Provide
    Arbitrary<String> document() {
      Arbitrary<String> ws = Arbitraries.of("", " ", "\n  ", "\t");
      Arbitrary<String> image = Combinators.combine(ws, anyName(), ws)
          .as((a, name, b) -> "{" + a + "\"uri\"" + b + ":" + a + json(UriReferences.fromPath(name)) + b + "}");
      return Combinators.combine(image.list().ofMaxSize(4), ws)
          .as((images, w) -> "{" + w + "\"asset\":{\"version\":\"2.0\"}," + w + "\"images\":["
              + String.join("," + w, images) + "]" + w + "}" + w);
    }

    private String json(String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Property(tries = 300)
    void identityRewriteIsByteIdentical(@ForAll("document") String doc) throws IOException {
      Path file = write("a.gltf", doc.getBytes(StandardCharsets.UTF_8));
      assertArrayEquals(Files.readAllBytes(file), rewrite(file, AssetReference::raw));
    }

    @Property(tries = 300)
    void rewriteThenScanGivesTheNewValues(@ForAll("document") String doc, @ForAll("names") List<String> names)
        throws IOException {
      Path file = write("a.gltf", doc.getBytes(StandardCharsets.UTF_8));
      List<AssetReference> before = AssetScanner.create().scan(file);
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < before.size(); i++) {
        expected.add(names.get(i % names.size()));
      }
      Path copy = write("b.gltf", rewrite(file, ref -> expected.get(before.indexOf(ref))));
      assertEquals(expected, raws(copy));
    }

    @Property(tries = 300)
    void rewriteChangesOnlyTheReferenceTokens(@ForAll("document") String doc, @ForAll("names") List<String> names)
        throws IOException {
      byte[] original = doc.getBytes(StandardCharsets.UTF_8);
      Path file = write("a.gltf", original);
      byte[] out = rewrite(file, ref -> names.get(Math.abs(ref.location().hashCode()) % names.size()));
      GltfJson json = new GltfJson(AssetLimits.defaults());
      assertEquals(gaps(original, json.scan(original, original.length, "a").splices()),
          gaps(out, json.scan(out, out.length, "b").splices()));
    }

    /** Names that stay paths: drive and UNC paths become file: URIs, which scan as written. */
    @Provide
    Arbitrary<List<String>> names() {
      return anyName().filter(n -> !UriReferences.fromPath(n).startsWith("file:"))
          .list().ofMinSize(1).ofMaxSize(4);
    }
  }

  /** The bytes between and around the spliced regions. */
  private static List<String> gaps(byte[] bytes, List<Splice> splices) {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (Splice s : splices) {
      out.add(Arrays.toString(Arrays.copyOfRange(bytes, at, (int) s.start())));
      at = (int) s.end();
    }
    out.add(Arrays.toString(Arrays.copyOfRange(bytes, at, bytes.length)));
    return out;
  }

  @Group
  class Text {
    @Provide
    Arbitrary<String> mtl() {
      Arbitrary<String> eol = Arbitraries.of("\n", "\r\n");
      Arbitrary<String> options = Arbitraries.of("", "-o 1 2 ", "-s 0.5 ", "-clamp on ", "-mm 0 1 ", "-bm 2 -type sphere ");
      Arbitrary<String> keyword = Arbitraries.of("map_Kd", "MAP_KS", "bump", "refl", "norm", "disp", "map_d");
      Arbitrary<String> statement = Combinators.combine(keyword, options, lineName(true), eol)
          .as((k, o, n, e) -> k + " " + o + n + e);
      Arbitrary<String> other = Combinators.combine(Arbitraries.of("newmtl x", "Kd 1 1 1", "# map_Kd no.png", ""), eol)
          .as((s, e) -> s + e);
      return Arbitraries.oneOf(statement, other).list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> obj() {
      Arbitrary<String> eol = Arbitraries.of("\n", "\r\n");
      Arbitrary<String> mtllib = Combinators.combine(lineName(false).list().ofMinSize(1).ofMaxSize(3), eol)
          .as((names, e) -> "mtllib " + String.join(" ", names) + e);
      Arbitrary<String> other = Combinators.combine(Arbitraries.of("v 1 2 3", "f 1 2 3", "usemtl m", "mtl", ""), eol)
          .as((s, e) -> s + e);
      return Arbitraries.oneOf(mtllib, other).list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> replacement() {
      return lineName(false);
    }

    @Property(tries = 300)
    void identityRewriteIsByteIdentical(@ForAll("mtl") String mtl, @ForAll("obj") String obj) throws IOException {
      Path m = write("a.mtl", mtl.getBytes(StandardCharsets.UTF_8));
      assertArrayEquals(Files.readAllBytes(m), rewrite(m, AssetReference::raw));
      Path o = write("a.obj", obj.getBytes(StandardCharsets.UTF_8));
      assertArrayEquals(Files.readAllBytes(o), rewrite(o, AssetReference::raw));
    }

    @Property(tries = 300)
    void rewriteThenScanGivesTheNewValuesAndKeepsLineEndings(
        @ForAll("mtl") String mtl, @ForAll("obj") String obj, @ForAll("replacement") String name)
        throws IOException {
      for (Path file : List.of(write("a.mtl", mtl.getBytes(StandardCharsets.UTF_8)),
          write("a.obj", obj.getBytes(StandardCharsets.UTF_8)))) {
        List<String> before = raws(file);
        byte[] out = rewrite(file, ref -> name + "/" + ref.raw().replace(' ', '_'));
        Path copy = write("copy-" + file.getFileName(), out);
        assertEquals(before.stream().map(r -> name + "/" + r.replace(' ', '_')).toList(), raws(copy));
        String in = Files.readString(file);
        String rewritten = new String(out, StandardCharsets.UTF_8);
        assertEquals(in.split("\n", -1).length, rewritten.split("\n", -1).length);
        assertEquals(in.split("\r\n", -1).length, rewritten.split("\r\n", -1).length);
      }
    }
  }

  @Group
  class Hostile {
    @Property(tries = 500)
    void randomGlbBytesGiveOnlyOurException(@ForAll("glbLike") byte[] bytes) throws IOException {
      scanAndRewrite(write("h.glb", bytes));
    }

    @Property(tries = 500)
    void randomGltfTextGivesOnlyOurException(@ForAll("jsonLike") String text) throws IOException {
      scanAndRewrite(write("h.gltf", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 300)
    void randomTextGivesOnlyOurException(@ForAll("textLike") String text) throws IOException {
      scanAndRewrite(write("h.obj", text.getBytes(StandardCharsets.UTF_8)));
      scanAndRewrite(write("h.mtl", text.getBytes(StandardCharsets.UTF_8)));
    }

    private void scanAndRewrite(Path file) throws IOException {
      try {
        AssetScanner.create().scan(file);
        rewrite(file, ref -> "x");
      } catch (AssetFormatException expected) {
        assertEquals(true, expected.location().startsWith(file.toString() + ":"), expected.location());
      }
    }

    @Provide
    Arbitrary<byte[]> glbLike() {
      byte[] valid = Assets.glb("{\"images\":[{\"uri\":\"a.png\"}]}", new byte[] {1, 2, 3, 4});
      Arbitrary<byte[]> flipped = Combinators.combine(
              Arbitraries.integers().between(0, valid.length - 1).list().ofMinSize(1).ofMaxSize(4),
              Arbitraries.bytes().list().ofSize(4))
          .as((positions, values) -> {
            byte[] copy = valid.clone();
            for (int i = 0; i < positions.size(); i++) {
              copy[positions.get(i)] = values.get(i);
            }
            return copy;
          });
      Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, valid.length)
          .map(n -> Arrays.copyOf(valid, n));
      return Arbitraries.oneOf(flipped, truncated, Arbitraries.bytes().array(byte[].class).ofMaxSize(64));
    }

    @Provide
    Arbitrary<String> jsonLike() {
      return Arbitraries.strings().withChars("{}[]\":,uri images buffers0123.\\ud").ofMaxLength(60)
          .injectDuplicates(0.1);
    }

    @Provide
    Arbitrary<String> textLike() {
      return Arbitraries.strings().withChars("mtllib map_Kd-o 1.\r\n\tbump é").ofMaxLength(60);
    }
  }
}
