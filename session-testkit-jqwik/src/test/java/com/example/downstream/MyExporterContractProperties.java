package com.example.downstream;

import dev.appsim.session.testkit.SessionCodecUnderTest;
import dev.appsim.session.testkit.jqwik.DocumentArbitrary;
import dev.appsim.session.testkit.jqwik.SessionArbitraries;
import dev.appsim.session.testkit.jqwik.SessionCodecContract;

/** A downstream project runs the testkit's round-trip contract against its own tool. */
class MyExporterContractProperties extends SessionCodecContract {
  @Override
  protected SessionCodecUnderTest codec() {
    return new MyExporter();
  }

  @Override
  protected DocumentArbitrary documents() {
    return SessionArbitraries.documents().withNodes(0, 20).withVertices(0, 500);
  }
}
