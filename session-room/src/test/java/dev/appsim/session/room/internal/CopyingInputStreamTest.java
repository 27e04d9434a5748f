package dev.appsim.session.room.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyingInputStreamTest {
  @Test
  void skippingALongRunReadsItInLargePiecesAndCopiesEveryByte() throws IOException {
    byte[] data = new byte[3 * CopyingInputStream.SKIP_BUFFER + 17];
    new Random(4).nextBytes(data);
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    try (CopyingInputStream in = new CopyingInputStream(new ByteArrayInputStream(data), copy)) {
      // A GLB scanner skips its binary chunk: one call per buffer, not per 8 KiB.
      assertEquals(CopyingInputStream.SKIP_BUFFER, in.skip(data.length));
      long skipped = CopyingInputStream.SKIP_BUFFER;
      int calls = 1;
      while (skipped < data.length - 1) {
        skipped += in.skip(data.length - 1 - skipped);
        calls++;
      }
      assertEquals(4, calls);
      assertEquals(data[data.length - 1] & 0xFF, in.read());
      assertEquals(-1, in.read());
      assertEquals(0, in.skip(10));
    }
    assertArrayEquals(data, copy.toByteArray());
  }
}
