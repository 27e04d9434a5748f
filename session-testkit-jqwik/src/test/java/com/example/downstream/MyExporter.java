package com.example.downstream;

import dev.appsim.session.codec.SessionCodec;
import dev.appsim.session.codec.SessionFormat;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.testkit.SessionCodecUnderTest;

/** Stands for a downstream tool that saves and loads sessions; here it delegates to the library's codec. */
final class MyExporter implements SessionCodecUnderTest {
  private final SessionCodec codec = SessionCodec.defaults();

  @Override
  public String name() {
    return "my exporter";
  }

  @Override
  public byte[] write(SessionDocument doc) {
    return codec.toBytes(doc, SessionFormat.SMILE);
  }

  @Override
  public SessionDocument read(byte[] bytes) {
    return codec.read(bytes);
  }
}
