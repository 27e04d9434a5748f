package dev.appsim.session.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A class missing at run time (a dependency left out, two versions mixed) is not bad input: the
 * LinkageError reaches the caller as it is, never as "not a readable session".
 */
class LinkageErrorTest {
  private static final NoClassDefFoundError MISSING = new NoClassDefFoundError("tools/jackson/core/JsonParser");

  /** A migration whose code needs a class that is not there. */
  static final class BrokenMigration implements SessionMigration {
    @Override
    public int sourceMajor() {
      return 0;
    }

    @Override
    public Map<String, Object> migrate(Map<String, Object> document) {
      throw MISSING;
    }
  }

  @Test
  void aLinkageErrorWhileReadingIsRethrownNotBlamedOnTheInput() {
    SessionCodec codec = SessionCodec.builder().migration(new BrokenMigration()).build();
    byte[] old = "{\"format\": \"appsim.session\", \"formatVersion\": \"0.5\", \"objects\": []}".getBytes(UTF_8);
    assertSame(MISSING, assertThrows(NoClassDefFoundError.class, () -> codec.read(old)));
  }
}
