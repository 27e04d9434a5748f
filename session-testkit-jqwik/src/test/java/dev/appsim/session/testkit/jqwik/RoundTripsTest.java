package dev.appsim.session.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.GroupNode;
import dev.appsim.session.model.Metadata;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Transform;
import dev.appsim.session.testkit.RoundTrips;
import dev.appsim.session.testkit.SessionCodecUnderTest;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RoundTripsTest {
  private static final SessionDocument ROOM = SessionDocument.builder()
      .metadata(Metadata.named("Room"))
      .scene(SceneGraph.of(GroupNode.root("room"), GroupNode.of("table", "room").withTransform(
          Transform.translation(0.1, 0.75, -2))))
      .extensions(Extensions.EMPTY.with("X-editor", "zi 1.6"))
      .build();

  private static final String RENDERED = """
      document:
        /formatVersion = "1.0"
        /metadata/name = "Room"
        /metadata/properties = {}
        /scene/nodes/0/id = "room"
        /scene/nodes/0/kind = "group"
        /scene/nodes/0/visible = true
        /scene/nodes/0/transform/position = [0.0, 0.0, 0.0]
        /scene/nodes/0/transform/rotation = [0.0, 0.0, 0.0, 1.0]
        /scene/nodes/0/transform/scale = [1.0, 1.0, 1.0]
        /scene/nodes/1/id = "table"
        /scene/nodes/1/kind = "group"
        /scene/nodes/1/parent = "room"
        /scene/nodes/1/visible = true
        /scene/nodes/1/transform/position = [0.1, 0.75, -2.0]
        /scene/nodes/1/transform/rotation = [0.0, 0.0, 0.0, 1.0]
        /scene/nodes/1/transform/scale = [1.0, 1.0, 1.0]
        /X-editor = "zi 1.6"
      """;

  @Test
  void losslessCodecPasses() {
    SessionCodecUnderTest codec = new CodecDoubles.InMemory();
    RoundTrips.check(codec, ROOM);
    RoundTrips.checkStableBytes(codec, ROOM);
  }

  @Test
  void roundedFloatIsReportedWithItsPointerAndTheDocument() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> RoundTrips.check(CodecDoubles.roundingPositions(), ROOM));
    assertEquals("codec \"rounds positions to float32\" did not round-trip the document: differ at 1 pointer:\n"
        + "  /scene/nodes/1/transform/position/0: expected 0.1, actual 0.10000000149011612\n" + RENDERED.stripTrailing(),
        e.getMessage().stripTrailing());
  }

  @Test
  void droppedUnknownMemberIsReportedAsAbsent() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> RoundTrips.check(CodecDoubles.droppingExtensions(), ROOM));
    assertTrue(e.getMessage().startsWith("codec \"drops unknown members\" did not round-trip the document: differ at 1"
        + " pointer:\n  /X-editor: expected \"zi 1.6\", actual <absent>\ndocument:\n"), e.getMessage());
  }

  @Test
  void codecExceptionIsReportedWithTheStepAndTheDocument() {
    SessionCodecUnderTest failing = new SessionCodecUnderTest() {
      @Override
      public String name() {
        return "full disk";
      }

      @Override
      public byte[] write(SessionDocument doc) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public SessionDocument read(byte[] bytes) {
        throw new AssertionError("not reached");
      }
    };
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> RoundTrips.check(failing, ROOM));
    assertEquals("codec \"full disk\" failed to write the document: java.io.IOException: No space left on device\n"
        + RENDERED, e.getMessage());
    assertInstanceOf(IOException.class, e.getCause());
  }

  @Test
  void nonDeterministicWriterIsReportedWithTheFirstDifferingByte() {
    AtomicInteger calls = new AtomicInteger();
    SessionCodecUnderTest counter = new SessionCodecUnderTest() {
      @Override
      public byte[] write(SessionDocument doc) {
        return new byte[] {'{', (byte) ('0' + calls.getAndIncrement()), '}'};
      }

      @Override
      public SessionDocument read(byte[] bytes) {
        return ROOM;
      }
    };
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> RoundTrips.checkStableBytes(counter, ROOM));
    assertTrue(e.getMessage().startsWith("codec \"dev.appsim.session.testkit.jqwik.RoundTripsTest$2\" gave different bytes writing the document twice: first difference"
        + " at offset 1 of 3 and 3 bytes (0x30 vs 0x31)\ndocument:\n"), e.getMessage());
  }
}
