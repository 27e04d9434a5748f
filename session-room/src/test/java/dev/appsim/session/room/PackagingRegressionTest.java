package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
