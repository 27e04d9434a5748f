package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.testkit.SessionCodecUnderTest;

/** The ready-made contract passes for a lossless codec, so its failures above are the codecs' fault. */
class InMemoryCodecContractProperties extends SessionCodecContract {
  @Override
  protected SessionCodecUnderTest codec() {
    return new CodecDoubles.InMemory();
  }
}
