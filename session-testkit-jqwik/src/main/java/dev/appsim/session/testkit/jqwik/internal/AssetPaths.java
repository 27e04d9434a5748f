package dev.appsim.session.testkit.jqwik.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Asset paths as saving tools write them (FORMAT.md 1.3); the model never resolves them. */
public final class AssetPaths {
  private AssetPaths() {}

  /** Model files: relative {@code models/chair.gltf}, or in nasty mode every path style the format allows. */
  public static Arbitrary<String> models(boolean nasty) {
    return paths(Arbitraries.of("gltf", "glb", "obj", "fbx"), nasty);
  }

  /** Geometry-cache sidecar files. */
  public static Arbitrary<String> caches(boolean nasty) {
    return paths(Arbitraries.just("geocache"), nasty);
  }

  private static Arbitrary<String> paths(Arbitrary<String> extensions, boolean nasty) {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> plain = Combinators.combine(word, extensions).as((w, e) -> "models/" + w + "." + e);
    if (!nasty) {
      return plain;
    }
    Arbitrary<String> name = Arbitraries.oneOf(word, Texts.unicode(1, 6).map(s -> s.replace("/", "_")
        .replace("\\", "_").replace("\n", "_").replace("\t", "_")), Arbitraries.just("my model (final)"));
    Arbitrary<String> style = Arbitraries.of(
        "C:\\Users\\ana\\MagicLeap\\tools\\zi\\data\\models\\%s",
        "\\\\fileserver\\share\\rooms\\%s",
        "/home/ana/models/%s",
        "~/models/%s",
        "file:///C:/Users/ana/models/%s",
        "$HOME/models/%s",
        "${ASSETS}/%s",
        "%%USERPROFILE%%\\Models\\%s",
        "../shared/%s",
        "./%s");
    return Combinators.combine(style, name, extensions).as((s, n, e) -> String.format(s, n + "." + e));
  }
}
