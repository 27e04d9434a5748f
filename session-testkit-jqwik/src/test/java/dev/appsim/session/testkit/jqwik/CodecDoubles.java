package dev.appsim.session.testkit.jqwik;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.Vec3;
import dev.appsim.session.testkit.SessionCodecUnderTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Codec test doubles: a lossless in-memory one, and broken ones that lose data on the way back. */
final class CodecDoubles {
  private CodecDoubles() {}

  /** Keeps documents in memory; the bytes are the index of an equal stored document, so writing is deterministic. */
  static class InMemory implements SessionCodecUnderTest {
    private final List<SessionDocument> store = new ArrayList<>();
    private final String name;
    private final UnaryOperator<SessionDocument> onRead;

    InMemory() {
      this("in memory", UnaryOperator.identity());
    }

    InMemory(String name, UnaryOperator<SessionDocument> onRead) {
      this.name = name;
      this.onRead = onRead;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public synchronized byte[] write(SessionDocument doc) {
      int index = store.indexOf(doc);
      if (index < 0) {
        store.add(doc);
        index = store.size() - 1;
      }
      return Integer.toString(index).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public synchronized SessionDocument read(byte[] bytes) {
      return onRead.apply(store.get(Integer.parseInt(new String(bytes, StandardCharsets.US_ASCII))));
    }
  }

  /** Reads node positions back as float32, as a writer printing floats would. */
  static SessionCodecUnderTest roundingPositions() {
    return new InMemory("rounds positions to float32", doc -> doc.withScene(doc.scene().mapNodes(n -> {
      Vec3 p = n.transform().position();
      return n.withTransform(n.transform().withPosition(new Vec3((float) p.x(), (float) p.y(), (float) p.z())));
    })));
  }

  /** Forgets unknown members of the document and the scene, as a reader that skips them would. */
  static SessionCodecUnderTest droppingExtensions() {
    return new InMemory("drops unknown members", doc -> doc.toBuilder()
        .extensions(Extensions.EMPTY)
        .scene(new SceneGraph(doc.scene().nodes(), Extensions.EMPTY))
        .build());
  }
}
