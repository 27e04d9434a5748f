package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.model.SessionValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bytes in memory take shortcuts a stream cannot: {@link SessionCodec#read(byte[])} parses clean
 * bytes in place, and {@link SessionCodec#toBytes} counts a Smile document's size before writing
 * it into an array of that size. Neither may change what a caller sees: the same bytes as
 * {@link SessionCodec#write(SessionDocument, java.io.OutputStream, SessionFormat)}, and the same
 * document, or a failure of the same kind at the same place, as reading the bytes as a stream.
 * A file is read as a stream, with each binary array's length known ahead (BinaryLengths).
 */
class InPlaceReadProperties {
  private static final SessionCodec CODEC = SessionCodec.defaults();
  private static final SessionCodec NUMBER_ARRAYS =
      SessionCodec.builder().smileArrayEncoding(SmileArrayEncoding.NUMBERS).build();

  @Provide
  Arbitrary<SessionDocument> documents() {
    return Documents.documents(6);
  }

  @Property(tries = 200)
  void toBytesEqualsTheStreamedEncoding(@ForAll("documents") SessionDocument doc) throws IOException {
    for (SessionCodec codec : new SessionCodec[] {CODEC, NUMBER_ARRAYS}) {
      for (SessionFormat format : SessionFormat.values()) {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        codec.write(doc, streamed, format);
        assertArrayEquals(streamed.toByteArray(), codec.toBytes(doc, format), format + " of " + codec.smileArrayEncoding());
      }
    }
  }

  @Property(tries = 100)
  void aFileReadsAsItsBytes(@ForAll("documents") SessionDocument doc) throws IOException {
    Path file = Files.createTempFile("in-place-", ".session");
    try {
      for (SessionFormat format : SessionFormat.values()) {
        Files.write(file, CODEC.toBytes(doc, format));
        assertEquals(doc, CODEC.read(file), format.toString());
      }
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 400)
  void inPlaceAndStreamedReadsAgreeOnMutatedJson(@ForAll("documents") SessionDocument doc, @ForAll long seed) {
    byte[] bytes = MutationProperties.mutate(CODEC.toBytes(doc, SessionFormat.JSON), new Random(seed));
    assertEquals(streamedOutcome(bytes), inPlaceOutcome(bytes));
  }

  @Property(tries = 400)
  void inPlaceAndStreamedReadsAgreeOnMutatedSmile(@ForAll("documents") SessionDocument doc, @ForAll long seed) {
    byte[] bytes = MutationProperties.mutate(CODEC.toBytes(doc, SessionFormat.SMILE), new Random(seed));
    assertEquals(streamedOutcome(bytes), inPlaceOutcome(bytes));
  }

  private static String inPlaceOutcome(byte[] bytes) {
    try {
      return "read " + CODEC.read(bytes);
    } catch (SessionException e) {
      return outcome(e);
    }
  }

  private static String streamedOutcome(byte[] bytes) {
    try {
      return "read " + CODEC.read(new ByteArrayInputStream(bytes));
    } catch (SessionException e) {
      return outcome(e);
    } catch (IOException e) {
      throw new AssertionError("reading from memory cannot fail with I/O", e);
    }
  }

  // Jackson may word the same failure differently for the two sources (see MalformedInputTest):
  // the kind of failure and where it is must agree, and for rule violations the whole list.
  private static String outcome(SessionException e) {
    if (e instanceof SessionFormatException format) {
      return e.getClass().getSimpleName() + " at " + format.pointer() + " byte " + format.byteOffset()
          + " line " + format.line() + " column " + format.column();
    }
    if (e instanceof SessionValidationException invalid) {
      return "invalid: " + invalid.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
