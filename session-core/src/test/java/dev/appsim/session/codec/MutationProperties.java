package dev.appsim.session.codec;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionException;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A simple fuzzer without Jazzer: random byte flips, insertions, deletions and truncations of
 * valid documents must be read, or fail with the library's own exception for bad input, never
 * another one and never its internal-error type.
 */
class MutationProperties {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  @Provide
  Arbitrary<SessionDocument> documents() {
    return Documents.documents(6);
  }

  @Property(tries = 400)
  void mutatedJsonGivesOnlyOurException(@ForAll("documents") SessionDocument doc, @ForAll long seed) {
    readMutated(CODEC.toBytes(doc, SessionFormat.JSON), new Random(seed));
  }

  @Property(tries = 400)
  void mutatedSmileGivesOnlyOurException(@ForAll("documents") SessionDocument doc, @ForAll long seed) {
    readMutated(CODEC.toBytes(doc, SessionFormat.SMILE), new Random(seed));
  }

  private static void readMutated(byte[] valid, Random random) {
    byte[] bytes = mutate(valid, random);
    try {
      CODEC.read(bytes);
    } catch (SessionException e) {
      // bad input is allowed to fail, with our exception for bad input only
      BadInputOutcome.require(e);
    }
    try {
      CODEC.read(new java.io.ByteArrayInputStream(bytes));
    } catch (SessionException e) {
      BadInputOutcome.require(e); // as above, through the streaming path
    } catch (java.io.IOException e) {
      throw new AssertionError("reading from memory cannot fail with I/O", e);
    }
  }

  static byte[] mutate(byte[] valid, Random random) {
    byte[] bytes = valid.clone();
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations && bytes.length > 0; m++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(4)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
        case 2 -> bytes = Arrays.copyOf(bytes, at);
        default -> {
          byte[] longer = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, longer, 0, at);
          longer[at] = (byte) "{}[],:\"0e-\\".charAt(random.nextInt(11));
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          bytes = longer;
        }
      }
    }
    return bytes;
  }
}
