package dev.appsim.session.room.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of OBJ and MTL statements: options never leak into names (a name whose first word is
 * a number after {@code -s} is read as tinyobjloader reads it, so words here hold a letter), and
 * names with spaces survive a rewrite in the file's own escaping convention.
 */
class TextStatementProperties {
  private static final List<String> OPTIONS = List.of("-bm 0.5", "-boost 2", "-mm 0 1", "-o 1 2 3", "-s 1", "-t 0 0",
      "-texres 512", "-imfchan r", "-type sphere", "-blendu on", "-blendv off", "-clamp on", "-cc off");

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcXYZ09_-.ü").ofMinLength(1).ofMaxLength(6)
        .filter(w -> !w.startsWith("-") && !w.startsWith("#") && w.chars().anyMatch(Character::isLetter));
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words) + ".png");
  }

  @Provide
  Arbitrary<String> optionRuns() {
    return Arbitraries.of(OPTIONS).list().ofMaxSize(3).map(list -> String.join(" ", list));
  }

  @Property(tries = 300)
  void anMtlNameIsFoundWhateverOptionsStandBeforeAndAfterIt(@ForAll("names") String name,
      @ForAll("optionRuns") String before, @ForAll("optionRuns") String after) throws IOException {
    String line = "map_Kd " + (before.isEmpty() ? "" : before + " ") + name + (after.isEmpty() ? "" : " " + after) + "\n";
    List<AssetReference> refs = AssetScanner.create().scan("m.mtl",
        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(new AssetReference(name, "line 1", ReferenceKind.TEXTURE)), refs, line);
  }

  @Property(tries = 200)
  void aWholeMtllibNameWithSpacesRewritesAndScansBack(@ForAll("names") String old, @ForAll("names") String next,
      @ForAll boolean escaped) throws IOException {
    String written = escaped ? old.replace(" ", "\\ ") : old;
    Path dir = Files.createTempDirectory("obj");
    try {
      Path obj = Files.writeString(dir.resolve("a.obj"), "mtllib " + written + "\nv 0 0 0\n");
      Path copy = Files.write(dir.resolve("b.obj"), Assets.rewrite(obj, ref -> ref.raw().equals(old) ? next : ref.raw()));
      AssetReference back = AssetScanner.create().scan(copy).get(0);
      assertEquals(next, back.raw());
      // The file's convention is only known when the old name had spaces to escape.
      boolean escapes = escaped && old.contains(" ");
      assertEquals(escapes || !next.contains(" ") ? 0 : next.split(" ").length, back.alternatives().size());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }
}
