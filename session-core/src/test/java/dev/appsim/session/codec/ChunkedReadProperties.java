package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.model.SessionDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The byte checks that run ahead of the parser (UTF-8, Smile token walk) accept every document
 * our writers produce, however the stream splits it into reads: a sequence or token cut between
 * two reads must not look malformed.
 */
class ChunkedReadProperties {
  private static final SessionCodec CODEC = SessionCodec.defaults();
  private static final SessionCodec NUMBER_ARRAYS =
      SessionCodec.builder().smileArrayEncoding(SmileArrayEncoding.NUMBERS).build();

  @Provide
  Arbitrary<SessionDocument> documents() {
    return Documents.documents(6);
  }

  @Property(tries = 200)
  void jsonReadInRandomChunksReadsBackEqual(@ForAll("documents") SessionDocument doc, @ForAll long seed)
      throws IOException {
    assertEquals(doc, CODEC.read(chunked(CODEC.toBytes(doc, SessionFormat.JSON), new Random(seed))));
  }

  @Property(tries = 200)
  void smileReadInRandomChunksReadsBackEqual(@ForAll("documents") SessionDocument doc, @ForAll long seed)
      throws IOException {
    assertEquals(doc, CODEC.read(chunked(CODEC.toBytes(doc, SessionFormat.SMILE), new Random(seed))));
    assertEquals(doc, CODEC.read(chunked(NUMBER_ARRAYS.toBytes(doc, SessionFormat.SMILE), new Random(seed))));
  }

  // Reads of 1 to 16 bytes, chosen at random.
  private static InputStream chunked(byte[] bytes, Random random) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(16)));
      }
    };
  }
}
