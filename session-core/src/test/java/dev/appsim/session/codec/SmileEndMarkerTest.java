package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.FloatArray;
import dev.appsim.session.model.GeometryCache;
import dev.appsim.session.model.IntArray;
import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.model.SessionDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: Smile's end-of-content marker 0xFF where a value belongs made the parser return no
 * token; the reader then failed with a wrapped NullPointerException, or, inside a mesh array,
 * took it for a missing number and reported the byte after it instead.
 */
class SmileEndMarkerTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  private static SessionFormatException readWithMarkerAtLast(byte[] bytes, int value) {
    int at = indexOfLast(bytes, (byte) value);
    bytes[at] = (byte) 0xFF;
    return assertThrows(SessionFormatException.class, () -> CODEC.read(bytes));
  }

  private static int indexOfLast(byte[] bytes, byte value) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == value) {
        return i;
      }
    }
    throw new AssertionError("no byte " + value);
  }

  @Test
  void anEndMarkerWhereAMemberValueBelongsIsAFormatError() {
    SessionDocument doc = SessionDocument.builder().extensions(Extensions.EMPTY.with("X", "zz")).build();
    byte[] bytes = CODEC.toBytes(doc, SessionFormat.SMILE);
    // 0x41 is Smile's token for a two-character ASCII string, the value "zz".
    assertEquals("/X (byte 80): the input ends where the value of member \"X\" should be",
        readWithMarkerAtLast(bytes, 0x41).getMessage());
  }

  @Test
  void anEndMarkerWhereAnArrayElementBelongsIsAFormatError() {
    SessionDocument doc = SessionDocument.builder().extensions(Extensions.EMPTY.with("X", List.of("zz"))).build();
    byte[] bytes = CODEC.toBytes(doc, SessionFormat.SMILE);
    assertEquals("/X (byte 81): the input ends where an array element or ']' should be",
        readWithMarkerAtLast(bytes, 0x41).getMessage());
  }

  @Test
  void anEndMarkerInsideAMeshNumberArrayIsAFormatError() {
    MeshBlock block = new MeshBlock("b", null, null, FloatArray.of(0, 0, 0), IntArray.EMPTY, null, null,
        Extensions.EMPTY);
    SessionDocument doc = SessionDocument.builder()
        .geometryCache(new GeometryCache(null, null, List.of(block), List.of())).build();
    byte[] bytes = SessionCodec.builder().smileArrayEncoding(SmileArrayEncoding.NUMBERS).build()
        .toBytes(doc, SessionFormat.SMILE);
    // The first element of "vertices" follows the array start 0xF8 after the member name.
    int name = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("vertices");
    int start = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\u00F8', name);
    bytes[start + 1] = (byte) 0xFF;
    assertEquals("/geometryCache/meshBlocks/0/vertices (byte 121): the input ends where an array element or ']' should be",
        assertThrows(SessionFormatException.class, () -> CODEC.read(bytes)).getMessage());
  }
}
