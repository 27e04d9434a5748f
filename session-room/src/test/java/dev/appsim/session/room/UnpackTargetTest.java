package dev.appsim.session.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking needs a new or empty folder; anything else is a clear I/O error and writes nothing. */
class UnpackTargetTest {
  @TempDir Path tmp;
  private Path room;

  @BeforeEach
  void packageARoom() throws IOException {
    Files.writeString(tmp.resolve("c.obj"), "v 0 0 0\n");
    Path session = tmp.resolve("s.session");
    Files.writeString(session, "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\",\"metadata\":{\"name\":\"r\"},"
        + "\"scene\":{\"nodes\":[{\"id\":\"n\",\"kind\":\"model\",\"asset\":\"c.obj\"}]}}");
    room = tmp.resolve("r.room");
    new RoomPackager(PackageOptions.builder().build()).pack(session, room);
  }

  private List<String> names() throws IOException {
    try (var files = Files.list(tmp)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFileSystemRootIsRefusedWithAnIoErrorNotAnIllegalArgument() throws IOException {
    Path root = tmp.getRoot();
    try (Room opened = Room.open(room)) {
      FileSystemException e = assertThrows(FileSystemException.class, () -> opened.unpack(root, PathStyle.ABSOLUTE));
      assertEquals(root + ": is a file system root; unpack into a new or empty folder below it", e.getMessage());
    }
    assertEquals(List.of("c.obj", "r.room", "s.session"), names());
  }

  @Test
  void aFolderThatIsNotEmptyIsRefused() throws IOException {
    Path target = Files.createDirectory(tmp.resolve("full"));
    Files.writeString(target.resolve("keep.txt"), "mine");
    try (Room opened = Room.open(room)) {
      FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
          () -> opened.unpack(target, PathStyle.ABSOLUTE));
      assertEquals(target + ": target exists and is not an empty folder", e.getMessage());
    }
    assertEquals(List.of("c.obj", "full", "r.room", "s.session"), names());
    assertEquals("mine", Files.readString(target.resolve("keep.txt")));
  }
}
