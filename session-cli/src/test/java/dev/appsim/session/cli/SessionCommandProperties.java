package dev.appsim.session.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile bytes never make the command fail in an unplanned way: whatever a file holds, the exit
 * status is one of the documented ones for bad input and stderr is one sentence, never a stack
 * trace or an "unexpected" failure.
 */
class SessionCommandProperties {
  private static Path dir;
  private static byte[] room;
  private static byte[] session;

  @BeforeContainer
  static void packageTheExample() throws IOException {
    dir = Files.createTempDirectory("session-cli-properties");
    room = Files.readAllBytes(Cli.packageExample(dir.resolve("living-room.room")));
    session = Files.readAllBytes(Cli.MINIMAL);
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property(tries = 40)
  void aDamagedRoomIsRefusedOrReportedNeverACrash(@ForAll("damagedRooms") byte[] bytes) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "damaged", ".room"), bytes);
    Cli.Result verify = Cli.run("verify", file.toString());
    assertTrue(Set.of(0, 3, 5).contains(verify.exit()), verify::toString);
    assertOneSentence(verify);
    Cli.Result info = Cli.run("info", file.toString(), "--json");
    assertTrue(Set.of(0, 3, 5).contains(info.exit()), info::toString);
    assertOneSentence(info);
    Path target = dir.resolve("out-" + file.getFileName());
    Cli.Result unpack = Cli.run("unpack", file.toString(), target.toString());
    assertTrue(Set.of(0, 3, 5).contains(unpack.exit()), unpack::toString);
    assertOneSentence(unpack);
    if (unpack.exit() != 0) {
      assertFalse(Files.exists(target), "a failed unpack leaves nothing behind");
    }
  }

  @Property(tries = 60)
  void aDamagedSessionIsInvalidNeverACrash(@ForAll("damagedSessions") byte[] bytes) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "damaged", ".session"), bytes);
    Cli.Result validate = Cli.run("validate", file.toString());
    assertTrue(Set.of(0, 3).contains(validate.exit()), validate::toString);
    assertOneSentence(validate);
    Cli.Result info = Cli.run("info", file.toString());
    assertEquals(validate.exit(), info.exit(), () -> "validate and info agree\n" + validate + "\n" + info);
    assertOneSentence(info);
  }

  @Provide
  Arbitrary<byte[]> damagedRooms() {
    return Arbitraries.integers().between(0, room.length - 1).list().ofMinSize(1).ofMaxSize(4)
        .flatMap(positions -> Arbitraries.integers().between(1, 255).list().ofSize(positions.size())
            .map(deltas -> flip(room, positions, deltas)));
  }

  @Provide
  Arbitrary<byte[]> damagedSessions() {
    Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, session.length - 1).list().ofMinSize(1).ofMaxSize(3)
        .flatMap(positions -> Arbitraries.integers().between(1, 255).list().ofSize(positions.size())
            .map(deltas -> flip(session, positions, deltas)));
    Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, session.length - 1)
        .map(n -> java.util.Arrays.copyOf(session, n));
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    return Arbitraries.oneOf(flipped, truncated, noise);
  }

  private static byte[] flip(byte[] original, List<Integer> positions, List<Integer> deltas) {
    byte[] copy = original.clone();
    for (int i = 0; i < positions.size(); i++) {
      copy[positions.get(i)] ^= deltas.get(i).byteValue();
    }
    return copy;
  }

  private static void assertOneSentence(Cli.Result r) {
    assertFalse(r.err().contains("\tat "), r::toString);
    assertFalse(r.err().contains("unexpected"), r::toString);
    assertTrue(r.err().lines().count() <= 1, r::toString);
  }
}
