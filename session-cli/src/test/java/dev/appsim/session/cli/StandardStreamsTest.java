package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.room.Room;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} as an input (standard input) or an output (standard output) file. */
class StandardStreamsTest {
  @TempDir static Path shared;
  static Path room;

  @TempDir Path tmp;
  final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

  @BeforeAll
  static void packageTheExample() {
    room = Cli.packageExample(shared.resolve("living-room.room"));
  }

  private CliContext piping(byte[] stdin) {
    return new CliContext(Cli.PIPED.environment(), false, 80, new ByteArrayInputStream(stdin), stdout);
  }

  @Test
  void validateReadsASessionFromStandardInput() throws Exception {
    Cli.Result r = Cli.run(piping(Files.readAllBytes(Cli.MINIMAL)), "validate", "-");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("standard input: valid session (format 1.0, 2 nodes, 0 file references)\n", r.out());
  }

  @Test
  void verifyAndInfoReadARoomFromStandardInputAndLeaveNoCopy() throws Exception {
    long before = copiesOfStdin();
    Cli.Result verify = Cli.run(piping(Files.readAllBytes(room)), "verify", "-", "--json");
    assertEquals(0, verify.exit(), verify::toString);
    assertEquals("-", Cli.json(verify.out()).get("file").asString());
    Cli.Result info = Cli.run(piping(Files.readAllBytes(room)), "info", "-");
    assertTrue(info.out().startsWith("Room      standard input (room format 1.0"), info.out());
    assertEquals(before, copiesOfStdin(), "the copy of standard input is deleted");
  }

  @Test
  void anErrorNamesStandardInput() {
    Cli.Result r = Cli.run(piping("{\"format\":".getBytes()), "info", "-");
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertTrue(r.err().startsWith("session info: standard input is not a readable session: "), r.err());
  }

  @Test
  void convertWritesSmileToStandardOutputAndNothingElse() throws Exception {
    Cli.Result r = Cli.run(piping(new byte[0]), "convert", Cli.MINIMAL.toString(), "-", "--to", "smile");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.out());
    assertEquals("", r.err());
    byte[] expected = SessionCodec.defaults().toBytes(SessionCodec.defaults().read(Cli.MINIMAL), SessionFormat.SMILE);
    assertArrayEquals(expected, stdout.toByteArray());
  }

  @Test
  void convertReadsStandardInputToo() throws Exception {
    Path out = tmp.resolve("out.session");
    Cli.Result r = Cli.run(piping(Files.readAllBytes(Cli.MINIMAL)), "convert", "-", out.toString(), "--to", "json");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Converted standard input to " + out + " (json, "), r.out());
  }

  @Test
  void packageWritesTheRoomToStandardOutput() throws Exception {
    Cli.Result r = Cli.run(piping(new byte[0]), Cli.withExample("package", Cli.LIVING_ROOM.toString(), "-"));
    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.out(), "standard output carries the room, and no summary");
    Path copy = Files.write(tmp.resolve("from-stdout.room"), stdout.toByteArray());
    try (Room opened = Room.open(copy)) {
      assertTrue(opened.verify().isIntact());
      assertEquals(12, opened.assetPaths().size());
    }
    try (Stream<Path> left = Files.list(Cli.EXAMPLE)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".appsim-scratch")), "no scratch left");
    }
  }

  @Test
  void packageToStandardOutputWithJsonIsAUsageError() {
    Cli.Result r = Cli.run(piping(new byte[0]), Cli.withExample("package", Cli.LIVING_ROOM.toString(), "-", "--json"));
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().startsWith("session package: --json and <out.room> '-' both need standard output;"), r.err());
  }

  @Test
  void unpackReadsARoomFromStandardInput() throws Exception {
    Path target = tmp.resolve("from-stdin");
    Cli.Result r = Cli.run(piping(Files.readAllBytes(room)), "unpack", "-", target.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(target.resolve("session.json") + "\n", r.out());
  }

  private static long copiesOfStdin() throws Exception {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("session-stdin-")).count();
    }
  }

}
