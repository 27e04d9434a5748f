package dev.appsim.session.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the command in-process with captured output, and knows where the examples are. */
final class Cli {
  /** Surefire runs in session-cli/, so the repository root is its parent. */
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path EXAMPLE = REPO.resolve("examples").resolve("living-room");
  static final Path LIVING_ROOM = EXAMPLE.resolve("living-room.session");
  static final Path MINIMAL = REPO.resolve("examples").resolve("minimal").resolve("minimal.session");
  static final String SAVED_ROOT = "C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice";
  /** No terminal, and a home folder that does not exist: no simulator install of the machine running the tests is seen. */
  static final CliContext PIPED = new CliContext(Map.of("HOME", REPO.resolve("session-cli/target/no-home").toString()), false);

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Cli() {}

  /** What one run gave. */
  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Result run(String... args) {
    return run(PIPED, args);
  }

  static Result run(CliContext context, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = SessionCommand.commandLine(context);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** The remap and environment that make the living-room example package here. */
  static List<String> exampleResolution() {
    Path zi = EXAMPLE.resolve("zi");
    return List.of("--remap", SAVED_ROOT + "=" + zi, "--env", "ML_ZI_ROOT=" + zi);
  }

  /** {@code first} followed by the example's resolution options. */
  static String[] withExample(String... first) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(exampleResolution());
    return all.toArray(String[]::new);
  }

  /** Packages the living-room example into {@code room}. */
  static Path packageExample(Path room) {
    Result r = run(withExample("package", LIVING_ROOM.toString(), room.toString(), "--threads", "2"));
    if (r.exit() != 0) {
      throw new AssertionError("packaging the example failed: " + r);
    }
    return room;
  }

  static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }

  /**
   * A zip that passes as a room up to its last entry, whose name climbs out of the target:
   * written by hand with java.util.zip, as an attacker would.
   */
  static Path hostileRoom(Path file, String evilName) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype = "application/vnd.appsim.room+zip".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("room.json"));
      zip.write("{}".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(evilName));
      zip.write("pwned".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Files.write(file, bytes.toByteArray());
    return file;
  }

  /** {@link #hostileRoom} as {@code evil.room} in {@code folder}, its path as text. */
  static String hostileRoomPath(Path folder) {
    try {
      return hostileRoom(folder.resolve("evil.room"), "../evil").toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A copy of the packaged example {@code room} with a byte flipped inside the stored (uncompressed)
   * PNG, so the zip still opens but its content lies.
   */
  static Path tamperWithStoredEntry(Path room, Path copy) throws IOException {
    byte[] bytes = Files.readAllBytes(room);
    byte[] png = Files.readAllBytes(EXAMPLE.resolve("zi/data/props/textures/brass-bump.png"));
    int at = indexOf(bytes, png);
    if (at < 0) {
      throw new AssertionError("the PNG is not stored verbatim in the room");
    }
    bytes[at + png.length / 2] ^= 0x5A;
    Files.write(copy, bytes);
    return copy;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** A session whose text breaks off in the middle of a node. */
  static Path truncatedSession(Path file) throws IOException {
    String text = Files.readString(MINIMAL);
    Files.writeString(file, text.substring(0, text.indexOf("\"kind\": \"light\"")));
    return file;
  }
}
