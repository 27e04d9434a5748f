package dev.appsim.session.testkit.jqwik.codec;

import dev.appsim.session.testkit.CodecsUnderTest;
import dev.appsim.session.testkit.SessionCodecUnderTest;
import dev.appsim.session.testkit.jqwik.SessionCodecContract;

/** The project's own codec passes the testkit's ready-made round-trip contract. */
class SmileRoundTripProperties extends SessionCodecContract {
  @Override
  protected SessionCodecUnderTest codec() {
    return CodecsUnderTest.smile();
  }
}
