package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.appsim.session.model.SessionDocument;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodecProperties {
  private static final SessionCodec CODEC = SessionCodec.defaults();
  private static final SessionCodec SMILE_NUMBERS =
      SessionCodec.builder().smileArrayEncoding(SmileArrayEncoding.NUMBERS).build();

  @Provide
  Arbitrary<SessionDocument> documents() {
    return Documents.documents();
  }

  @Group
  class RoundTrip {
    @Property(tries = 300)
    void jsonReadsBackEqual(@ForAll("documents") SessionDocument doc) {
      assertEquals(doc, CODEC.read(CODEC.toBytes(doc, SessionFormat.JSON)));
    }

    @Property(tries = 300)
    void smileWithBinaryArraysReadsBackEqual(@ForAll("documents") SessionDocument doc) {
      assertEquals(doc, CODEC.read(CODEC.toBytes(doc, SessionFormat.SMILE)));
    }

    @Property(tries = 200)
    void smileWithNumberArraysReadsBackEqual(@ForAll("documents") SessionDocument doc) {
      assertEquals(doc, CODEC.read(SMILE_NUMBERS.toBytes(doc, SessionFormat.SMILE)));
    }

    @Property(tries = 10)
    void largeMeshesReadBackEqual(@ForAll("largeMeshes") SessionDocument doc) {
      assertEquals(doc, CODEC.read(CODEC.toBytes(doc, SessionFormat.SMILE)));
      assertEquals(doc, CODEC.read(CODEC.toBytes(doc, SessionFormat.JSON)));
    }

    @Provide
    Arbitrary<SessionDocument> largeMeshes() {
      return Documents.documents(30_000);
    }
  }

  @Group
  class CanonicalBytes {
    @Property(tries = 200)
    void jsonRewriteIsByteIdentical(@ForAll("documents") SessionDocument doc) {
      byte[] first = CODEC.toBytes(doc, SessionFormat.JSON);
      assertArrayEquals(first, CODEC.toBytes(CODEC.read(first), SessionFormat.JSON));
    }

    @Property(tries = 200)
    void jsonThroughSmileGivesTheSameJson(@ForAll("documents") SessionDocument doc) {
      byte[] json = CODEC.toBytes(doc, SessionFormat.JSON);
      byte[] smile = CODEC.toBytes(CODEC.read(json), SessionFormat.SMILE);
      assertArrayEquals(json, CODEC.toBytes(CODEC.read(smile), SessionFormat.JSON));
    }

    @Property(tries = 100)
    void smileRewriteIsByteIdentical(@ForAll("documents") SessionDocument doc) {
      byte[] first = CODEC.toBytes(doc, SessionFormat.SMILE);
      assertArrayEquals(first, CODEC.toBytes(CODEC.read(first), SessionFormat.SMILE));
    }
  }
}
