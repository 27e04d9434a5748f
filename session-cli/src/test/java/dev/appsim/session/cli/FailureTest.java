package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.codec.SessionFormatException;
import dev.appsim.session.codec.UnsupportedVersionException;
import dev.appsim.session.model.FormatVersion;
import dev.appsim.session.model.SessionValidationException;
import dev.appsim.session.model.Violation;
import dev.appsim.session.room.asset.AssetFormatException;
import dev.appsim.session.room.error.IntegrityException;
import dev.appsim.session.room.error.UnsafeArchiveException;
import dev.appsim.session.room.path.PathSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureTest {
  @Test
  void integrityProblemsExitWith5AndNameTheEntry() {
    Failure f = Failure.of(new IntegrityException("assets/sofa.bin", "2 integrity problems:\n  assets/sofa.bin: size\n"
        + "  assets/x.png: missing"), "a.room");
    assertEquals(ExitCode.INTEGRITY, f.exitCode());
    assertEquals("a.room failed its integrity check at entry \"assets/sofa.bin\": 2 integrity problems: assets/sofa.bin:"
        + " size; assets/x.png: missing; the file is damaged or was changed after packaging, get a fresh copy", f.message());
  }

  @Test
  void unsafeArchivesExitWith3() {
    Failure f = Failure.of(new UnsafeArchiveException("../evil", "entry name leaves the target"), "a.room");
    assertEquals(ExitCode.INVALID, f.exitCode());
    assertEquals("a.room is not a safe room at entry \"../evil\": entry name leaves the target; nothing was written,"
        + " do not unpack it with other tools and ask for it to be packaged again", f.message());
  }

  @Test
  void malformedAssetsExitWith3WithTheirLocation() {
    Failure f = Failure.of(new AssetFormatException("/x/chair.gltf:/buffers/0/uri", "uri is a number"), "a.session");
    assertEquals(ExitCode.INVALID, f.exitCode());
    assertEquals("an asset referenced by a.session is malformed at /x/chair.gltf:/buffers/0/uri: uri is a number;"
        + " fix or replace that file", f.message());
  }

  @Test
  void badPathsExitWith3() {
    Failure f = Failure.of(new PathSyntaxException("C:x", "drive-relative paths are not supported"), "a.session");
    assertEquals(ExitCode.INVALID, f.exitCode());
    assertEquals("a path in a.session cannot be parsed (\"C:x\"): drive-relative paths are not supported;"
        + " correct the path in the file", f.message());
  }

  @Test
  void invalidSessionsNameTheFirstViolationAndTheCount() {
    Failure f = Failure.of(new SessionValidationException(List.of(new Violation("/scene/nodes/4/parent",
        "unknown node \"lamp-7\""), new Violation("/scene/nodes/5/id", "duplicate"))), "a.session");
    assertEquals(ExitCode.INVALID, f.exitCode());
    assertEquals("a.session is not a valid session: 2 violations, first /scene/nodes/4/parent: unknown node \"lamp-7\";"
        + " run 'session validate a.session' to list them all", f.message());
  }

  @Test
  void newerMajorVersionsNameBothVersions() {
    Failure f = Failure.of(new UnsupportedVersionException(new FormatVersion(2, 0), FormatVersion.CURRENT,
        "format 2.0 is newer than 1.0, the newest this library reads; upgrade the library"), "a.session");
    assertEquals(ExitCode.INVALID, f.exitCode());
    assertEquals("a.session is not a readable session: /formatVersion: format 2.0 is newer than 1.0, the newest this"
        + " library reads; upgrade the library; check that it is a .session file and that it is complete", f.message());
  }

  @Test
  void syntaxErrorsCarryPointerLineAndColumn() {
    Failure f = Failure.of(new SessionFormatException("/scene", "expected an object", 3, 12, 40, null), "a.session");
    assertEquals(ExitCode.INVALID, f.exitCode());
    assertEquals("a.session is not a readable session: /scene (line 3, column 12): expected an object; check that it"
        + " is a .session file and that it is complete", f.message());
  }

  @Test
  void anInternalErrorAsksForABugReportNotForAnotherInput() {
    Failure f = Failure.of(new dev.appsim.session.model.SessionInternalException("/scene", "reading a JSON session",
        new NullPointerException("boom")), "a.session");
    assertEquals(new Failure(ExitCode.FAILURE, "internal error while reading a JSON session at /scene:"
        + " java.lang.NullPointerException: boom; this is a bug in appsim-session, please report it with the input;"
        + " rerun with --verbose and report the stack trace", List.of()), f);
  }

  @Test
  void ioFailuresExitWith1() {
    assertEquals(new Failure(ExitCode.FAILURE, "cannot find /x/a.session; check the path", List.of()),
        Failure.of(new NoSuchFileException("/x/a.session"), "a.session"));
    assertEquals(new Failure(ExitCode.FAILURE, "permission denied for /x/a.room; check its permissions", List.of()),
        Failure.of(new UncheckedIOException(new AccessDeniedException("/x/a.room")), "a.room"));
    assertEquals(new Failure(ExitCode.FAILURE, "cannot access /x: No space left on device; check the path,"
        + " permissions and free space", List.of()),
        Failure.of(new FileSystemException("/x", null, "No space left on device"), "a.room"));
    assertEquals(new Failure(ExitCode.FAILURE, "I/O failure while working on a.room: disk on fire; check the path,"
        + " permissions and free space", List.of()), Failure.of(new IOException("disk on fire"), "a.room"));
  }

  @Test
  void anythingElseIsAnUnexpectedFailureAskingForVerbose() {
    Failure f = Failure.of(new IllegalStateException("boom"), "");
    assertEquals(ExitCode.FAILURE, f.exitCode());
    assertEquals("unexpected java.lang.IllegalStateException while working on the input: boom; rerun with --verbose"
        + " and report the stack trace", f.message());
  }

  @Test
  void longMessagesAreCut() {
    String flat = Failure.flatten("x".repeat(2000));
    assertEquals(603, flat.length());
  }

  @Test
  void aMissingClassBlamesTheInstallationNotTheInput() {
    Failure f = Failure.of(new NoClassDefFoundError("tools/jackson/core/JsonParser"), "a.session");
    assertEquals(ExitCode.FAILURE, f.exitCode());
    assertEquals("cannot work on a.session: this installation is incomplete or mixes versions (NoClassDefFoundError:"
        + " tools/jackson/core/JsonParser); reinstall the command, or put every jar of one release on the class or"
        + " module path", f.message());
  }
}
