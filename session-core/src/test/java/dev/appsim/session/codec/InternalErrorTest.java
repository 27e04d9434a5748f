package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.codec.internal.JacksonFactories;
import dev.appsim.session.model.SessionException;
import dev.appsim.session.model.SessionInternalException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.JsonParserDelegate;
import org.junit.jupiter.api.Test;

/**
 * A failure of our own code while reading is a {@link SessionInternalException}, not a format
 * error: fuzzers and users can tell a bug from bad input (issue 10, item 10). Both are of the
 * {@link SessionException} family, so no raw runtime exception escapes.
 */
class InternalErrorTest {
  private static final String SESSION = "{\"format\":\"appsim.session\",\"formatVersion\":\"1.0\","
      + "\"metadata\":{\"name\":\"n\"},\"scene\":{\"nodes\":[]}}";

  /** A parser that fails with {@code failure} on its 8th token, inside {@code metadata}. */
  private static JsonParser failingAtEighthToken(RuntimeException failure) {
    JsonParser real = JacksonFactories.json(ReadLimits.defaults())
        .createParser(ObjectReadContext.empty(), SESSION.getBytes(StandardCharsets.UTF_8));
    return new JsonParserDelegate(real) {
      private int tokens;

      @Override
      public JsonToken nextToken() {
        if (++tokens == 8) {
          throw failure;
        }
        return super.nextToken();
      }
    };
  }

  @Test
  void aRuntimeExceptionInsideAReaderIsAnInternalError() {
    NullPointerException bug = new NullPointerException("boom");
    SessionInternalException e = assertThrows(SessionInternalException.class,
        () -> SessionCodec.defaults().readFrom(failingAtEighthToken(bug)));
    assertEquals("internal error while reading a JSON session at /metadata: java.lang.NullPointerException: boom;"
        + " this is a bug in appsim-session, please report it with the input", e.getMessage());
    assertEquals("/metadata", e.location());
    assertSame(bug, e.getCause());
    assertInstanceOf(SessionException.class, e);
  }

  @Test
  void aParserFailureIsStillAFormatError() {
    JsonParser parser = failingAtEighthToken(new StreamReadException(null, "Unexpected character"));
    SessionFormatException e = assertThrows(SessionFormatException.class,
        () -> SessionCodec.defaults().readFrom(parser));
    assertEquals("/metadata: Unexpected character", e.getMessage());
  }

  @Test
  void anInternalErrorWithoutALocationSaysSo() {
    IllegalStateException bug = new IllegalStateException("state");
    assertEquals("internal error while writing: java.lang.IllegalStateException: state; this is a bug in"
        + " appsim-session, please report it with the input", new SessionInternalException("", "writing", bug).getMessage());
  }
}
