package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.testkit.RoundTrips;
import dev.appsim.session.testkit.SessionCodecUnderTest;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round-trip properties over deliberately broken codecs, run by {@link BrokenCodecTest} through
 * the JUnit launcher. Not named like a test class, so Surefire does not run them.
 */
class BrokenCodecFixtures {
  @Property(seed = "7")
  void roundingCodecKeepsDocuments(@ForAll("documents") SessionDocument doc) {
    RoundTrips.check(CodecDoubles.roundingPositions(), doc);
  }

  @Property(seed = "7")
  void droppingCodecKeepsDocuments(@ForAll("documents") SessionDocument doc) {
    RoundTrips.check(CodecDoubles.droppingExtensions(), doc);
  }

  @Provide
  Arbitrary<SessionDocument> documents() {
    return SessionArbitraries.documents().withNodes(0, 20);
  }

  /** The ready-made contract pointed at a codec that forgets unknown members. */
  static class DroppingCodecContract extends SessionCodecContract {
    @Override
    protected SessionCodecUnderTest codec() {
      return CodecDoubles.droppingExtensions();
    }
  }
}
