package dev.appsim.session.testkit;

import dev.appsim.session.model.SessionDocument;
import java.io.IOException;

/**
 * A codec or tool whose round trip {@link RoundTrips} (and, in {@code session-testkit-jqwik},
 * {@code SessionCodecContract}) check: implement it over your own writer and reader.
 *
 * <pre>{@code
 * SessionCodecUnderTest mine = new SessionCodecUnderTest() {
 *   public String name() { return "my exporter"; }
 *   public byte[] write(SessionDocument doc) throws IOException { return MyExporter.toBytes(doc); }
 *   public SessionDocument read(byte[] bytes) throws IOException { return MyImporter.fromBytes(bytes); }
 * };
 * }</pre>
 */
public interface SessionCodecUnderTest {
  /** Shown in failure messages; defaults to the simple class name (the full name for anonymous classes). */
  default String name() {
    String simple = getClass().getSimpleName();
    return simple.isEmpty() ? getClass().getName() : simple;
  }

  byte[] write(SessionDocument doc) throws IOException;

  SessionDocument read(byte[] bytes) throws IOException;
}
