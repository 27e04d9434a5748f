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
  /**
   * {@return the name shown in failure messages; by default the simple class name (the full name
   * for anonymous classes)}
   */
  default String name() {
    String simple = getClass().getSimpleName();
    return simple.isEmpty() ? getClass().getName() : simple;
  }

  /**
   * Encodes a document as the tool under test would save it.
   *
   * @param doc the document
   * @return the bytes written
   * @throws IOException if the tool fails to write
   */
  byte[] write(SessionDocument doc) throws IOException;

  /**
   * Decodes bytes as the tool under test would load them.
   *
   * @param bytes what {@link #write} gave, or another tool's output
   * @return the document read
   * @throws IOException if the tool fails to read
   */
  SessionDocument read(byte[] bytes) throws IOException;
}
