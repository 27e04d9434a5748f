package dev.appsim.session.testkit.jqwik.codec;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.testkit.CodecsUnderTest;
import dev.appsim.session.testkit.RoundTrips;
import dev.appsim.session.testkit.jqwik.SessionArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Big, deep and nasty documents survive JSON and both Smile encodings. */
class LargeDocumentRoundTripProperties {
  @Property(tries = 15)
  void json(@ForAll("large") SessionDocument doc) {
    RoundTrips.check(CodecsUnderTest.json(), doc);
    RoundTrips.checkStableBytes(CodecsUnderTest.json(), doc);
  }

  @Property(tries = 15)
  void smile(@ForAll("large") SessionDocument doc) {
    RoundTrips.check(CodecsUnderTest.smile(), doc);
    RoundTrips.check(CodecsUnderTest.smileWithNumberArrays(), doc);
  }

  @Provide
  Arbitrary<SessionDocument> large() {
    return SessionArbitraries.documents().withNodes(10, 40).withVertices(100, 5_000).withExtensionDepth(3).nasty();
  }
}
