package dev.appsim.session.view.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.view.ViewException;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class GltfOutputTest {
  @Test
  void aGlbOver4GibIsRefusedBeforeAnythingIsWritten() {
    GltfDocument doc = new GltfDocument();
    doc.view(new BinPart() {
      @Override
      public long byteLength() {
        return 5L << 30;
      }

      @Override
      public void writeTo(BinSink sink) {
        throw new AssertionError("nothing may be written");
      }
    }, GltfDocument.ARRAY_BUFFER);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ViewException e = assertThrows(ViewException.class, () -> GltfOutput.writeGlb(doc, "{}", out, "big.glb"));
    assertEquals("the GLB would be 5368709152 bytes, more than the 4294967295 its 32-bit length can hold;"
        + " export as .gltf with a separate .bin instead", e.getMessage());
    assertEquals("big.glb", e.location());
    assertEquals(0, out.size());
  }

  @Test
  void viewsStartAtMultiplesOfFour() {
    GltfDocument doc = new GltfDocument();
    doc.view(BinPart.indices(dev.appsim.session.model.IntArray.of(0, 1, 2), IndexType.UNSIGNED_SHORT),
        GltfDocument.ELEMENT_ARRAY_BUFFER);
    doc.view(BinPart.floats(dev.appsim.session.model.FloatArray.of(1)), GltfDocument.ARRAY_BUFFER);
    assertEquals(java.util.List.of(0L, 8L), doc.offsets());
    assertEquals(12, doc.bufferLength());
  }
}
