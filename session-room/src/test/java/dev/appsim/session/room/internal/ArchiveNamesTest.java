package dev.appsim.session.room.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.room.archive.internal.EntryNames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Asset names are made safe for the reader's rules, including its device and invisible-character rules. */
class ArchiveNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "COM\u00B9.png, _COM\u00B9.png",
      "lpt\u00B2, _lpt\u00B2",
      "'com\u00B3 .obj', '_com\u00B3 .obj'",
      "COM0.mtl, _COM0.mtl",
      "LPT0, _LPT0",
      "COM10.png, COM10.png",
  })
  void prefixesWindowsDeviceNamesIncludingSuperscriptDigits(String fileName, String safe) {
    assertEquals(safe, ArchiveNames.sanitize(fileName));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"a\u200Cb.obj", "\uFEFFab.obj", "a\u00ADb.obj", "ab\uFE0F.obj", "a\u2060b.obj", "a\u200Bb.obj",
      "a\u202Eb.obj", "a\uDB40\uDC01b.obj"})
  void dropsInvisibleCharacters(String fileName) {
    assertEquals("ab.obj", ArchiveNames.sanitize(fileName));
  }

  @ParameterizedTest
  @CsvSource({"\u200B", "\u200C\u200D", "\uFEFF\u00AD"})
  void aNameOfOnlyInvisibleCharactersBecomesFile(String fileName) {
    assertEquals("file", ArchiveNames.sanitize(fileName));
  }

  @ParameterizedTest
  @CsvSource({"ab.obj, a\u200Cb.obj", "ab.obj, AB\u00AD.OBJ"})
  void givesNamesEqualButForInvisibleCharactersDistinctEntries(String first, String second) {
    ArchiveNames names = new ArchiveNames();
    assertEquals("assets/" + first, names.allocate(first));
    assertEquals("assets/" + (second.startsWith("A") ? "AB-2.OBJ" : "ab-2.obj"), names.allocate(second));
  }

  @Property
  void everyNameIsOneTheReaderAccepts(@ForAll("fileNames") String fileName) {
    String entry = new ArchiveNames().allocate(fileName);
    assertEquals(java.util.Optional.empty(), EntryNames.problem(entry, 1024, 255, 32), entry);
    assertEquals(entry, EntryNames.withoutIgnorables(entry));
  }

  @Property
  void invisibleCharactersNeverChangeTheClashKey(@ForAll("fileNames") String name, @ForAll("ignorables") String inserted,
      @ForAll int at) {
    int cut = name.offsetByCodePoints(0, Math.floorMod(at, name.codePointCount(0, name.length()) + 1));
    String twin = name.substring(0, cut) + inserted + name.substring(cut);
    assertEquals(EntryNames.foldKey(name), EntryNames.foldKey(twin));
  }

  @Provide
  Arbitrary<String> fileNames() {
    Arbitrary<Character> tricky = Arbitraries.of('.', ' ', '$', '%', ':', '\\', '/', '\u00B9', '\u200C', '\uFEFF',
        '\u00AD', '\uFE0F', '\u0301', '\u00DF', '\uFFFD', '\u0000', '\u007F');
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("comCOMlptLPT0123.").withChars(tricky.sample(), '\u00B2', '\u00B3')
            .ofMaxLength(12),
        Arbitraries.of("COM\u00B9", "lpt\u00B3.png", "con .obj", "a\u200Cb.txt", "\u200B"));
  }

  @Provide
  Arbitrary<String> ignorables() {
    return Arbitraries.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\uFE0F", "\u034F",
        "\uDB40\uDC01", "\u180E").list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
  }
}
