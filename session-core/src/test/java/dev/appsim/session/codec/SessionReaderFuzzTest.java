package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Coverage-guided fuzzing of the session readers (docs/fuzzing.md). Plain {@code mvn test}
 * replays the committed inputs under {@code SessionReaderFuzzTestInputs/<method>/};
 * {@code JAZZER_FUZZ=1} mutates them. Only our own exception for bad input is an accepted outcome:
 * a {@link dev.appsim.session.model.SessionInternalException} (a bug of ours), any other exception
 * or Error, an out-of-memory or a timeout, is a finding.
 */
class SessionReaderFuzzTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  /** Seeds are JSON sessions; mutations reach the JSON reader and, via the sniffer, Smile. */
  @FuzzTest(maxDuration = "10m")
  void readJsonSession(byte[] input) {
    readSession(input);
  }

  /** Seeds are Smile sessions, so mutations mostly keep the Smile header and stay in that parser. */
  @FuzzTest(maxDuration = "10m")
  void readSmileSession(byte[] input) {
    readSession(input);
  }

  /** Geometry-cache sidecars (FORMAT 1.5), JSON and Smile seeds. */
  @FuzzTest(maxDuration = "10m")
  void readGeometryCache(byte[] input) {
    GeometryCache cache;
    try {
      cache = CODEC.readGeometryCache(input);
    } catch (SessionException e) {
      BadInputOutcome.require(e);
      return;
    }
    for (SessionFormat format : SessionFormat.values()) {
      assertEquals(cache, CODEC.readGeometryCache(sidecarBytes(cache, format)),
          "a sidecar read back from its own " + format + " copy differs");
    }
  }

  // A document that reads must write in both formats and read back equal.
  private static void readSession(byte[] input) {
    SessionDocument doc;
    try {
      doc = CODEC.read(input);
    } catch (SessionException e) {
      BadInputOutcome.require(e);
      return;
    }
    for (SessionFormat format : SessionFormat.values()) {
      assertEquals(doc, CODEC.read(CODEC.toBytes(doc, format)),
          "a session read back from its own " + format + " copy differs");
    }
  }

  private static byte[] sidecarBytes(GeometryCache cache, SessionFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      CODEC.writeGeometryCache(cache, out, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
