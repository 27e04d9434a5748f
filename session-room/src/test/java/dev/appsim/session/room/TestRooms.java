package dev.appsim.session.room;

import dev.appsim.session.room.archive.RoomZipWriter;
import dev.appsim.session.room.archive.WriteOptions;
import dev.appsim.session.room.archive.WriteProgressListener;
import dev.appsim.session.room.archive.ZipEntrySource;
import dev.appsim.session.room.archive.ZipEntrySpec;
import dev.appsim.session.room.internal.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small rooms entry by entry, so tests can make every kind of lying room. */
final class TestRooms {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  static TestRooms withMimetype() {
    return new TestRooms().put("mimetype", RoomManifest.MIMETYPE);
  }

  TestRooms put(String name, String content) {
    return put(name, content.getBytes(StandardCharsets.UTF_8));
  }

  TestRooms put(String name, byte[] content) {
    entries.put(name, content);
    return this;
  }

  /** A manifest entry line for {@code content} as it would be listed. */
  static String entryJson(String path, String content) {
    Digests.Sized s = Digests.ofBytes(content.getBytes(StandardCharsets.UTF_8));
    return "{\"path\":\"" + path + "\",\"size\":" + s.size() + ",\"sha256\":\"" + s.sha256()
        + "\",\"mediaType\":\"application/octet-stream\"}";
  }

  static String manifest(String session, String... entryJson) {
    return "{\"format\":\"appsim.room\",\"formatVersion\":\"1.0\",\"generator\":{\"name\":\"t\",\"version\":\"1\"},"
        + "\"session\":\"" + session + "\",\"entries\":[" + String.join(",", entryJson) + "]}";
  }

  Path write(Path file) throws IOException {
    List<ZipEntrySpec> specs = new ArrayList<>();
    entries.forEach((name, bytes) -> specs.add(name.equals("mimetype")
        ? ZipEntrySpec.storedPlain(name, ZipEntrySource.ofBytes(bytes))
        : ZipEntrySpec.deflated(name, ZipEntrySource.ofBytes(bytes))));
    new RoomZipWriter(WriteOptions.defaults().withThreads(1)).write(file, specs, WriteProgressListener.NONE);
    return file;
  }
}
