package dev.appsim.session.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.appsim.session.model.Extensions;
import dev.appsim.session.model.SessionDocument;
import dev.appsim.session.model.SessionValidationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Regression: Smile can carry a member name holding a lone surrogate (UTF-8 bytes ED A0 80);
 * only names nested inside unknown members were checked, so a top-level one read fine and the
 * document then failed to write.
 */
class SmileMemberNameTest {
  private static final SessionCodec CODEC = SessionCodec.defaults();

  @Test
  void aTopLevelUnknownNameWithALoneSurrogateIsAViolation() {
    SessionDocument doc = SessionDocument.builder().extensions(Extensions.EMPTY.with("XABC", 1L)).build();
    byte[] bytes = CODEC.toBytes(doc, SessionFormat.SMILE);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("XABC") - 1;
    // Short ASCII name of 4 bytes (0x83) becomes a short Unicode name of 4 bytes (0xC2): X ED A0 80.
    bytes[at] = (byte) 0xC2;
    bytes[at + 2] = (byte) 0xED;
    bytes[at + 3] = (byte) 0xA0;
    bytes[at + 4] = (byte) 0x80;
    String message = assertThrows(SessionValidationException.class, () -> CODEC.read(bytes)).getMessage();
    // Shown escaped: a lone surrogate cannot pass through the UTF-8 test report.
    assertEquals("/X<D800>: member name has a lone surrogate U+D800 at index 1; it cannot be written as UTF-8 (byte 83)",
        message.replace("\ud800", "<D800>"));
  }
}
