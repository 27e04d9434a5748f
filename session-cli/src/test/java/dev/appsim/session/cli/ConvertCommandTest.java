package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.SessionFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path tmp;

  @Test
  void jsonToSmileAndBackGivesTheCanonicalBytes() throws Exception {
    Path smile = tmp.resolve("living-room.smile.session");
    Cli.Result r = Cli.run("convert", Cli.LIVING_ROOM.toString(), smile.toString(), "--to", "smile");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("Converted " + Cli.LIVING_ROOM + " to " + smile + " (smile, "), r.out());
    byte[] head = Files.readAllBytes(smile);
    assertEquals(SessionFormat.SMILE, SessionFormat.detect(head, Math.min(head.length, 64)));

    Path json = tmp.resolve("back.session");
    Cli.Result back = Cli.run("convert", smile.toString(), json.toString(), "--to", "JSON");
    assertEquals(0, back.exit(), back::toString);
    assertArrayEquals(Files.readAllBytes(Cli.LIVING_ROOM), Files.readAllBytes(json),
        "the example is canonical JSON, so the round trip gives its bytes back");
  }

  @Test
  void theTargetEncodingIsRequired() {
    Cli.Result r = Cli.run("convert", Cli.MINIMAL.toString(), tmp.resolve("x").toString());
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session convert: Missing required option: '--to=json|smile'; run 'session convert --help' for usage.\n",
        r.err());
  }

  @Test
  void anUnknownEncodingIsAUsageError() {
    Cli.Result r = Cli.run("convert", Cli.MINIMAL.toString(), tmp.resolve("x").toString(), "--to", "xml");
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals("session convert: Invalid value for option '--to': expected one of [JSON, SMILE] (case-insensitive)"
        + " but was 'xml'; run 'session convert --help' for usage.\n", r.err());
  }

  @Test
  void aRoomIsNotConverted(@TempDir Path dir) {
    Path room = Cli.packageExample(dir.resolve("x.room"));
    Path out = tmp.resolve("x.session");
    Cli.Result r = Cli.run("convert", room.toString(), out.toString(), "--to", "json");
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertEquals("session convert: " + room + " is not a readable session: /: it is a room archive, not a session;"
        + " unpack it first with 'session unpack'; check that it is a .session file and that it is complete\n", r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aCorruptSessionLeavesNoOutput() throws Exception {
    Path broken = Cli.truncatedSession(tmp.resolve("broken.session"));
    Path out = tmp.resolve("out.session");
    Cli.Result r = Cli.run("convert", broken.toString(), out.toString(), "--to", "smile");
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertFalse(Files.exists(out));
  }

  @Test
  void aFifoAsOutputIsRefusedAndLeftAlone() throws Exception {
    Path fifo = tmp.resolve("out.session");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    Cli.Result r = Cli.run("convert", Cli.MINIMAL.toString(), fifo.toString(), "--to", "json");
    assertEquals(ExitCode.FAILURE, r.exit(), r::toString);
    assertEquals("session convert: " + fifo + ": is a FIFO, not a regular file; a save replaces only regular files;"
        + " give the path of a regular file, or of one to create\n", r.err());
    assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther());
  }
}
