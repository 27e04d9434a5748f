package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.room.error.OutputConflictException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A room output that is one of packaging's inputs, by any path, link or hard link, is refused
 * before anything is written, and the input keeps its bytes.
 */
class OutputConflictTest {
  @TempDir Path tmp;
  private Path session;
  private Path asset;
  private byte[] sessionBytes;
  private byte[] assetBytes;
  private List<String> before;

  @BeforeEach
  void writeSession() throws IOException {
    asset = tmp.resolve("chair.obj");
    Files.writeString(asset, "v 0 0 0\n");
    session = tmp.resolve("in.session");
    Files.writeString(session, "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"r\"},"
        + "\"scene\":{\"nodes\":[{\"id\":\"n\",\"kind\":\"model\",\"asset\":\"chair.obj\"}]}}");
    sessionBytes = Files.readAllBytes(session);
    assetBytes = Files.readAllBytes(asset);
  }

  private OutputConflictException refused(Path output) throws IOException {
    before = names();
    OutputConflictException e = assertThrows(OutputConflictException.class,
        () -> new RoomPackager(PackageOptions.builder().build()).pack(session, output));
    assertEquals(output.toString(), e.location());
    assertArrayEquals(sessionBytes, Files.readAllBytes(session));
    assertArrayEquals(assetBytes, Files.readAllBytes(asset));
    assertEquals(before, names(), "nothing written");
    return e;
  }

  private List<String> names() throws IOException {
    try (var files = Files.list(tmp)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private String sessionMessage(Path output) {
    return "output " + output + " is the same file as " + session.toAbsolutePath().normalize()
        + " (the session being packaged); writing the room there would destroy its input, give another output path";
  }

  @Test
  void refusesTheSessionItself() throws IOException {
    OutputConflictException e = refused(session);
    assertEquals(sessionMessage(session), e.getMessage());
    assertEquals(session.toAbsolutePath().normalize(), e.source());
  }

  @Test
  void refusesTheSessionByAnotherSpelling() throws IOException {
    Files.createDirectory(tmp.resolve("sub"));
    for (Path spelling : List.of(tmp.resolve("./in.session"), tmp.resolve("sub/../in.session"),
        Path.of("").toAbsolutePath().relativize(session))) {
      assertEquals(sessionMessage(spelling), refused(spelling).getMessage());
    }
  }

  @Test
  void refusesALinkOrHardLinkToTheSession() throws IOException {
    Path link = Files.createSymbolicLink(tmp.resolve("link.room"), session);
    assertEquals(sessionMessage(link), refused(link).getMessage());
    Path hard = Files.createLink(tmp.resolve("hard.room"), session);
    assertEquals(sessionMessage(hard), refused(hard).getMessage());
  }

  @Test
  void refusesAnAssetOrALinkToIt() throws IOException {
    Path real = asset.toRealPath();
    String message = " is the same file as " + real + " (packaged as assets/chair.obj); writing the room there would"
        + " destroy its input, give another output path";
    assertEquals("output " + asset + message, refused(asset).getMessage());
    Path hard = Files.createLink(tmp.resolve("chair.room"), asset);
    assertEquals("output " + hard + message, refused(hard).getMessage());
  }

  @Test
  void writesAnyOtherOutputAndReplacesAnEarlierRoom() throws IOException {
    Path room = tmp.resolve("out.room");
    new RoomPackager(PackageOptions.builder().build()).pack(session, room);
    new RoomPackager(PackageOptions.builder().build()).pack(session, room);
    try (Room opened = Room.open(room)) {
      opened.verify().requireIntact();
    }
  }
}
