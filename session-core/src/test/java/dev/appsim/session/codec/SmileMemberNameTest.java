package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.SessionDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Regression: Smile can carry a member name holding a lone surrogate (UTF-8 bytes ED A0 80);
 * only names nested inside unknown members were checked, so a top-level one read fine and the
 * document then failed to write. Since encoded surrogates are refused as malformed UTF-8, the
 * name is refused before it is decoded, at the offset of its bytes.
 */
class SmileMemberNameTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  @Test
  void aTopLevelUnknownNameWithALoneSurrogateIsRefused() {
    SessionDocument doc = SessionDocument.builder().extensions(Extensions.EMPTY.with("XABC", 1L)).build();
    byte[] bytes = CODEC.toBytes(doc, SessionFormat.SMILE);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("XABC") - 1;
    // Short ASCII name of 4 bytes (0x83) becomes a short Unicode name of 4 bytes (0xC2): X ED A0 80.
    bytes[at] = (byte) 0xC2;
    bytes[at + 2] = (byte) 0xED;
    bytes[at + 3] = (byte) 0xA0;
    bytes[at + 4] = (byte) 0x80;
    SessionFormatException e = assertThrows(SessionFormatException.class, () -> CODEC.read(bytes));
    assertEquals("invalid UTF-8 at byte " + (at + 2) + ": bytes 0xED 0xA0 start an encoded surrogate"
        + " (U+D800 to U+DFFF), which UTF-8 does not allow", e.reason());
    assertEquals(at + 2, e.byteOffset());
  }
}
