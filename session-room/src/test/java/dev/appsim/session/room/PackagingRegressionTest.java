package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.room.archive.WriteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per packaging bug found in review, named after what it guards. */
class PackagingRegressionTest {
  @TempDir
  Path tmp;

  private Path session(String... assets) throws IOException {
    String nodes = java.util.stream.IntStream.range(0, assets.length)
        .mapToObj(i -> "{\"id\":\"n" + i + "\",\"kind\":\"model\",\"asset\":\"" + assets[i] + "\"}")
        .collect(Collectors.joining(","));
    Path file = tmp.resolve("in.session");
    Files.writeString(file, "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"r\"},"
        + "\"scene\":{\"nodes\":[" + nodes + "]}}");
    return file;
  }

  @Test
  void namesThatOnlyTheReadersCaseFoldingEquatesGetDistinctEntries() throws Exception {
    // "ß" upper-cases to "SS" and dotless "ı" to "I": the reader folds both, so must the namer.
    Files.writeString(tmp.resolve("straße.obj"), "v 0 0 0\n");
    Files.writeString(tmp.resolve("strasse.obj"), "v 1 1 1\n");
    Files.writeString(tmp.resolve("ıcon.obj"), "v 2 2 2\n");
    Files.writeString(tmp.resolve("icon.obj"), "v 3 3 3\n");
    Path room = tmp.resolve("out.room");
    new RoomPackager(PackageOptions.builder().build())
        .pack(session("straße.obj", "strasse.obj", "ıcon.obj", "icon.obj"), room);
    try (Room opened = Room.open(room)) {
      assertEquals(List.of("assets/icon-2.obj", "assets/strasse-2.obj", "assets/straße.obj", "assets/ıcon.obj"),
          opened.assetPaths());
      opened.verify().requireIntact();
    }
  }

  @Test
  void rewrittenCopiesOverTheSpillThresholdGoThroughADiskFileThatIsDeleted() throws Exception {
    Path mats = Files.createDirectories(tmp.resolve("mats"));
    Files.writeString(mats.resolve("m.mtl"), "newmtl m\n");
    StringBuilder obj = new StringBuilder("mtllib mats/m.mtl\n");
    while (obj.length() < 200_000) {
      obj.append("v 0.125 0.25 0.5\n");
    }
    Files.writeString(tmp.resolve("big.obj"), obj);
    Path sessionFile = session("big.obj");
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path small = out.resolve("small.room");
    Path large = tmp.resolve("large.room");
    new RoomPackager(PackageOptions.builder().write(WriteOptions.defaults().withThreads(2)
        .withSpillThreshold(64 << 10)).build()).pack(sessionFile, small);
    new RoomPackager(PackageOptions.builder().build()).pack(sessionFile, large);

    assertEquals(List.of("small.room"), listNames(out));
    assertArrayEquals(Files.readAllBytes(large), Files.readAllBytes(small));
    try (Room opened = Room.open(small)) {
      opened.verify().requireIntact();
      try (var in = opened.openEntry("assets/big.obj")) {
        assertEquals("mtllib m.mtl\n" + obj.substring("mtllib mats/m.mtl\n".length()),
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void fileNamesTheReaderWouldRefuseAreMadeSafe() throws Exception {
    // Windows devices with a space before the dot or a '$', and the replacement character.
    Files.writeString(tmp.resolve("con .obj"), "v 0 0 0\n");
    Files.writeString(tmp.resolve("CLOCK$.obj"), "v 1 1 1\n");
    Files.writeString(tmp.resolve("a\uFFFD.obj"), "v 2 2 2\n");
    Path room = tmp.resolve("out.room");
    new RoomPackager(PackageOptions.builder().build())
        .pack(session("con .obj", "CLOCK$.obj", "a\uFFFD.obj"), room);
    try (Room opened = Room.open(room)) {
      assertEquals(List.of("assets/CLOCK_.obj", "assets/_con .obj", "assets/a_.obj"), opened.assetPaths());
    }
  }

  @Test
  void equalBytesUnderDifferentNamesKeepTheirOwnEntries() throws Exception {
    Files.write(tmp.resolve("a.png"), new byte[] {1, 2, 3});
    Files.write(tmp.resolve("b.jpg"), new byte[] {1, 2, 3});
    Files.write(tmp.resolve("c.PNG"), new byte[] {1, 2, 3});
    PackingPlan plan = new RoomPlanner(PackageOptions.builder().build())
        .plan(session("a.png", "b.jpg", "c.PNG"));
    assertEquals(List.of("assets/a.png", "assets/b.jpg", "assets/c.PNG"),
        plan.references().stream().map(PlannedReference::archivePath).toList());
    assertEquals(List.of("image/png", "image/jpeg", "image/png"),
        plan.entries().stream().map(PlannedEntry::mediaType).toList());
  }

  @Test
  void namesWithVariableSyntaxReadLiterallyAfterUnpacking() throws Exception {
    // Literal here ("$" and "%" before a dot name no variable), but "assets/$x" would be expanded.
    Files.writeString(tmp.resolve("5$.obj"), "v 0 0 0\n");
    Files.writeString(tmp.resolve("100%.obj"), "v 1 1 1\n");
    Path room = tmp.resolve("out.room");
    new RoomPackager(PackageOptions.builder().build()).pack(session("5$.obj", "100%.obj"), room);
    try (Room opened = Room.open(room)) {
      assertEquals(List.of("assets/100_.obj", "assets/5_.obj"), opened.assetPaths());
      assertEquals(List.of("assets/5_.obj", "assets/100_.obj"),
          opened.session().assetRefs().stream().map(r -> r.path()).toList());
    }
  }

  @Test
  void invisibleCharactersAndSuperscriptDeviceNamesAreMadeSafe() throws Exception {
    // "a\u200Cb.obj" and "ab.obj" are one file on HFS+; "COM\u00B9" is the device COM1 on Windows.
    Files.writeString(tmp.resolve("ab.obj"), "v 0 0 0\n");
    Files.writeString(tmp.resolve("a\u200Cb.obj"), "v 1 1 1\n");
    Files.writeString(tmp.resolve("COM\u00B9.obj"), "v 2 2 2\n");
    Path room = tmp.resolve("out.room");
    new RoomPackager(PackageOptions.builder().build()).pack(session("ab.obj", "a\u200Cb.obj", "COM\u00B9.obj"), room);
    try (Room opened = Room.open(room)) {
      assertEquals(List.of("assets/_COM\u00B9.obj", "assets/ab-2.obj", "assets/ab.obj"), opened.assetPaths());
      opened.verify().requireIntact();
    }
  }

  private static List<String> listNames(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
