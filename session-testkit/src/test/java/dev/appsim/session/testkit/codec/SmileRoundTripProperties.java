package dev.appsim.session.testkit.codec;

import dev.appsim.session.testkit.CodecsUnderTest;
import dev.appsim.session.testkit.SessionCodecContract;
import dev.appsim.session.testkit.SessionCodecUnderTest;

/** The project's own codec passes the testkit's ready-made round-trip contract. */
class SmileRoundTripProperties extends SessionCodecContract {
  @Override
  protected SessionCodecUnderTest codec() {
    return CodecsUnderTest.smile();
  }
}
