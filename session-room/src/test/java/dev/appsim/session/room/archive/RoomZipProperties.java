package dev.appsim.session.room.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.room.archive.internal.EntryNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoomZipProperties {

  @Property(tries = 60)
  void writeThenReadReturnsTheSameNamesAndBytes(
      @ForAll("entries") Map<String, byte[]> entries, @ForAll("threads") int threads) throws IOException {
    EntryNames.Clashes clashes = new EntryNames.Clashes();
    Assume.that(entries.keySet().stream().allMatch(n -> clashes.add(n).isEmpty()));
    Path folder = Files.createTempDirectory("room-zip-props");
    try {
      List<ZipEntrySpec> specs = new ArrayList<>();
      int i = 0;
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntrySource source = ZipEntrySource.ofBytes(e.getValue());
        specs.add(switch (i++ % 3) {
          case 0 -> ZipEntrySpec.deflated(e.getKey(), source);
          case 1 -> ZipEntrySpec.stored(e.getKey(), source);
          default -> ZipEntrySpec.storedPlain(e.getKey(), source);
        });
      }
      Path out = folder.resolve("p.room");
      new RoomZipWriter(WriteOptions.defaults().withThreads(threads)).write(out, specs, WriteProgressListener.NONE);
      try (SafeZipReader reader = SafeZipReader.open(out)) {
        assertEquals(List.copyOf(entries.keySet()), reader.entries().stream().map(ZipEntryInfo::name).toList());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          assertArrayEquals(e.getValue(), RoomZipFixtures.readAll(reader, e.getKey()), e.getKey());
        }
      }
    } finally {
      try (var files = Files.walk(folder)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Provide
  Arbitrary<Integer> threads() {
    return Arbitraries.integers().between(1, 4);
  }

  @Provide
  Arbitrary<Map<String, byte[]>> entries() {
    Arbitrary<String> segment = Arbitraries.strings()
        .withChars("abcXYZ09-_")
        .withChars('\u00e9', '\u6905', '\u00df', '\u0391', ' ', '.').ofMinLength(1).ofMaxLength(12)
        .filter(s -> EntryNames.problem(s, 1024, 255, 32).isEmpty());
    Arbitrary<String> name = segment.list().ofMinSize(1).ofMaxSize(4).map(list -> String.join("/", list));
    Arbitrary<byte[]> content = Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(3000),
        Arbitraries.strings().withChars("0123456789 .\n").ofMaxLength(20_000).map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return Combinators.combine(name.list().uniqueElements().ofMinSize(0).ofMaxSize(12), content.list().ofSize(12))
        .as((names, contents) -> {
          Map<String, byte[]> map = new LinkedHashMap<>();
          for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), contents.get(i));
          }
          return map;
        });
  }
}
