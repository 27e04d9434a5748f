package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.testkit.RoundTrips;
import dev.appsim.session.testkit.SessionCodecUnderTest;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Ready-made round-trip properties: extend it, return your codec, and the build runs them.
 *
 * <pre>{@code
 * class MyCodecContractProperties extends SessionCodecContract {
 *   @Override
 *   protected SessionCodecUnderTest codec() {
 *     return new MyCodec();
 *   }
 *
 *   @Override  // optional: other sizes, or withoutExtensions() for a tool that drops them
 *   protected DocumentArbitrary documents() {
 *     return SessionArbitraries.documents().withNodes(0, 50);
 *   }
 * }
 * }</pre>
 */
public abstract class SessionCodecContract {
  /** For subclasses, which name the codec under test. */
  protected SessionCodecContract() {}

  /**
   * The codec under test; called once per try, so it may return a fresh instance.
   *
   * @return the codec
   */
  protected abstract SessionCodecUnderTest codec();

  /**
   * The documents to try; plain values with default sizes unless overridden.
   *
   * @return the arbitrary the properties draw from
   */
  protected DocumentArbitrary documents() {
    return SessionArbitraries.documents();
  }

  @Property(tries = 200)
  void roundTripKeepsTheDocument(@ForAll("contractDocuments") SessionDocument doc) {
    RoundTrips.check(codec(), doc);
  }

  @Property(tries = 100)
  void roundTripKeepsNastyDocuments(@ForAll("contractNastyDocuments") SessionDocument doc) {
    RoundTrips.check(codec(), doc);
  }

  @Property(tries = 100)
  void writingIsDeterministicAndStable(@ForAll("contractDocuments") SessionDocument doc) {
    RoundTrips.checkStableBytes(codec(), doc);
  }

  @Provide
  Arbitrary<SessionDocument> contractDocuments() {
    return documents();
  }

  @Provide
  Arbitrary<SessionDocument> contractNastyDocuments() {
    return documents().nasty();
  }
}
