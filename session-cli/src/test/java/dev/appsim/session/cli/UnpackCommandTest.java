package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.codec.Sessions;
import dev.appsim.session.model.AssetRef;
import dev.appsim.session.model.SessionDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackCommandTest {
  @TempDir static Path shared;
  static Path room;

  @TempDir Path tmp;

  @BeforeAll
  static void packageTheExample() {
    room = Cli.packageExample(shared.resolve("living-room.room"));
  }

  @Test
  void unpacksAndPrintsTheSessionWithAbsolutePaths() throws Exception {
    Path target = tmp.resolve("out");
    Cli.Result r = Cli.run("unpack", room.toString(), target.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(target.resolve("session.json") + "\n", r.out());
    assertEquals("", r.err());
    SessionDocument session = Sessions.read(target.resolve("session.json"));
    assertEquals(6, session.assetRefs().size());
    for (AssetRef ref : session.assetRefs()) {
      Path file = Path.of(ref.path());
      assertTrue(file.isAbsolute(), ref::toString);
      assertTrue(Files.isRegularFile(file), ref::toString);
      assertTrue(file.startsWith(target.toAbsolutePath()), ref::toString);
    }
  }

  @Test
  void relativeKeepsTheFolderMovable() throws Exception {
    Path target = tmp.resolve("movable");
    Cli.Result r = Cli.run("unpack", room.toString(), target.toString(), "--relative");
    assertEquals(0, r.exit(), r::toString);
    SessionDocument session = Sessions.read(target.resolve("session.json"));
    for (AssetRef ref : session.assetRefs()) {
      assertTrue(ref.path().startsWith("assets/"), ref::toString);
    }
  }

  @Test
  void showsAProgressBarOnATerminal() {
    Cli.Result r = Cli.run(new CliContext(Map.of(), true), "unpack", room.toString(), tmp.resolve("t").toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().startsWith("\rUnpacking ["), r.err());
    String last = r.err().substring(r.err().lastIndexOf('\r') + 1);
    assertTrue(last.matches(" *"), "the bar is erased at the end: " + last);
    assertTrue(r.err().contains("] 12/13 files  "), "counts the room's files, as info does: " + r.err());
    assertFalse(r.err().contains("\n"), "no new line: " + r.err());
  }

  @Test
  void showsNothingOnStderrWhenNotOnATerminal() {
    Cli.Result r = Cli.run(new CliContext(Map.of(), false), "unpack", room.toString(), tmp.resolve("p").toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void refusesAHostileRoomAndWritesNothing() throws Exception {
    Path hostile = Cli.hostileRoom(tmp.resolve("evil.room"), "../evil");
    Path target = tmp.resolve("victim").resolve("out");
    Files.createDirectories(target.getParent());
    Cli.Result r = Cli.run("unpack", hostile.toString(), target.toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertTrue(r.err().startsWith("session unpack: " + hostile + " is not a safe room at entry \"../evil\": "), r.err());
    assertTrue(r.err().endsWith("; nothing was written, do not unpack it with other tools and ask for it to be packaged"
        + " again\n"), r.err());
    assertFalse(Files.exists(target));
    assertFalse(Files.exists(tmp.resolve("victim").resolve("evil")));
    assertFalse(Files.exists(tmp.resolve("evil")));
    assertEquals("", r.out());
  }

  @Test
  void refusesANonEmptyTarget() throws Exception {
    Path target = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(target.resolve("keep.txt"), "mine");
    Cli.Result r = Cli.run("unpack", room.toString(), target.toString());
    assertEquals(ExitCode.FAILURE, r.exit(), r::toString);
    assertEquals("session unpack: " + target + " already exists and is not an empty folder; choose a new or empty"
        + " folder\n", r.err());
    assertEquals("mine", Files.readString(target.resolve("keep.txt")));
  }

  @Test
  void aSessionIsNotARoom() {
    Cli.Result r = Cli.run("unpack", Cli.MINIMAL.toString(), tmp.resolve("x").toString());
    assertEquals(ExitCode.INVALID, r.exit(), r::toString);
    assertTrue(r.err().startsWith("session unpack: " + Cli.MINIMAL + " is not a safe room: "), r.err());
  }

  @Test
  void aFileSystemRootAsTargetIsAUsageError() throws Exception {
    Path root = tmp.toAbsolutePath().getRoot();
    Cli.Result r = Cli.run("unpack", room.toString(), root.toString());
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    assertEquals("session unpack: <dir> (" + root + ") is a file system root; give a new or empty folder to unpack"
        + " into; run 'session unpack --help' for usage.\n", r.err());
    assertEquals("", r.out());
  }
}
